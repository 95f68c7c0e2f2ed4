import { and, desc, eq } from "drizzle-orm";
import { client, organization, outboxMessage } from "../db/schema/index.ts";
import type { TestApp } from "./test-app.ts";

let counter = 0;

/** The latest portal sign-in code emailed to `email` (from the outbox the mailer writes). */
export async function latestPortalCode(t: TestApp, email: string): Promise<string | null> {
  const [row] = await t.db
    .select({ text: outboxMessage.bodyText, subject: outboxMessage.subject })
    .from(outboxMessage)
    .where(and(eq(outboxMessage.channel, "email"), eq(outboxMessage.recipient, email)))
    .orderBy(desc(outboxMessage.createdAt))
    .limit(1);
  if (!row?.subject.startsWith("Your sign-in code")) return null;
  return /\b(\d{6})\b/.exec(row.text)?.[1] ?? null;
}

/**
 * Signs a client into the portal the real way: asks for a code, reads it from the captured email
 * and verifies it. The client must have an email. Each call comes from a fresh address so set-up
 * never trips the per-address rate limit.
 */
export async function portalSignIn(
  t: TestApp,
  input: { orgId: string; clientId: string },
): Promise<{ cookie: string; slug: string; headers: Record<string, string> }> {
  const [row] = await t.db
    .select({ email: client.email, slug: organization.slug })
    .from(client)
    .innerJoin(organization, eq(organization.id, client.orgId))
    .where(and(eq(client.id, input.clientId), eq(client.orgId, input.orgId)));
  if (!row?.email) throw new Error(`portalSignIn: client ${input.clientId} has no email`);
  const email = row.email.toLowerCase();
  const ip = `192.0.2.${(++counter % 250) + 1}`;
  const asked = await t.request("POST", `/api/portal/${row.slug}/sign-in/code`, {
    body: { email },
    ip,
  });
  if (asked.status !== 202)
    throw new Error(`code request failed: ${asked.status} ${await asked.text()}`);
  const code = await latestPortalCode(t, email);
  if (!code) throw new Error(`no sign-in code was emailed to ${email}`);
  const verified = await t.request("POST", `/api/portal/${row.slug}/sign-in/verify`, {
    body: { email, code },
    ip,
  });
  if (verified.status !== 200)
    throw new Error(`code check failed: ${verified.status} ${await verified.text()}`);
  const cookie = verified.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return { cookie, slug: row.slug, headers: { cookie } };
}
