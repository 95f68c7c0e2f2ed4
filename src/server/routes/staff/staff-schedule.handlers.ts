import type { RouteHandler } from "@hono/zod-openapi";
import { asc, count, eq, gt, lt } from "drizzle-orm";
import { validateWeeklyHours } from "../../../domain/scheduling/opening-hours.ts";
import { parseLocalTime, type Weekday } from "../../../domain/time/zoned.ts";
import { audit } from "../../audit/audit.ts";
import type { StaffEnv } from "../../auth/guard.ts";
import { appointment, staffHours, staffTimeOff } from "../../db/schema/index.ts";
import { badRequest, notFound } from "../../http/problem.ts";
import { assertCanManageSchedule } from "./staff.policy.ts";
import { presentHours } from "./staff.presenter.ts";
import { loadHours, loadMember } from "./staff.queries.ts";
import type * as routes from "./staff-schedule.routes.ts";

export const replaceHours: RouteHandler<typeof routes.replaceHours, StaffEnv> = async (c) => {
  const { memberId } = c.req.valid("param");
  const { hours } = c.req.valid("json");
  const { tenant, staff } = c.var;
  assertCanManageSchedule(staff, memberId);
  const messages = validateWeeklyHours(hours.map((h) => ({ ...h, weekday: h.weekday as Weekday })));
  if (messages.length) {
    throw badRequest(messages[0], {
      title: "Some fields are not valid",
      type: "https://stipple.dev/problems/validation",
      errors: messages.map((message) => ({ field: "hours", message })),
    });
  }
  await tenant.transaction(async (t) => {
    await loadMember(t, memberId);
    await t.db.delete(staffHours).where(t.where(staffHours, eq(staffHours.memberId, memberId)));
    // At most 42 periods; the tenant insert stamps each row with this clinic.
    for (const h of hours) {
      await t.insert(staffHours, {
        memberId,
        weekday: h.weekday,
        opensMin: parseLocalTime(h.opens),
        closesMin: parseLocalTime(h.closes),
      });
    }
    await audit(t.db, {
      orgId: t.orgId,
      actorUserId: staff.userId,
      action: "update",
      entity: "staff_hours",
      entityId: memberId,
      details: { periods: hours.length },
    });
  });
  const saved = await loadHours(tenant, memberId);
  return c.json({ memberId, hours: presentHours(saved.get(memberId)) }, 200);
};

const presentTimeOff = (row: typeof staffTimeOff.$inferSelect) => ({
  id: row.id,
  startsAt: row.startsAt.toISOString(),
  endsAt: row.endsAt.toISOString(),
  reason: row.reason,
});

export const listTimeOff: RouteHandler<typeof routes.listTimeOff, StaffEnv> = async (c) => {
  const { memberId } = c.req.valid("param");
  const { from, to } = c.req.valid("query");
  const { tenant } = c.var;
  await loadMember(tenant, memberId);
  const rows = await tenant.db
    .select()
    .from(staffTimeOff)
    .where(
      tenant.where(
        staffTimeOff,
        eq(staffTimeOff.memberId, memberId),
        gt(staffTimeOff.endsAt, from ? new Date(from) : new Date()),
        to ? lt(staffTimeOff.startsAt, new Date(to)) : undefined,
      ),
    )
    .orderBy(asc(staffTimeOff.startsAt))
    .limit(500);
  return c.json(rows.map(presentTimeOff), 200);
};

export const addTimeOff: RouteHandler<typeof routes.addTimeOff, StaffEnv> = async (c) => {
  const { memberId } = c.req.valid("param");
  const input = c.req.valid("json");
  const { tenant, staff } = c.var;
  assertCanManageSchedule(staff, memberId);
  const startsAt = new Date(input.startsAt);
  const endsAt = new Date(input.endsAt);
  const result = await tenant.transaction(async (t) => {
    await loadMember(t, memberId);
    const [row] = await t
      .insert(staffTimeOff, { memberId, startsAt, endsAt, reason: input.reason ?? "" })
      .returning();
    if (!row) throw new Error("insert returned nothing");
    const [overlap] = await t.db
      .select({ n: count() })
      .from(appointment)
      .where(
        t.where(
          appointment,
          eq(appointment.practitionerId, memberId),
          eq(appointment.status, "booked"),
          lt(appointment.startsAt, endsAt),
          gt(appointment.endsAt, startsAt),
        ),
      );
    await audit(t.db, {
      orgId: t.orgId,
      actorUserId: staff.userId,
      action: "create",
      entity: "staff_time_off",
      entityId: row.id,
      details: { memberId },
    });
    return {
      ...presentTimeOff(row as typeof staffTimeOff.$inferSelect),
      overlappingAppointments: overlap?.n ?? 0,
    };
  });
  return c.json(result, 201);
};

export const deleteTimeOff: RouteHandler<typeof routes.deleteTimeOff, StaffEnv> = async (c) => {
  const { memberId, id } = c.req.valid("param");
  const { tenant, staff } = c.var;
  assertCanManageSchedule(staff, memberId);
  await tenant.transaction(async (t) => {
    const [deleted] = await t.db
      .delete(staffTimeOff)
      .where(t.where(staffTimeOff, eq(staffTimeOff.memberId, memberId), eq(staffTimeOff.id, id)))
      .returning({ id: staffTimeOff.id });
    if (!deleted) throw notFound("There is no such time off for this staff member.");
    await audit(t.db, {
      orgId: t.orgId,
      actorUserId: staff.userId,
      action: "delete",
      entity: "staff_time_off",
      entityId: id,
      details: { memberId },
    });
  });
  return c.body(null, 204);
};
