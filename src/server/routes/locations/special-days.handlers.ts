import type { RouteHandler } from "@hono/zod-openapi";
import { and, asc, eq, gte, lte } from "drizzle-orm";
import { validateSpecialDays } from "../../../domain/scheduling/opening-hours.ts";
import { audit } from "../../audit/audit.ts";
import type { StaffEnv } from "../../auth/guard.ts";
import { locationSpecialDay } from "../../db/schema/index.ts";
import { conflict, notFound } from "../../http/problem.ts";
import type { createSpecialDay, deleteSpecialDay, listSpecialDays } from "./locations.routes.ts";
import { invalid, loadLocation, lockLocation } from "./locations.store.ts";

type Row = typeof locationSpecialDay.$inferSelect;

const present = (row: Row) => ({
  id: row.id,
  date: row.date,
  closed: row.closed,
  hours: row.hours.map(({ opens, closes }) => ({ opens, closes })),
  reason: row.reason,
});

export const list: RouteHandler<typeof listSpecialDays, StaffEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const { from, to } = c.req.valid("query");
  if (from && to && to < from) throw invalid("to", ["must not be before from"]);
  const { tenant } = c.var;
  await loadLocation(tenant, id);
  const rows = await tenant.db
    .select()
    .from(locationSpecialDay)
    .where(
      tenant.where(
        locationSpecialDay,
        eq(locationSpecialDay.locationId, id),
        from ? gte(locationSpecialDay.date, from) : undefined,
        to ? lte(locationSpecialDay.date, to) : undefined,
      ),
    )
    .orderBy(asc(locationSpecialDay.date));
  return c.json({ items: rows.map(present) }, 200);
};

export const create: RouteHandler<typeof createSpecialDay, StaffEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const input = c.req.valid("json");
  const day = {
    date: input.date,
    closed: input.closed,
    hours: input.closed ? [] : (input.hours ?? []),
  };
  const messages = validateSpecialDays([day]);
  if (messages.length) throw invalid("hours", messages);
  const { tenant, staff } = c.var;
  const created = await tenant.transaction(async (t) => {
    const at = await lockLocation(t, id);
    const [existing] = await t.db
      .select({ id: locationSpecialDay.id })
      .from(locationSpecialDay)
      .where(
        t.where(
          locationSpecialDay,
          and(eq(locationSpecialDay.locationId, id), eq(locationSpecialDay.date, day.date)),
        ),
      );
    if (existing) {
      throw conflict(
        `${at.name} already has a closure or special hours on ${day.date}. Remove that entry first.`,
        { existingId: existing.id },
      );
    }
    const [row] = await t
      .insert(locationSpecialDay, { ...day, locationId: id, reason: input.reason ?? "" })
      .returning();
    if (!row) throw new Error("insert returned nothing");
    await audit(t.db, {
      orgId: t.orgId,
      actorUserId: staff.userId,
      action: "create",
      entity: "location-special-day",
      entityId: row.id,
      details: { locationId: id, date: day.date },
    });
    return row as Row;
  });
  return c.json(present(created), 201);
};

export const remove: RouteHandler<typeof deleteSpecialDay, StaffEnv> = async (c) => {
  const { id, dayId } = c.req.valid("param");
  const { tenant, staff } = c.var;
  await tenant.transaction(async (t) => {
    const [row] = await t.db
      .delete(locationSpecialDay)
      .where(
        t.where(
          locationSpecialDay,
          eq(locationSpecialDay.id, dayId),
          eq(locationSpecialDay.locationId, id),
        ),
      )
      .returning({ id: locationSpecialDay.id, date: locationSpecialDay.date });
    if (!row) throw notFound("There is no such special day at this location.");
    await audit(t.db, {
      orgId: t.orgId,
      actorUserId: staff.userId,
      action: "delete",
      entity: "location-special-day",
      entityId: dayId,
      details: { locationId: id, date: row.date },
    });
  });
  return c.body(null, 204);
};
