import type { RouteHandler } from "@hono/zod-openapi";
import { and, asc, count, eq, gt, isNull, min, sql } from "drizzle-orm";
import { audit } from "../../audit/audit.ts";
import type { StaffEnv } from "../../auth/guard.ts";
import { appointment, client } from "../../db/schema/index.ts";
import { notFound } from "../../http/problem.ts";
import { replanClientMessages } from "../../use-cases/messaging/replan-clinic.ts";
import { presentClient } from "./clients.presenter.ts";
import type { createClient, getClient, listClients, updateClient } from "./clients.routes.ts";

const searchText = sql`lower(${client.firstName} || ' ' || ${client.lastName} || ' ' || ${client.preferredName} || ' ' || coalesce(${client.email}, '') || ' ' || regexp_replace(coalesce(${client.phone}, ''), '[^0-9]', '', 'g'))`;

/** Escapes LIKE wildcards so a search for "50%" means the text "50%". */
const likeContains = (term: string) => `%${term.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;

function searchCondition(q: string | undefined) {
  const words = (q ?? "").toLowerCase().split(/\s+/).filter(Boolean).slice(0, 5);
  const terms = words.map((w) => {
    const digits = w.replace(/[^0-9]/g, "");
    // "07700 900123" and "+44 7700…" should find the same phone: search digits when the word is numeric.
    const term = /^[+0-9()-]+$/.test(w) && digits.length >= 3 ? digits.replace(/^(44|0)/, "") : w;
    return sql`${searchText} like ${likeContains(term)}`;
  });
  return terms.length ? and(...terms) : undefined;
}

export const list: RouteHandler<typeof listClients, StaffEnv> = async (c) => {
  const { q, page, pageSize } = c.req.valid("query");
  const tenant = c.var.tenant;
  const where = tenant.where(client, isNull(client.archivedAt), searchCondition(q));
  const next = tenant.db
    .select({ clientId: appointment.clientId, at: min(appointment.startsAt).as("at") })
    .from(appointment)
    .where(
      tenant.where(
        appointment,
        eq(appointment.status, "booked"),
        gt(appointment.startsAt, sql`now()`),
      ),
    )
    .groupBy(appointment.clientId)
    .as("next");
  const [rows, [total]] = await Promise.all([
    tenant.db
      .select({ row: client, nextAt: next.at })
      .from(client)
      .leftJoin(next, eq(next.clientId, client.id))
      .where(where)
      .orderBy(asc(client.lastName), asc(client.firstName), asc(client.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    tenant.db.select({ n: count() }).from(client).where(where),
  ]);
  const items = rows.map(({ row, nextAt }) => ({
    id: row.id,
    firstName: row.firstName,
    lastName: row.lastName,
    preferredName: row.preferredName,
    email: row.email,
    phone: row.phone,
    nextAppointmentAt: nextAt ? new Date(nextAt).toISOString() : null,
  }));
  return c.json({ items, total: total?.n ?? 0, page, pageSize }, 200);
};

export const create: RouteHandler<typeof createClient, StaffEnv> = async (c) => {
  const input = c.req.valid("json");
  const { tenant, staff } = c.var;
  const row = await tenant.transaction(async (t) => {
    const [created] = await t.insert(client, input).returning();
    if (!created) throw new Error("insert returned nothing");
    await audit(t.db, {
      orgId: t.orgId,
      actorUserId: staff.userId,
      action: "create",
      entity: "client",
      entityId: created.id,
    });
    return created as typeof client.$inferSelect;
  });
  return c.json(presentClient(row), 201);
};

export const get: RouteHandler<typeof getClient, StaffEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const { tenant, staff } = c.var;
  const [row] = await tenant.db
    .select()
    .from(client)
    .where(tenant.where(client, eq(client.id, id)));
  if (!row) throw notFound("There is no such client in this clinic.");
  await audit(tenant.db, {
    orgId: tenant.orgId,
    actorUserId: staff.userId,
    action: "read",
    entity: "client",
    entityId: id,
  });
  return c.json(presentClient(row), 200);
};

export const update: RouteHandler<typeof updateClient, StaffEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const patch = c.req.valid("json");
  const { tenant, staff } = c.var;
  const row = await tenant.transaction(async (t) => {
    const [updated] = await t.db
      .update(client)
      .set({ ...patch, updatedAt: new Date() })
      .where(t.where(client, eq(client.id, id)))
      .returning();
    if (!updated) throw notFound("There is no such client in this clinic.");
    await audit(t.db, {
      orgId: t.orgId,
      actorUserId: staff.userId,
      action: "update",
      entity: "client",
      entityId: id,
      details: { fields: Object.keys(patch) },
    });
    if (["email", "phone", "firstName", "preferredName"].some((f) => f in patch)) {
      await replanClientMessages(t, id, new Date());
    }
    return updated;
  });
  return c.json(presentClient(row), 200);
};
