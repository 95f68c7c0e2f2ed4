import type { RouteHandler } from "@hono/zod-openapi";
import { CHECK_IN_PHOTO_MAX_BYTES } from "../../../shared/contracts/check-ins.ts";
import { audit } from "../../audit/audit.ts";
import { createTenant } from "../../db/tenant.ts";
import type { AppEnv } from "../../http/context.ts";
import { AppError, notFound } from "../../http/problem.ts";
import { emailConcernAlert } from "../../use-cases/alerts/alert-email.ts";
import { answerCheckIn as answer } from "../../use-cases/check-ins/answer-check-in.ts";
import {
  findCheckInByToken,
  presentPublicCheckIn,
} from "../../use-cases/check-ins/public-check-in.ts";
import { clinicLogoFile } from "../../use-cases/clinic/public-brand.ts";
import type * as routes from "./check-ins.routes.ts";

type Ctx = { var: AppEnv["Variables"]; req: { valid(target: "param"): { token: string } } };

/** The check-in the link names, with a Tenant bound to its clinic. */
async function open(c: Ctx) {
  const { db } = c.var.deps;
  const found = await findCheckInByToken(db, c.req.valid("param").token);
  return { ...found, tenant: createTenant(db, found.orgId) };
}

const tooLarge = () =>
  new AppError({
    type: "https://stipple.dev/problems/too-large",
    title: "Photo too large",
    status: 413,
    detail: "The photo is too large. Choose a smaller one, or send your answer without it.",
  });

export const getCheckIn: RouteHandler<typeof routes.getCheckIn, AppEnv> = async (c) => {
  const { id, tenant } = await open(c);
  const view = await presentPublicCheckIn(tenant, id, new Date());
  await audit(tenant.db, {
    orgId: tenant.orgId,
    actorUserId: null,
    action: "read",
    entity: "check_in",
    entityId: id,
    ip: c.var.clientIp,
    details: { via: "check_in_link" },
  });
  return c.json(view, 200);
};

export const answerCheckIn: RouteHandler<typeof routes.answerCheckIn, AppEnv> = async (c) => {
  const form = c.req.valid("form");
  const { id, tenant } = await open(c);
  const { deps } = c.var;
  let photo: Buffer | null = null;
  if (form.photo && form.photo.size > 0) {
    if (form.photo.size > CHECK_IN_PHOTO_MAX_BYTES) throw tooLarge();
    photo = Buffer.from(await form.photo.arrayBuffer());
  }
  const now = new Date();
  const result = await answer(
    tenant,
    id,
    { answer: form.answer, note: form.note ?? "", photo, view: form.view ?? "top" },
    { files: deps.files, now, ip: c.var.clientIp },
  );
  if (result.alert) {
    await emailConcernAlert(tenant, result.alert, {
      mailer: deps.mailer,
      publicUrl: deps.env.PUBLIC_URL,
      log: c.var.log,
    });
  }
  return c.json(await presentPublicCheckIn(tenant, id, now), 200);
};

export const checkInLogo: RouteHandler<typeof routes.checkInLogo, AppEnv> = async (c) => {
  const { tenant } = await open(c);
  const key = await clinicLogoFile(tenant);
  const data = key ? await c.var.deps.files.get(key) : null;
  if (!data) throw notFound("This clinic has no logo.");
  c.header("Cache-Control", "private, max-age=3600");
  return c.body(new Uint8Array(data), 200, { "content-type": "image/png" }) as never;
};
