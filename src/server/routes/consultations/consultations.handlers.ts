import type { RouteHandler } from "@hono/zod-openapi";
import type { Context } from "hono";
import { INTAKE_QUESTIONNAIRE } from "../../../domain/screening/index.ts";
import { audit } from "../../audit/audit.ts";
import type { StaffEnv } from "../../auth/guard.ts";
import { clinicToday } from "../../use-cases/clinic/primary-location.ts";
import { loadClinicalSettings } from "../../use-cases/consultations/clinical-settings-store.ts";
import * as commands from "../../use-cases/consultations/consultation-commands.ts";
import {
  clientConsultationSummary,
  loadConsultation,
  presentConsultation,
} from "../../use-cases/consultations/consultation-read.ts";
import { draftPlan as draft } from "../../use-cases/consultations/plan-commands.ts";
import type { ConsultationRow } from "../../use-cases/consultations/screening-runner.ts";
import type * as routes from "./consultations.routes.ts";

const today = (c: Context<StaffEnv>) => clinicToday(c.var.tenant, new Date());

async function detail(c: Context<StaffEnv>, row: ConsultationRow) {
  const { settings } = await loadClinicalSettings(c.var.tenant);
  return presentConsultation(c.var.tenant, row, settings);
}

export const getQuestionnaire: RouteHandler<typeof routes.getQuestionnaire, StaffEnv> = (c) =>
  c.json(
    INTAKE_QUESTIONNAIRE as unknown as { version: number; sections: Record<string, unknown>[] },
    200,
  );

export const listForClient: RouteHandler<typeof routes.listForClient, StaffEnv> = async (c) => {
  const { id } = c.req.valid("param");
  return c.json(
    await clientConsultationSummary(c.var.tenant, id, await today(c), c.var.staff.userId),
    200,
  );
};

export const create: RouteHandler<typeof routes.create, StaffEnv> = async (c) => {
  const input = c.req.valid("json");
  const row = await commands.createConsultation(c.var.tenant, c.var.staff, input, await today(c));
  return c.json(await detail(c, row), 201);
};

export const get: RouteHandler<typeof routes.get, StaffEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const { tenant, staff } = c.var;
  const row = await loadConsultation(tenant, id);
  const body = await detail(c, row);
  await audit(tenant.db, {
    orgId: tenant.orgId,
    actorUserId: staff.userId,
    action: "read",
    entity: "consultation",
    entityId: id,
    ip: c.var.clientIp,
  });
  return c.json(body, 200);
};

/** A consultation command: changes one part of consultation `id` and returns the row after it. */
type Command<I> = (
  tenant: StaffEnv["Variables"]["tenant"],
  staff: StaffEnv["Variables"]["staff"],
  id: string,
  input: I,
  today: string,
) => Promise<ConsultationRow>;

/** Runs a command for the request's clinic and staff member; answers with the updated detail. */
async function applied<I>(c: Context<StaffEnv>, id: string, command: Command<I>, input: I) {
  return detail(c, await command(c.var.tenant, c.var.staff, id, input, await today(c)));
}

export const patch: RouteHandler<typeof routes.patch, StaffEnv> = async (c) =>
  c.json(
    await applied(c, c.req.valid("param").id, commands.patchConsultation, c.req.valid("json")),
    200,
  );

export const putIntake: RouteHandler<typeof routes.putIntake, StaffEnv> = async (c) =>
  c.json(await applied(c, c.req.valid("param").id, commands.saveIntake, c.req.valid("json")), 200);

export const putAssessment: RouteHandler<typeof routes.putAssessment, StaffEnv> = async (c) =>
  c.json(
    await applied(c, c.req.valid("param").id, commands.saveAssessment, c.req.valid("json")),
    200,
  );

export const putExpectations: RouteHandler<typeof routes.putExpectations, StaffEnv> = async (c) =>
  c.json(
    await applied(c, c.req.valid("param").id, commands.saveExpectations, c.req.valid("json")),
    200,
  );

export const addClearance: RouteHandler<typeof routes.addClearance, StaffEnv> = async (c) =>
  c.json(
    await applied(c, c.req.valid("param").id, commands.addClearance, c.req.valid("json")),
    201,
  );

export const revokeClearance: RouteHandler<typeof routes.revokeClearance, StaffEnv> = async (c) => {
  const { id, clearanceId } = c.req.valid("param");
  return c.json(await applied(c, id, commands.revokeClearance, clearanceId), 200);
};

export const draftPlan: RouteHandler<typeof routes.draftPlan, StaffEnv> = async (c) => {
  const { id } = c.req.valid("param");
  await draft(c.var.tenant, c.var.staff, id, await today(c));
  return c.json(await detail(c, await loadConsultation(c.var.tenant, id)), 201);
};
