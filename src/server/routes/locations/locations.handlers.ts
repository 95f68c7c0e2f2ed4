import type { RouteHandler } from "@hono/zod-openapi";
import { eq } from "drizzle-orm";
import { audit } from "../../audit/audit.ts";
import type { StaffEnv } from "../../auth/guard.ts";
import { location, locationHours, room } from "../../db/schema/index.ts";
import { notFound } from "../../http/problem.ts";
import type {
  createLocation,
  getLocation,
  listLocations,
  replaceHours,
  updateLocation,
} from "./locations.routes.ts";
import {
  countUpcoming,
  invalid,
  loadLocation,
  loadLocations,
  lockLocation,
  NO_LOCATION,
  refuseDeactivation,
  toHourRows,
} from "./locations.store.ts";

export const list: RouteHandler<typeof listLocations, StaffEnv> = async (c) => {
  return c.json({ items: await loadLocations(c.var.tenant) }, 200);
};

export const get: RouteHandler<typeof getLocation, StaffEnv> = async (c) => {
  return c.json(await loadLocation(c.var.tenant, c.req.valid("param").id), 200);
};

export const create: RouteHandler<typeof createLocation, StaffEnv> = async (c) => {
  const { hours = [], rooms = [], ...fields } = c.req.valid("json");
  const { tenant, staff } = c.var;
  const hourRows = toHourRows(hours);
  const seen = new Set<string>();
  for (const name of rooms) {
    const key = name.toLowerCase();
    if (seen.has(key)) throw invalid("rooms", [`"${name}" is listed more than once`]);
    seen.add(key);
  }
  const created = await tenant.transaction(async (t) => {
    const [row] = await t.insert(location, fields).returning({ id: location.id });
    if (!row) throw new Error("insert returned nothing");
    for (const h of hourRows) await t.insert(locationHours, { ...h, locationId: row.id });
    for (const name of rooms) await t.insert(room, { locationId: row.id, name });
    await audit(t.db, {
      orgId: t.orgId,
      actorUserId: staff.userId,
      action: "create",
      entity: "location",
      entityId: row.id,
    });
    return loadLocation(t, row.id);
  });
  return c.json(created, 201);
};

export const update: RouteHandler<typeof updateLocation, StaffEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const patch = c.req.valid("json");
  const { tenant, staff } = c.var;
  const updated = await tenant.transaction(async (t) => {
    const current = await lockLocation(t, id);
    if (patch.active === false && current.active) {
      refuseDeactivation("location", await countUpcoming(t, { locationId: id }));
    }
    const [row] = await t.db
      .update(location)
      .set({ ...patch, updatedAt: new Date() })
      .where(t.where(location, eq(location.id, id)))
      .returning({ id: location.id });
    if (!row) throw notFound(NO_LOCATION);
    await audit(t.db, {
      orgId: t.orgId,
      actorUserId: staff.userId,
      action: "update",
      entity: "location",
      entityId: id,
      details: { fields: Object.keys(patch) },
    });
    return loadLocation(t, id);
  });
  return c.json(updated, 200);
};

export const putHours: RouteHandler<typeof replaceHours, StaffEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const { hours } = c.req.valid("json");
  const { tenant, staff } = c.var;
  const rows = toHourRows(hours);
  const saved = await tenant.transaction(async (t) => {
    await lockLocation(t, id);
    await t.db
      .delete(locationHours)
      .where(t.where(locationHours, eq(locationHours.locationId, id)));
    // tenant.insert stamps one row at a time; a week has at most 50 intervals.
    for (const h of rows) await t.insert(locationHours, { ...h, locationId: id });
    await t.db
      .update(location)
      .set({ updatedAt: new Date() })
      .where(t.where(location, eq(location.id, id)));
    await audit(t.db, {
      orgId: t.orgId,
      actorUserId: staff.userId,
      action: "update",
      entity: "location-hours",
      entityId: id,
      details: { intervals: rows.length },
    });
    return loadLocation(t, id);
  });
  return c.json({ hours: saved.hours }, 200);
};
