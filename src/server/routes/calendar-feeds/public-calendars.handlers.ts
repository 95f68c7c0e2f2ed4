import type { RouteHandler } from "@hono/zod-openapi";
import { eq } from "drizzle-orm";
import { audit } from "../../audit/audit.ts";
import { appointment } from "../../db/schema/index.ts";
import { createTenant } from "../../db/tenant.ts";
import type { AppEnv } from "../../http/context.ts";
import { notFound } from "../../http/problem.ts";
import {
  appointmentIcs,
  practitionerFeedIcs,
} from "../../use-cases/calendar-feeds/appointment-ics.ts";
import {
  loadCalendarAppointment,
  loadCalendarClinic,
  loadFeedAppointments,
} from "../../use-cases/calendar-feeds/calendar-data.ts";
import {
  calendarLinkKey,
  verifyAppointmentSignature,
} from "../../use-cases/calendar-feeds/calendar-link.ts";
import { findFeedByToken, touchFeed } from "../../use-cases/calendar-feeds/feed-store.ts";
import { calendarHeaders, icsFileName } from "./calendar-feeds.handlers.ts";
import type * as routes from "./calendar-feeds.routes.ts";

/** One answer for an unknown, revoked or forged link, so a caller learns nothing from it. */
const NO_CALENDAR = "No calendar here. The link may have been turned off or replaced.";

export const feedCalendar: RouteHandler<typeof routes.feedCalendar, AppEnv> = async (c) => {
  const { token } = c.req.valid("param");
  const { db, env } = c.var.deps;
  const feed = await findFeedByToken(db, token);
  if (!feed) throw notFound(NO_CALENDAR);
  const now = new Date();
  const tenant = createTenant(db, feed.orgId);
  const appointments = await loadFeedAppointments(tenant, feed.memberId, now);
  await tenant.transaction(async (t) => {
    await touchFeed(t.db, feed.id, now);
    // The calendar app fetches on the practitioner's behalf: a read of names and times only.
    await audit(t.db, {
      orgId: t.orgId,
      actorUserId: feed.practitionerUserId,
      action: "read",
      entity: "calendar_feed",
      entityId: feed.id,
      ip: c.var.clientIp,
      details: { appointments: appointments.length },
    });
  });
  const ics = practitionerFeedIcs({
    clinicName: feed.clinicName,
    appointments,
    publicUrl: env.PUBLIC_URL,
    now,
  });
  return c.body(ics, 200, calendarHeaders("calendar.ics", "inline")) as never;
};

export const publicAppointmentCalendar: RouteHandler<
  typeof routes.publicAppointmentCalendar,
  AppEnv
> = async (c) => {
  const { id } = c.req.valid("param");
  const { sig } = c.req.valid("query");
  const { db, auth } = c.var.deps;
  if (!verifyAppointmentSignature(await calendarLinkKey(auth), id, sig)) {
    throw notFound(NO_CALENDAR);
  }
  // The signature proves Stipple issued this id; the id then names its clinic.
  const [owner] = await db
    .select({ orgId: appointment.orgId })
    .from(appointment)
    .where(eq(appointment.id, id));
  if (!owner) throw notFound(NO_CALENDAR);
  const tenant = createTenant(db, owner.orgId);
  const [found, clinic] = await Promise.all([
    loadCalendarAppointment(tenant, id),
    loadCalendarClinic(tenant),
  ]);
  await audit(db, {
    orgId: owner.orgId,
    actorUserId: null,
    action: "read",
    entity: "appointment",
    entityId: id,
    ip: c.var.clientIp,
    details: { as: "client_ics", via: "signed_link" },
  });
  const ics = appointmentIcs({ appointment: found, clinic, now: new Date() });
  return c.body(ics, 200, calendarHeaders(icsFileName(found), "attachment")) as never;
};
