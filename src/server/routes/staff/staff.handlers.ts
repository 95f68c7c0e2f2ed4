import type { RouteHandler } from "@hono/zod-openapi";
import { and, desc, eq } from "drizzle-orm";
import { audit } from "../../audit/audit.ts";
import type { StaffEnv } from "../../auth/guard.ts";
import { invitation, member, session, user } from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";
import type { StaffContext } from "../../http/context.ts";
import { conflict, forbidden } from "../../http/problem.ts";
import { assertManager, assertOwnerIfOwnerInvolved } from "./staff.policy.ts";
import { presentInvitation, presentStaffMember } from "./staff.presenter.ts";
import {
  listMembers,
  loadHours,
  loadMember,
  lockClinic,
  otherActiveOwners,
} from "./staff.queries.ts";
import type * as routes from "./staff.routes.ts";

export const list: RouteHandler<typeof routes.listStaff, StaffEnv> = async (c) => {
  const { tenant } = c.var;
  const [members, hours, invitations] = await Promise.all([
    listMembers(tenant),
    loadHours(tenant),
    tenant.db
      .select({
        id: invitation.id,
        email: invitation.email,
        role: invitation.role,
        expiresAt: invitation.expiresAt,
        inviterName: user.name,
      })
      .from(invitation)
      .leftJoin(user, eq(user.id, invitation.inviterId))
      .where(and(eq(invitation.organizationId, tenant.orgId), eq(invitation.status, "pending")))
      .orderBy(desc(invitation.createdAt)),
  ]);
  return c.json(
    {
      items: members.map((m) => presentStaffMember(m, hours.get(m.memberId))),
      invitations: invitations.map(presentInvitation),
    },
    200,
  );
};

/** Re-reads a member with their hours for the response. */
async function present(tenant: Tenant, memberId: string) {
  const row = await loadMember(tenant, memberId);
  const hours = await loadHours(tenant, memberId);
  return presentStaffMember(row, hours.get(memberId));
}

const LAST_OWNER =
  "A clinic must always have at least one active owner. Make someone else an owner first.";

export const update: RouteHandler<typeof routes.updateStaff, StaffEnv> = async (c) => {
  const { memberId } = c.req.valid("param");
  const patch = c.req.valid("json");
  const { tenant, staff } = c.var;
  assertManager(staff);
  await tenant.transaction(async (t) => {
    await lockClinic(t.db, t.orgId);
    const target = await loadMember(t, memberId);
    const roleChanges = patch.role !== undefined && patch.role !== target.role;
    if (roleChanges) {
      if (target.memberId === staff.memberId) throw forbidden("You cannot change your own role.");
      assertOwnerIfOwnerInvolved(staff, patch.role, target.role);
      if (
        target.role === "owner" &&
        target.active &&
        (await otherActiveOwners(t, memberId)) === 0
      ) {
        throw conflict(LAST_OWNER);
      }
    }
    await t.db
      .update(member)
      .set({ role: patch.role, calendarColour: patch.calendarColour })
      .where(and(eq(member.organizationId, t.orgId), eq(member.id, memberId)));
    await audit(t.db, {
      orgId: t.orgId,
      actorUserId: staff.userId,
      action: "update",
      entity: "member",
      entityId: memberId,
      details: {
        fields: Object.keys(patch),
        ...(roleChanges ? { fromRole: target.role, toRole: patch.role } : {}),
      },
    });
  });
  return c.json(await present(tenant, memberId), 200);
};

async function setActive(tenant: Tenant, staff: StaffContext, memberId: string, active: boolean) {
  assertManager(staff);
  await tenant.transaction(async (t) => {
    await lockClinic(t.db, t.orgId);
    const target = await loadMember(t, memberId);
    if (target.memberId === staff.memberId) {
      throw forbidden(`You cannot ${active ? "reactivate" : "deactivate"} yourself.`);
    }
    assertOwnerIfOwnerInvolved(staff, target.role);
    if (target.active === active) return;
    if (!active && target.role === "owner" && (await otherActiveOwners(t, memberId)) === 0) {
      throw conflict(LAST_OWNER);
    }
    await t.db
      .update(member)
      .set({ active, deactivatedAt: active ? null : new Date() })
      .where(and(eq(member.organizationId, t.orgId), eq(member.id, memberId)));
    if (!active) {
      // Sign them out of this clinic now; the guard also refuses inactive members on every request.
      await t.db
        .delete(session)
        .where(and(eq(session.userId, target.userId), eq(session.activeOrganizationId, t.orgId)));
    }
    await audit(t.db, {
      orgId: t.orgId,
      actorUserId: staff.userId,
      action: active ? "reactivate" : "deactivate",
      entity: "member",
      entityId: memberId,
    });
  });
  return present(tenant, memberId);
}

export const deactivate: RouteHandler<typeof routes.deactivateStaff, StaffEnv> = async (c) => {
  const { memberId } = c.req.valid("param");
  return c.json(await setActive(c.var.tenant, c.var.staff, memberId, false), 200);
};

export const reactivate: RouteHandler<typeof routes.reactivateStaff, StaffEnv> = async (c) => {
  const { memberId } = c.req.valid("param");
  return c.json(await setActive(c.var.tenant, c.var.staff, memberId, true), 200);
};
