import type { RouteHandler } from "@hono/zod-openapi";
import { eq } from "drizzle-orm";
import { audit } from "../../audit/audit.ts";
import type { StaffEnv } from "../../auth/guard.ts";
import { room } from "../../db/schema/index.ts";
import { notFound } from "../../http/problem.ts";
import type { createRoom, updateRoom } from "./locations.routes.ts";
import {
  assertRoomNameFree,
  countUpcoming,
  lockLocation,
  NO_ROOM,
  refuseDeactivation,
} from "./locations.store.ts";

type Row = typeof room.$inferSelect;
const present = (row: Row) => ({ id: row.id, name: row.name, active: row.active });

export const create: RouteHandler<typeof createRoom, StaffEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const { name } = c.req.valid("json");
  const { tenant, staff } = c.var;
  const created = await tenant.transaction(async (t) => {
    const at = await lockLocation(t, id);
    await assertRoomNameFree(t, at, name);
    const [row] = await t.insert(room, { locationId: id, name }).returning();
    if (!row) throw new Error("insert returned nothing");
    await audit(t.db, {
      orgId: t.orgId,
      actorUserId: staff.userId,
      action: "create",
      entity: "room",
      entityId: row.id,
      details: { locationId: id },
    });
    return row as Row;
  });
  return c.json(present(created), 201);
};

export const update: RouteHandler<typeof updateRoom, StaffEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const patch = c.req.valid("json");
  const { tenant, staff } = c.var;
  const updated = await tenant.transaction(async (t) => {
    const [current] = await t.db
      .select()
      .from(room)
      .where(t.where(room, eq(room.id, id)));
    if (!current) throw notFound(NO_ROOM);
    // Locking the location serialises name checks against concurrent room changes there.
    const at = await lockLocation(t, current.locationId);
    if (patch.name !== undefined) await assertRoomNameFree(t, at, patch.name, id);
    if (patch.active === false && current.active) {
      refuseDeactivation("room", await countUpcoming(t, { roomId: id }));
    }
    const [row] = await t.db
      .update(room)
      .set({ ...patch, updatedAt: new Date() })
      .where(t.where(room, eq(room.id, id)))
      .returning();
    if (!row) throw notFound(NO_ROOM);
    await audit(t.db, {
      orgId: t.orgId,
      actorUserId: staff.userId,
      action: "update",
      entity: "room",
      entityId: id,
      details: { fields: Object.keys(patch) },
    });
    return row;
  });
  return c.json(present(updated), 200);
};
