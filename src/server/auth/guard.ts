import { and, eq } from "drizzle-orm";
import { createMiddleware } from "hono/factory";
import { member, user } from "../db/schema/index.ts";
import { createTenant, type Tenant } from "../db/tenant.ts";
import type { AppEnv } from "../http/context.ts";
import { forbidden, unauthorized } from "../http/problem.ts";
import type { StaffRole } from "./roles.ts";

export type StaffEnv = AppEnv & { Variables: AppEnv["Variables"] & { tenant: Tenant } };

const roleLabel: Record<StaffRole, string> = {
  owner: "owner",
  admin: "admin",
  practitioner: "practitioner",
  receptionist: "receptionist",
};

/**
 * Requires a signed-in, active staff member of the session's clinic, optionally with one of
 * `roles`; sets `staff` and the request's `tenant`.
 */
export function requireStaff(roles?: readonly StaffRole[]) {
  return createMiddleware<StaffEnv>(async (c, next) => {
    const { auth, db } = c.var.deps;
    const session = await auth.api.getSession({ headers: c.req.raw.headers });
    if (!session) throw unauthorized("Sign in to continue.");
    const orgId = session.session.activeOrganizationId;
    if (!orgId) throw forbidden("Your account is not part of an active clinic.");
    const [row] = await db
      .select({
        id: member.id,
        role: member.role,
        active: member.active,
        name: user.name,
        email: user.email,
      })
      .from(member)
      .innerJoin(user, eq(user.id, member.userId))
      .where(and(eq(member.organizationId, orgId), eq(member.userId, session.user.id)))
      .limit(1);
    if (!row?.active) throw forbidden("Your account has been deactivated at this clinic.");
    const role = row.role as StaffRole;
    if (roles && !roles.includes(role)) {
      throw forbidden(`Your role (${roleLabel[role] ?? role}) cannot do this.`);
    }
    c.set("staff", {
      userId: session.user.id,
      memberId: row.id,
      orgId,
      role,
      name: row.name,
      email: row.email,
    });
    c.set("tenant", createTenant(db, orgId));
    await next();
  });
}
