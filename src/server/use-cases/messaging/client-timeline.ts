import { and, asc, desc, eq, isNotNull, sql } from "drizzle-orm";
import type { ClientMessage } from "../../../shared/contracts/messaging.ts";
import { client, outboxMessage } from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";
import { conflict, notFound } from "../../http/problem.ts";

/**
 * Kinds whose text describes healing after a session: health data, so only clinical roles read
 * it. Reception still sees that a message went, when, to whom and whether it arrived.
 */
export const CLINICAL_KINDS: ReadonlySet<string> = new Set(["aftercare", "check-in"]);

type Row = typeof outboxMessage.$inferSelect;

export function presentMessage(row: Row, showClinical: boolean): ClientMessage {
  const hidden = CLINICAL_KINDS.has(row.kind) && !showClinical;
  return {
    id: row.id,
    kind: row.kind,
    step: row.step,
    channel: row.channel,
    recipient: row.recipient,
    subject: hidden ? null : row.subject,
    bodyText: hidden ? null : row.bodyText,
    contentHidden: hidden,
    status: row.status,
    scheduledFor: row.scheduledFor?.toISOString() ?? null,
    sentAt: row.sentAt?.toISOString() ?? null,
    error: row.error,
    cancelledReason: row.cancelledReason,
    appointmentId: row.appointmentId,
    cancellable: row.status === "scheduled",
  };
}

/** Upcoming (scheduled or sending) soonest first, then everything else newest first. */
export async function clientTimeline(tenant: Tenant, clientId: string): Promise<Row[]> {
  const [found] = await tenant.db
    .select({ id: client.id })
    .from(client)
    .where(tenant.where(client, eq(client.id, clientId)));
  if (!found) throw notFound("That client does not exist.");
  const live = sql`${outboxMessage.status} in ('scheduled','sending')`;
  const when = sql`coalesce(${outboxMessage.sentAt}, ${outboxMessage.scheduledFor}, ${outboxMessage.createdAt})`;
  return tenant.db
    .select()
    .from(outboxMessage)
    .where(tenant.where(outboxMessage, eq(outboxMessage.clientId, clientId)))
    .orderBy(
      desc(live),
      sql`case when ${live} then ${when} end asc`,
      sql`case when not (${live}) then ${when} end desc`,
      asc(outboxMessage.id),
    )
    .limit(500);
}

/** Stops one scheduled message. Its plan key stays taken, so re-planning leaves it cancelled. */
export async function cancelScheduledMessage(
  tenant: Tenant,
  messageId: string,
  reason: string,
): Promise<Row> {
  const [row] = await tenant.db
    .update(outboxMessage)
    .set({ status: "cancelled", cancelledReason: reason })
    .where(
      tenant.where(
        outboxMessage,
        and(eq(outboxMessage.id, messageId), eq(outboxMessage.status, "scheduled")),
        isNotNull(outboxMessage.clientId),
      ),
    )
    .returning();
  if (row) return row;
  const [existing] = await tenant.db
    .select({ status: outboxMessage.status })
    .from(outboxMessage)
    .where(
      tenant.where(
        outboxMessage,
        eq(outboxMessage.id, messageId),
        isNotNull(outboxMessage.clientId),
      ),
    );
  if (!existing) throw notFound("That message does not exist.");
  throw conflict(
    existing.status === "cancelled"
      ? "This message was already cancelled."
      : `This message is ${existing.status === "sending" ? "being sent right now" : existing.status} and can no longer be cancelled.`,
  );
}
