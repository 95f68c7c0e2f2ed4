import { randomUUID } from "node:crypto";
import type { RouteHandler } from "@hono/zod-openapi";
import { and, eq, sql } from "drizzle-orm";
import { audit } from "../../audit/audit.ts";
import type { StaffEnv } from "../../auth/guard.ts";
import type { StaffRole } from "../../auth/roles.ts";
import { invitation, member, user } from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";
import type { AppDeps, StaffContext } from "../../http/context.ts";
import { conflict, notFound } from "../../http/problem.ts";
import { staffInvitationEmail } from "../../notify/templates.ts";
import { assertManager, assertOwnerIfOwnerInvolved, roleInWords } from "./staff.policy.ts";
import { presentInvitation } from "./staff.presenter.ts";
import { clinicName, lockClinic } from "./staff.queries.ts";
import type * as routes from "./staff.routes.ts";

const INVITATION_DAYS = 7;
const expiry = () => new Date(Date.now() + INVITATION_DAYS * 24 * 60 * 60 * 1000);

type InvitationRow = typeof invitation.$inferSelect;

async function sendInvitation(deps: AppDeps, staff: StaffContext, row: InvitationRow) {
  const email = staffInvitationEmail({
    clinicName: await clinicName(deps.db, row.organizationId),
    inviterName: staff.name,
    role: roleInWords((row.role ?? "receptionist") as StaffRole),
    url: `${deps.env.PUBLIC_URL}/invite/${row.id}`,
  });
  await deps.mailer.send({ orgId: row.organizationId, to: row.email, ...email });
}

const present = (row: InvitationRow, inviterName: string) =>
  presentInvitation({ ...row, inviterName });

export const invite: RouteHandler<typeof routes.inviteStaff, StaffEnv> = async (c) => {
  const { email, role } = c.req.valid("json");
  const { tenant, staff, deps } = c.var;
  assertManager(staff);
  assertOwnerIfOwnerInvolved(staff, role);
  const row = await tenant.transaction(async (t) => {
    await lockClinic(t.db, t.orgId);
    const [existing] = await t.db
      .select({ active: member.active })
      .from(member)
      .innerJoin(user, eq(user.id, member.userId))
      .where(and(eq(member.organizationId, t.orgId), eq(sql`lower(${user.email})`, email)));
    if (existing) {
      throw conflict(
        existing.active
          ? `${email} is already a member of this clinic.`
          : `${email} was deactivated at this clinic: reactivate them instead of inviting again.`,
      );
    }
    const [pending] = await t.db
      .select({ id: invitation.id })
      .from(invitation)
      .where(
        and(
          eq(invitation.organizationId, t.orgId),
          eq(invitation.status, "pending"),
          eq(sql`lower(${invitation.email})`, email),
        ),
      );
    if (pending) {
      throw conflict(`${email} already has a pending invitation: resend it instead.`, {
        invitationId: pending.id,
      });
    }
    const [created] = await t.db
      .insert(invitation)
      .values({
        id: randomUUID(),
        organizationId: t.orgId,
        email,
        role,
        status: "pending",
        expiresAt: expiry(),
        inviterId: staff.userId,
      })
      .returning();
    if (!created) throw new Error("insert returned nothing");
    await audit(t.db, {
      orgId: t.orgId,
      actorUserId: staff.userId,
      action: "invite",
      entity: "invitation",
      entityId: created.id,
      details: { role },
    });
    return created;
  });
  await sendInvitation(deps, staff, row);
  return c.json(present(row, staff.name), 201);
};

/** A pending invitation of this clinic that the signed-in manager may act on. */
async function loadForChange(t: Tenant, staff: StaffContext, id: string) {
  const [row] = await t.db
    .select()
    .from(invitation)
    .where(and(eq(invitation.organizationId, t.orgId), eq(invitation.id, id)))
    .for("update");
  if (!row) throw notFound("There is no such invitation in this clinic.");
  assertOwnerIfOwnerInvolved(staff, (row.role ?? undefined) as StaffRole | undefined);
  return row;
}

export const resend: RouteHandler<typeof routes.resendInvitation, StaffEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const { tenant, staff, deps } = c.var;
  assertManager(staff);
  const row = await tenant.transaction(async (t) => {
    const current = await loadForChange(t, staff, id);
    if (current.status !== "pending") {
      throw conflict(`This invitation was ${current.status}: send a new one instead.`);
    }
    const [renewed] = await t.db
      .update(invitation)
      .set({ expiresAt: expiry(), inviterId: staff.userId })
      .where(eq(invitation.id, current.id))
      .returning();
    if (!renewed) throw new Error("update returned nothing");
    await audit(t.db, {
      orgId: t.orgId,
      actorUserId: staff.userId,
      action: "resend",
      entity: "invitation",
      entityId: id,
    });
    return renewed;
  });
  await sendInvitation(deps, staff, row);
  return c.json(present(row, staff.name), 200);
};

export const cancel: RouteHandler<typeof routes.cancelInvitation, StaffEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const { tenant, staff } = c.var;
  assertManager(staff);
  await tenant.transaction(async (t) => {
    const current = await loadForChange(t, staff, id);
    if (current.status === "canceled") return;
    if (current.status !== "pending") {
      throw conflict(`This invitation was already ${current.status}.`);
    }
    await t.db.update(invitation).set({ status: "canceled" }).where(eq(invitation.id, id));
    await audit(t.db, {
      orgId: t.orgId,
      actorUserId: staff.userId,
      action: "cancel",
      entity: "invitation",
      entityId: id,
    });
  });
  return c.body(null, 204);
};
