import type { RouteHandler } from "@hono/zod-openapi";
import { epochToLocal } from "../../../domain/time/zoned.ts";
import { audit } from "../../audit/audit.ts";
import type { StaffEnv } from "../../auth/guard.ts";
import {
  appointmentIcs,
  type CalendarAppointment,
} from "../../use-cases/calendar-feeds/appointment-ics.ts";
import {
  loadCalendarAppointment,
  loadCalendarClinic,
} from "../../use-cases/calendar-feeds/calendar-data.ts";
import {
  appointmentCalendarUrl,
  calendarLinkKey,
} from "../../use-cases/calendar-feeds/calendar-link.ts";
import { createFeed, feedStatus, revokeFeed } from "../../use-cases/calendar-feeds/feed-store.ts";
import type * as routes from "./calendar-feeds.routes.ts";

/** Headers for any .ics answer: personal data, so never stored by caches or indexed. */
export function calendarHeaders(filename: string, disposition: "inline" | "attachment") {
  return {
    "content-type": "text/calendar; charset=utf-8",
    "content-disposition": `${disposition}; filename="${filename}"`,
    "cache-control": "private, no-store",
    "x-robots-tag": "noindex, nofollow",
  };
}

/** A file name that says when, never what: "appointment-2027-03-26.ics". */
export function icsFileName(a: Pick<CalendarAppointment, "startsAt" | "location">): string {
  return `appointment-${epochToLocal(a.startsAt.getTime(), a.location.timeZone).date}.ics`;
}

export const getFeed: RouteHandler<typeof routes.getFeed, StaffEnv> = async (c) =>
  c.json(await feedStatus(c.var.tenant, c.var.staff.memberId), 200);

export const postFeed: RouteHandler<typeof routes.createFeed, StaffEnv> = async (c) => {
  const { tenant, staff, deps, clientIp } = c.var;
  const { token, createdAt } = await createFeed(
    tenant,
    { userId: staff.userId, memberId: staff.memberId, ip: clientIp },
    new Date(),
  );
  const url = `${deps.env.PUBLIC_URL}/api/feeds/${token}/calendar.ics`;
  return c.json(
    {
      active: true as const,
      createdAt: createdAt.toISOString(),
      lastUsedAt: null,
      url,
      webcalUrl: url.replace(/^https?:/, "webcal:"),
    },
    201,
  );
};

export const deleteFeed: RouteHandler<typeof routes.deleteFeed, StaffEnv> = async (c) => {
  const { tenant, staff, clientIp } = c.var;
  await revokeFeed(
    tenant,
    { userId: staff.userId, memberId: staff.memberId, ip: clientIp },
    new Date(),
  );
  return c.body(null, 204);
};

export const appointmentCalendar: RouteHandler<
  typeof routes.appointmentCalendar,
  StaffEnv
> = async (c) => {
  const { id } = c.req.valid("param");
  const { tenant, staff, clientIp } = c.var;
  const [appointment, clinic] = await Promise.all([
    loadCalendarAppointment(tenant, id),
    loadCalendarClinic(tenant),
  ]);
  await audit(tenant.db, {
    orgId: tenant.orgId,
    actorUserId: staff.userId,
    action: "read",
    entity: "appointment",
    entityId: id,
    ip: clientIp,
    details: { as: "client_ics" },
  });
  const ics = appointmentIcs({ appointment, clinic, now: new Date() });
  return c.body(ics, 200, calendarHeaders(icsFileName(appointment), "attachment")) as never;
};

export const appointmentCalendarLink: RouteHandler<
  typeof routes.appointmentCalendarLinkRoute,
  StaffEnv
> = async (c) => {
  const { id } = c.req.valid("param");
  const { tenant, staff, deps, clientIp } = c.var;
  await loadCalendarAppointment(tenant, id);
  await audit(tenant.db, {
    orgId: tenant.orgId,
    actorUserId: staff.userId,
    action: "share",
    entity: "appointment",
    entityId: id,
    ip: clientIp,
    details: { as: "client_calendar_link" },
  });
  const key = await calendarLinkKey(deps.auth);
  return c.json({ url: appointmentCalendarUrl(deps.env.PUBLIC_URL, id, key) }, 200);
};
