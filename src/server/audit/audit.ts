import type { Executor } from "../db/client.ts";
import { auditLog } from "../db/schema/index.ts";

export interface AuditEntry {
  orgId: string | null;
  actorUserId: string | null;
  action:
    | "read"
    | "create"
    | "update"
    | "delete"
    | "cancel"
    | "move"
    | "invite"
    | "sign-in"
    | (string & {});
  entity: string;
  entityId?: string | null;
  ip?: string | null;
  /** Field names or ids only: never the personal or health data itself. */
  details?: Record<string, unknown>;
}

/** Appends to the audit log; call it inside the transaction that does the work. */
export async function audit(db: Executor, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    orgId: entry.orgId,
    actorUserId: entry.actorUserId,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId ?? null,
    ip: entry.ip ?? null,
    details: entry.details ?? {},
  });
}
