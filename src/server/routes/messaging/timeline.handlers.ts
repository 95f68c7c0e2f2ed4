import type { RouteHandler } from "@hono/zod-openapi";
import { audit } from "../../audit/audit.ts";
import type { StaffEnv } from "../../auth/guard.ts";
import { clinicalRoles } from "../../auth/roles.ts";
import {
  CLINICAL_KINDS,
  cancelScheduledMessage,
  clientTimeline,
  presentMessage,
} from "../../use-cases/messaging/client-timeline.ts";
import type { cancelMessage, clientMessages } from "./messaging.routes.ts";

export const list: RouteHandler<typeof clientMessages, StaffEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const { tenant, staff } = c.var;
  const clinical = clinicalRoles.includes(staff.role);
  const rows = await clientTimeline(tenant, id);
  const shown = rows.filter((r) => clinical && CLINICAL_KINDS.has(r.kind)).length;
  // Aftercare and check-in texts describe healing: a clinical read of them is audited.
  if (shown > 0) {
    await audit(tenant.db, {
      orgId: tenant.orgId,
      actorUserId: staff.userId,
      action: "read",
      entity: "client_messages",
      entityId: id,
      ip: c.var.clientIp,
      details: { clinicalMessages: shown },
    });
  }
  return c.json({ items: rows.map((r) => presentMessage(r, clinical)) }, 200);
};

export const cancel: RouteHandler<typeof cancelMessage, StaffEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const { reason } = c.req.valid("json");
  const { tenant, staff } = c.var;
  const row = await tenant.transaction(async (t) => {
    const text = `Cancelled by ${staff.name}${reason ? `: ${reason}` : ""}`;
    const cancelled = await cancelScheduledMessage(t, id, text.slice(0, 250));
    await audit(t.db, {
      orgId: t.orgId,
      actorUserId: staff.userId,
      action: "cancel",
      entity: "outbox_message",
      entityId: id,
      ip: c.var.clientIp,
      details: { kind: cancelled.kind, step: cancelled.step },
    });
    return cancelled;
  });
  return c.json(presentMessage(row, clinicalRoles.includes(staff.role)), 200);
};
