import { randomUUID } from "node:crypto";
import type { RouteHandler } from "@hono/zod-openapi";
import { and, eq, sql } from "drizzle-orm";
import type { InvitationStatus } from "../../../shared/contracts/invitations.ts";
import type { StaffRoleName } from "../../../shared/contracts/staff.ts";
import { audit } from "../../audit/audit.ts";
import { createStaffUser } from "../../auth/staff-accounts.ts";
import type { Executor } from "../../db/client.ts";
import { invitation, member, organization, user } from "../../db/schema/index.ts";
import type { AppEnv } from "../../http/context.ts";
import { conflict, notFound } from "../../http/problem.ts";
import type * as routes from "./invitations.routes.ts";

const HAS_ACCOUNT = "You already have a Stipple account: sign in, then open this link again.";

async function loadInvitation(db: Executor, id: string) {
  const [row] = await db
    .select({
      id: invitation.id,
      orgId: invitation.organizationId,
      email: invitation.email,
      role: invitation.role,
      status: invitation.status,
      expiresAt: invitation.expiresAt,
      clinicName: organization.name,
      inviterName: user.name,
    })
    .from(invitation)
    .innerJoin(organization, eq(organization.id, invitation.organizationId))
    .leftJoin(user, eq(user.id, invitation.inviterId))
    .where(eq(invitation.id, id));
  if (!row) throw notFound("This invitation does not exist. Ask the clinic to send a new one.");
  return row;
}

/** Better Auth's "rejected" reads as cancelled; a pending invitation past its expiry is expired. */
function statusOf(row: { status: string; expiresAt: Date }, now: Date): InvitationStatus {
  if (row.status === "accepted") return "accepted";
  if (row.status !== "pending") return "canceled";
  return row.expiresAt.getTime() <= now.getTime() ? "expired" : "pending";
}

const refusal: Record<Exclude<InvitationStatus, "pending">, string> = {
  accepted: "This invitation has already been accepted. Sign in instead.",
  canceled: "This invitation was cancelled. Ask the clinic to send a new one.",
  expired: "This invitation has expired. Ask the clinic to send it again.",
};

export const get: RouteHandler<typeof routes.getInvitation, AppEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const row = await loadInvitation(c.var.deps.db, id);
  return c.json(
    {
      id: row.id,
      email: row.email,
      role: (row.role ?? "receptionist") as StaffRoleName,
      clinicName: row.clinicName,
      inviterName: row.inviterName ?? "",
      status: statusOf(row, new Date()),
      expiresAt: row.expiresAt.toISOString(),
    },
    200,
  );
};

const isUniqueViolation = (err: unknown) =>
  (err as { code?: string }).code === "23505" ||
  (err as { cause?: { code?: string } }).cause?.code === "23505";

export const accept: RouteHandler<typeof routes.acceptInvitation, AppEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const { name, password } = c.req.valid("json");
  const { db, auth } = c.var.deps;
  const found = await loadInvitation(db, id);
  const status = statusOf(found, new Date());
  if (status !== "pending") throw conflict(refusal[status]);
  const [existing] = await db
    .select({ id: user.id })
    .from(user)
    .where(eq(sql`lower(${user.email})`, found.email.toLowerCase()));
  if (existing) throw conflict(HAS_ACCOUNT);

  // Better Auth creates the user on its own connection, so undo it by hand if joining fails.
  let created: { id: string; email: string };
  try {
    created = await createStaffUser(auth, { email: found.email, name, password });
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict(HAS_ACCOUNT);
    throw err;
  }
  try {
    await db.transaction(async (tx) => {
      const [locked] = await tx
        .select({ status: invitation.status, expiresAt: invitation.expiresAt })
        .from(invitation)
        .where(eq(invitation.id, id))
        .for("update");
      const now = statusOf(locked ?? { status: "canceled", expiresAt: new Date(0) }, new Date());
      if (now !== "pending") throw conflict(refusal[now]);
      const memberId = randomUUID();
      await tx.insert(member).values({
        id: memberId,
        organizationId: found.orgId,
        userId: created.id,
        role: found.role ?? "receptionist",
      });
      await tx
        .update(invitation)
        .set({ status: "accepted" })
        .where(and(eq(invitation.id, id), eq(invitation.status, "pending")));
      await audit(tx, {
        orgId: found.orgId,
        actorUserId: created.id,
        action: "accept",
        entity: "invitation",
        entityId: id,
        details: { memberId, role: found.role },
      });
    });
  } catch (err) {
    await db.delete(user).where(eq(user.id, created.id));
    throw err;
  }
  return c.json({ email: created.email }, 201);
};
