import type { RouteHandler } from "@hono/zod-openapi";
import { desc, eq, sql } from "drizzle-orm";
import { outboxMessage } from "../../db/schema/index.ts";
import type { AppEnv } from "../../http/context.ts";
import { notFound } from "../../http/problem.ts";
import type * as routes from "./dev-outbox.routes.ts";

export const list: RouteHandler<typeof routes.getDevOutbox, AppEnv> = async (c) => {
  const { db, mailer } = c.var.deps;
  // Real mail is being delivered: the outbox holds real people's messages, so it is not public.
  if (mailer.transport !== "dev-outbox") throw notFound(`No API route GET ${c.req.path}.`);
  const { to } = c.req.valid("query");
  const rows = await db
    .select()
    .from(outboxMessage)
    .where(to ? eq(sql`lower(${outboxMessage.recipient})`, to.toLowerCase()) : undefined)
    .orderBy(desc(outboxMessage.createdAt), desc(outboxMessage.id))
    .limit(100);
  const messages = rows.map((m) => ({
    id: m.id,
    channel: m.channel,
    recipient: m.recipient,
    subject: m.subject,
    bodyText: m.bodyText,
    bodyHtml: m.bodyHtml,
    status: m.status,
    createdAt: m.createdAt.toISOString(),
  }));
  return c.json({ transport: "dev-outbox" as const, messages }, 200);
};
