import { and, asc, count, eq, ne, sql } from "drizzle-orm";
import type { StaffRole } from "../../auth/roles.ts";
import type { Executor } from "../../db/client.ts";
import { member, organization, staffHours, user } from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";
import { notFound } from "../../http/problem.ts";

export interface MemberRow {
  memberId: string;
  userId: string;
  name: string;
  email: string;
  role: StaffRole;
  active: boolean;
  calendarColour: string;
  twoFactorEnabled: boolean;
  createdAt: Date;
}

const memberColumns = {
  memberId: member.id,
  userId: member.userId,
  name: user.name,
  email: user.email,
  role: sql<StaffRole>`${member.role}`,
  active: member.active,
  calendarColour: member.calendarColour,
  twoFactorEnabled: user.twoFactorEnabled,
  createdAt: member.createdAt,
};

/** `member` is Better Auth's table (organizationId, not orgId), so it is scoped explicitly here. */
const inClinic = (tenant: Tenant) => eq(member.organizationId, tenant.orgId);

export async function listMembers(tenant: Tenant): Promise<MemberRow[]> {
  return tenant.db
    .select(memberColumns)
    .from(member)
    .innerJoin(user, eq(user.id, member.userId))
    .where(inClinic(tenant))
    .orderBy(sql`${member.active} desc`, asc(user.name), asc(member.id));
}

/** One member of this clinic; 404 for unknown ids and other clinics' members alike. */
export async function loadMember(tenant: Tenant, memberId: string): Promise<MemberRow> {
  const [row] = await tenant.db
    .select(memberColumns)
    .from(member)
    .innerJoin(user, eq(user.id, member.userId))
    .where(and(inClinic(tenant), eq(member.id, memberId)));
  if (!row) throw notFound("There is no such staff member in this clinic.");
  return row;
}

/** Weekly hours per member id, sorted by weekday and time, as minutes since midnight. */
export async function loadHours(tenant: Tenant, memberId?: string) {
  const rows = await tenant.db
    .select({
      memberId: staffHours.memberId,
      weekday: staffHours.weekday,
      opensMin: staffHours.opensMin,
      closesMin: staffHours.closesMin,
    })
    .from(staffHours)
    .where(tenant.where(staffHours, memberId ? eq(staffHours.memberId, memberId) : undefined))
    .orderBy(asc(staffHours.weekday), asc(staffHours.opensMin));
  const byMember = new Map<string, typeof rows>();
  for (const row of rows) byMember.set(row.memberId, [...(byMember.get(row.memberId) ?? []), row]);
  return byMember;
}

/**
 * Serialises staff changes within one clinic (row lock on the organisation), so two owners
 * demoting each other at once cannot leave the clinic without an owner.
 */
export async function lockClinic(db: Executor, orgId: string) {
  await db.execute(
    sql`select ${organization.id} from ${organization} where ${organization.id} = ${orgId} for update`,
  );
}

/** Active owners of this clinic other than `exceptMemberId`. */
export async function otherActiveOwners(tenant: Tenant, exceptMemberId: string): Promise<number> {
  const [row] = await tenant.db
    .select({ n: count() })
    .from(member)
    .where(
      and(
        inClinic(tenant),
        eq(member.role, "owner"),
        eq(member.active, true),
        ne(member.id, exceptMemberId),
      ),
    );
  return row?.n ?? 0;
}

export async function clinicName(db: Executor, orgId: string): Promise<string> {
  const [row] = await db
    .select({ name: organization.name })
    .from(organization)
    .where(eq(organization.id, orgId));
  return row?.name ?? "your clinic";
}
