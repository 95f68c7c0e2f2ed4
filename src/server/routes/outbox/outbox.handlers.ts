import type { RouteHandler } from "@hono/zod-openapi";
import { eq } from "drizzle-orm";
import { audit } from "../../audit/audit.ts";
import type { StaffEnv } from "../../auth/guard.ts";
import { outboxMessage } from "../../db/schema/index.ts";
import { notFound, unprocessable } from "../../http/problem.ts";
import { queueDelivery } from "../../jobs/queue.ts";
import type { postResend } from "./outbox.routes.ts";
import { outboxView } from "./outbox-view.ts";

const statusWords = {
  scheduled: "is still waiting to be sent",
  sending: "is being sent right now",
  sent: "has already been sent",
  cancelled: "was cancelled",
} as const;

export const resend: RouteHandler<typeof postResend, StaffEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const { tenant, staff } = c.var;
  const created = await tenant.transaction(async (t) => {
    const [original] = await t.db
      .select()
      .from(outboxMessage)
      .where(t.where(outboxMessage, eq(outboxMessage.id, id)))
      .for("update");
    if (!original) throw notFound("No such message in this clinic.");
    if (original.status !== "failed") {
      throw unprocessable(
        `This message ${statusWords[original.status]}; only a failed message can be resent.`,
      );
    }
    // A manual resend: no plan key (the planner does not own it) and no guard (staff decided).
    const [copy] = await t
      .insert(outboxMessage, {
        channel: original.channel,
        recipient: original.recipient,
        subject: original.subject,
        bodyText: original.bodyText,
        bodyHtml: original.bodyHtml,
        clientId: original.clientId,
        appointmentId: original.appointmentId,
        kind: original.kind,
        step: original.step,
        templateKey: original.templateKey,
        status: "scheduled",
      })
      .returning();
    if (!copy) throw new Error("The outbox did not record the copy.");
    await queueDelivery(t.db, copy.id, null);
    await audit(t.db, {
      orgId: t.orgId,
      actorUserId: staff.userId,
      action: "resend",
      entity: "outbox_message",
      entityId: copy.id,
      ip: c.var.clientIp,
      details: { resentFrom: original.id, channel: original.channel, kind: original.kind },
    });
    return copy;
  });
  return c.json({ message: outboxView(created), resentFrom: id }, 201);
};
