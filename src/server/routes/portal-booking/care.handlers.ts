import type { RouteHandler } from "@hono/zod-openapi";
import { CHECK_IN_PHOTO_MAX_BYTES } from "../../../shared/contracts/check-ins.ts";
import { AppError } from "../../http/problem.ts";
import type { PortalEnv } from "../../portal/guard.ts";
import { emailConcernAlert } from "../../use-cases/alerts/alert-email.ts";
import type { CheckInAnswered } from "../../use-cases/check-ins/answer-check-in.ts";
import {
  answerPortalCheckIn,
  listPortalCheckIns,
  reportConcern as report,
} from "../../use-cases/portal-booking/portal-concerns.ts";
import {
  joinPortalWaitlist,
  leavePortalWaitlist,
  listPortalWaitlist,
} from "../../use-cases/portal-booking/portal-waitlist.ts";
import { mailOf } from "./appointments.handlers.ts";
import type * as routes from "./care.routes.ts";

type Vars = { var: PortalEnv["Variables"] };

export const waitlist: RouteHandler<typeof routes.waitlist, PortalEnv> = async (c) =>
  c.json(await listPortalWaitlist(c.var.portal), 200);

export const joinWaitlist: RouteHandler<typeof routes.joinWaitlist, PortalEnv> = async (c) =>
  c.json(await joinPortalWaitlist(c.var.portal, c.req.valid("json"), new Date()), 201);

export const leaveWaitlist: RouteHandler<typeof routes.leaveWaitlist, PortalEnv> = async (c) =>
  c.json(
    await leavePortalWaitlist(c.var.portal, c.req.valid("param").id, new Date(), mailOf(c)),
    200,
  );

export const checkIns: RouteHandler<typeof routes.checkIns, PortalEnv> = async (c) =>
  c.json(await listPortalCheckIns(c.var.portal, new Date()), 200);

const tooLarge = () =>
  new AppError({
    type: "https://stipple.dev/problems/too-large",
    title: "Photo too large",
    status: 413,
    detail: "The photo is too large. Choose a smaller one, or send your message without it.",
  });

async function photoBytes(photo: File | undefined): Promise<Buffer | null> {
  if (!photo || photo.size === 0) return null;
  if (photo.size > CHECK_IN_PHOTO_MAX_BYTES) throw tooLarge();
  return Buffer.from(await photo.arrayBuffer());
}

/** The practitioner is told by email too; a mail failure never undoes the saved answer. */
async function alertByEmail(c: Vars, result: CheckInAnswered) {
  if (!result.alert) return;
  await emailConcernAlert(c.var.portal.tenant, result.alert, {
    mailer: c.var.deps.mailer,
    publicUrl: c.var.deps.env.PUBLIC_URL,
    log: c.var.log,
  });
}

export const answerCheckIn: RouteHandler<typeof routes.answerCheckIn, PortalEnv> = async (c) => {
  const form = c.req.valid("form");
  const result = await answerPortalCheckIn(
    c.var.portal,
    c.req.valid("param").id,
    { answer: form.answer, note: form.note ?? "", photo: await photoBytes(form.photo) },
    { files: c.var.deps.files, now: new Date(), ip: c.var.clientIp },
  );
  await alertByEmail(c, result);
  return c.json({ checkInId: result.checkInId, alerted: result.alert !== null }, 200);
};

export const reportConcern: RouteHandler<typeof routes.reportConcern, PortalEnv> = async (c) => {
  const form = c.req.valid("form");
  const result = await report(
    c.var.portal,
    { appointmentId: form.appointmentId, note: form.note, photo: await photoBytes(form.photo) },
    { files: c.var.deps.files, now: new Date(), ip: c.var.clientIp },
  );
  await alertByEmail(c, result);
  return c.json({ checkInId: result.checkInId, alerted: result.alert !== null }, 201);
};
