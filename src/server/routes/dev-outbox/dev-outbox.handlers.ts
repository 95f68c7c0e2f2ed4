import type { RouteHandler } from "@hono/zod-openapi";
import { and, desc, eq, inArray, isNull, or, sql } from "drizzle-orm";
import { member, outboxMessage } from "../../db/schema/index.ts";
import type { AppEnv } from "../../http/context.ts";
import { notFound } from "../../http/problem.ts";
import { devChannels } from "../../notify/transports.ts";
import { outboxView } from "../outbox/outbox-view.ts";
import type * as routes from "./dev-outbox.routes.ts";

/** The clinic of the signed-in, active staff member making the request, if any. */
async function staffClinic(c: Parameters<typeof list>[0]): Promise<string | null> {
  const { auth, db } = c.var.deps;
  const session = await auth.api.getSession({ headers: c.req.raw.headers }).catch(() => null);
  const orgId = session?.session.activeOrganizationId;
  if (!session || !orgId) return null;
  const [row] = await db
    .select({ active: member.active })
    .from(member)
    .where(and(eq(member.organizationId, orgId), eq(member.userId, session.user.id)))
    .limit(1);
  return row?.active ? orgId : null;
}

export const list: RouteHandler<typeof routes.getDevOutbox, AppEnv> = async (c) => {
  const { db, env } = c.var.deps;
  // Once email goes out over SMTP this is a real installation: no public outbox. A channel with
  // a real transport is never listed.
  const channels = devChannels(env);
  if (!channels.includes("email")) throw notFound(`No API route GET ${c.req.path}.`);
  // Account and staff emails are public here (local trials and e2e tests read their links);
  // messages about a client only to signed-in staff of that client's clinic.
  const orgId = await staffClinic(c);
  const visible = orgId
    ? or(isNull(outboxMessage.clientId), eq(outboxMessage.orgId, orgId))
    : isNull(outboxMessage.clientId);
  const { to, channel } = c.req.valid("query");
  const shown = channel ? channels.filter((ch) => ch === channel) : channels;
  const rows =
    shown.length === 0
      ? []
      : await db
          .select()
          .from(outboxMessage)
          .where(
            and(
              inArray(outboxMessage.channel, shown),
              visible,
              to ? eq(sql`lower(${outboxMessage.recipient})`, to.toLowerCase()) : undefined,
            ),
          )
          .orderBy(desc(outboxMessage.createdAt), desc(outboxMessage.id))
          .limit(100);
  return c.json(
    { transport: "dev-outbox" as const, channels, messages: rows.map(outboxView) },
    200,
  );
};
