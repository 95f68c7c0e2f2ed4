import type { RouteHandler } from "@hono/zod-openapi";
import { asc, eq, sql } from "drizzle-orm";
import type { Service } from "../../../shared/contracts/services.ts";
import { audit } from "../../audit/audit.ts";
import type { StaffEnv } from "../../auth/guard.ts";
import { service } from "../../db/schema/index.ts";
import { notFound } from "../../http/problem.ts";
import type { createService, getService, listServices, updateService } from "./services.routes.ts";

const NO_SERVICE = "There is no such service in this clinic.";
const kindOrder = sql`array_position(array['consultation','treatment','touch_up','other'], ${service.kind})`;

function present(row: typeof service.$inferSelect): Service {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    description: row.description,
    durationMin: row.durationMin,
    bufferBeforeMin: row.bufferBeforeMin,
    bufferAfterMin: row.bufferAfterMin,
    needsRoom: row.needsRoom,
    pricePence: row.pricePence,
    colour: row.colour,
    minNoticeMin: row.minNoticeMin,
    maxHorizonDays: row.maxHorizonDays,
    active: row.active,
  };
}

export const list: RouteHandler<typeof listServices, StaffEnv> = async (c) => {
  const { includeInactive } = c.req.valid("query");
  const { tenant } = c.var;
  const rows = await tenant.db
    .select()
    .from(service)
    .where(tenant.where(service, includeInactive ? undefined : eq(service.active, true)))
    .orderBy(kindOrder, asc(service.name), asc(service.id));
  return c.json({ items: rows.map(present) }, 200);
};

export const get: RouteHandler<typeof getService, StaffEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const { tenant } = c.var;
  const [row] = await tenant.db
    .select()
    .from(service)
    .where(tenant.where(service, eq(service.id, id)));
  if (!row) throw notFound(NO_SERVICE);
  return c.json(present(row), 200);
};

export const create: RouteHandler<typeof createService, StaffEnv> = async (c) => {
  const input = c.req.valid("json");
  const { tenant, staff } = c.var;
  const created = await tenant.transaction(async (t) => {
    const [row] = await t.insert(service, input).returning();
    if (!row) throw new Error("insert returned nothing");
    await audit(t.db, {
      orgId: t.orgId,
      actorUserId: staff.userId,
      action: "create",
      entity: "service",
      entityId: row.id,
    });
    return row as typeof service.$inferSelect;
  });
  return c.json(present(created), 201);
};

export const update: RouteHandler<typeof updateService, StaffEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const patch = c.req.valid("json");
  const { tenant, staff } = c.var;
  const updated = await tenant.transaction(async (t) => {
    const [row] = await t.db
      .update(service)
      .set({ ...patch, updatedAt: new Date() })
      .where(t.where(service, eq(service.id, id)))
      .returning();
    if (!row) throw notFound(NO_SERVICE);
    await audit(t.db, {
      orgId: t.orgId,
      actorUserId: staff.userId,
      action: "update",
      entity: "service",
      entityId: id,
      details: { fields: Object.keys(patch) },
    });
    return row;
  });
  return c.json(present(updated), 200);
};
