import type { RouteHandler } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { StaffEnv } from "../../auth/guard.ts";
import {
  amendSession,
  signOff as signOffSession,
  updateSession,
} from "../../use-cases/sessions/session-commands.ts";
import {
  assertCanRecord,
  assertTreatmentAppointment,
  auditSession,
  findSession,
  loadAppointmentContext,
} from "../../use-cases/sessions/session-context.ts";
import { evaluateForAppointment, startSession } from "../../use-cases/sessions/session-start.ts";
import { workspace } from "../../use-cases/sessions/session-view.ts";
import * as zones from "../../use-cases/sessions/zone-commands.ts";
import type * as routes from "./sessions.routes.ts";

type C = Context<StaffEnv>;

/** The workspace after a change: re-read from the database, so it shows what was stored. */
async function current(c: C, appointmentId: string) {
  const { tenant, staff } = c.var;
  const ctx = await loadAppointmentContext(tenant, appointmentId);
  return workspace(tenant, staff, ctx, await findSession(tenant, appointmentId));
}

const ip = (c: C) => c.var.clientIp || null;

export const evaluateChecklist: RouteHandler<typeof routes.evaluateChecklist, StaffEnv> = async (
  c,
) => {
  const { id } = c.req.valid("param");
  const result = await evaluateForAppointment(
    c.var.tenant,
    c.var.staff,
    id,
    c.req.valid("json"),
    new Date(),
    ip(c),
  );
  return c.json(result, 200);
};

export const start: RouteHandler<typeof routes.start, StaffEnv> = async (c) => {
  const { id } = c.req.valid("param");
  await startSession(c.var.tenant, c.var.staff, id, c.req.valid("json"), new Date(), ip(c));
  return c.json(await current(c, id), 201);
};

export const get: RouteHandler<typeof routes.get, StaffEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const { tenant, staff } = c.var;
  const ctx = await loadAppointmentContext(tenant, id);
  assertTreatmentAppointment(ctx);
  const session = await findSession(tenant, id);
  // Any clinical role may read the record; only the practitioner, owner or admin record it.
  const view = await workspace(tenant, staff, ctx, session);
  await tenant.db.transaction(async () => {
    await auditSession(tenant, staff, {
      action: "read",
      entityId: session?.id ?? id,
      ip: ip(c),
      details: { appointmentId: id, started: session !== null },
    });
  });
  return c.json(view, 200);
};

export const update: RouteHandler<typeof routes.update, StaffEnv> = async (c) => {
  const { id } = c.req.valid("param");
  await updateSession(c.var.tenant, c.var.staff, id, c.req.valid("json"), new Date(), ip(c));
  return c.json(await current(c, id), 200);
};

export const addZone: RouteHandler<typeof routes.addZone, StaffEnv> = async (c) => {
  const { id } = c.req.valid("param");
  await zones.addZone(c.var.tenant, c.var.staff, id, c.req.valid("json"), new Date(), ip(c));
  return c.json(await current(c, id), 201);
};

export const updateZone: RouteHandler<typeof routes.updateZone, StaffEnv> = async (c) => {
  const { id, zoneId } = c.req.valid("param");
  await zones.updateZone(
    c.var.tenant,
    c.var.staff,
    id,
    zoneId,
    c.req.valid("json"),
    new Date(),
    ip(c),
  );
  return c.json(await current(c, id), 200);
};

export const deleteZone: RouteHandler<typeof routes.deleteZone, StaffEnv> = async (c) => {
  const { id, zoneId } = c.req.valid("param");
  const { version } = c.req.valid("query");
  const { tenant, staff } = c.var;
  let v = version;
  if (v === undefined) {
    const ctx = await loadAppointmentContext(tenant, id);
    assertCanRecord(staff, ctx);
    v = (await findSession(tenant, id))?.version ?? 1;
  }
  await zones.deleteZone(tenant, staff, id, zoneId, v, new Date(), ip(c));
  return c.json(await current(c, id), 200);
};

export const signOff: RouteHandler<typeof routes.signOff, StaffEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const now = new Date();
  await signOffSession(c.var.tenant, c.var.staff, id, c.req.valid("json").version, now, ip(c));
  return c.json(await current(c, id), 200);
};

export const amend: RouteHandler<typeof routes.amend, StaffEnv> = async (c) => {
  const { id } = c.req.valid("param");
  await amendSession(c.var.tenant, c.var.staff, id, c.req.valid("json"), new Date(), ip(c));
  return c.json(await current(c, id), 201);
};
