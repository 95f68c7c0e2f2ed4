import { and, asc, eq, ne } from "drizzle-orm";
import { createFormatter } from "../../../domain/time/format.ts";
import type { Appointment } from "../../../shared/contracts/appointments.ts";
import type { PortalAppointment } from "../../../shared/contracts/portal-booking.ts";
import { audit } from "../../audit/audit.ts";
import type { Executor } from "../../db/client.ts";
import { location, member, service, user } from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";
import type { StaffContext } from "../../http/context.ts";
import { unprocessable } from "../../http/problem.ts";
import { NO_ACTOR } from "../waitlist/offer-freed-time.ts";

/** The signed-in client of a portal request (set by requirePortalClient as `c.var.portal`). */
export interface PortalClient {
  tenant: Tenant;
  clientId: string;
  portalUserId: string;
  email: string;
}

/**
 * The staff use-cases record who acted; a client in the portal is nobody on the staff, so they
 * run with no actor (as Stipple's own waitlist offers do) and the portal adds its own audit entry
 * naming the portal user.
 */
export function actingAsClient(p: PortalClient): StaffContext {
  return {
    userId: NO_ACTOR,
    memberId: NO_ACTOR,
    orgId: p.tenant.orgId,
    role: "receptionist",
    name: "Client (portal)",
    email: p.email,
  };
}

/** Marks holds placed from the portal, so a client can only ever touch their own. */
export const portalHolder = (p: PortalClient) => `portal:${p.portalUserId}`;

export async function auditPortal(
  db: Executor,
  p: PortalClient,
  action: string,
  entity: string,
  entityId: string | null,
  details: Record<string, unknown> = {},
): Promise<void> {
  await audit(db, {
    orgId: p.tenant.orgId,
    actorUserId: null,
    action,
    entity,
    entityId,
    details: { via: "portal", portalUserId: p.portalUserId, clientId: p.clientId, ...details },
  });
}

/** Appointment kinds only the clinic books and changes (anything that is not a client's visit). */
const STAFF_ONLY_KINDS = new Set(["other"]);

export const STAFF_ONLY =
  "This appointment can only be changed by the clinic. Please contact them to change it.";

/** Refuses an appointment the client may not move or cancel here, with a clear reason. */
export function assertClientMayChange(a: Appointment, now: Date): void {
  if (STAFF_ONLY_KINDS.has(a.service.kind)) {
    throw unprocessable(STAFF_ONLY, { code: "staff_only" });
  }
  if (a.status !== "booked") {
    throw unprocessable(
      `This appointment is ${a.status.replace("_", "-")} and cannot be changed.`,
      {
        code: "not_booked",
      },
    );
  }
  if (Date.parse(a.startsAt) <= now.getTime()) {
    throw unprocessable("This appointment has already started and cannot be changed.", {
      code: "started",
    });
  }
}

/** "Tue 24 Nov 2026, 10:00–13:00" in the appointment's location zone. */
export function whenText(startsAt: string, endsAt: string, zone: string): string {
  const fmt = createFormatter({ timeZone: zone });
  const start = Date.parse(startsAt);
  return `${fmt.weekdayDate(start)}, ${fmt.timeRange(start, Date.parse(endsAt))}`;
}

export function presentAppointment(a: Appointment, now: Date): PortalAppointment {
  const upcoming = a.status === "booked" && Date.parse(a.startsAt) > now.getTime();
  const staffOnly = STAFF_ONLY_KINDS.has(a.service.kind);
  return {
    id: a.id,
    startsAt: a.startsAt,
    endsAt: a.endsAt,
    when: whenText(a.startsAt, a.endsAt, a.location.timeZone),
    timeZone: a.location.timeZone,
    status: a.status,
    version: a.version,
    serviceName: a.service.name,
    serviceKind: a.service.kind,
    practitioner: { id: a.practitioner.id, name: a.practitioner.name },
    location: { id: a.location.id, name: a.location.name },
    courseSession: a.course?.session ?? null,
    canChange: upcoming && !staffOnly,
    changeNote: upcoming && staffOnly ? STAFF_ONLY : null,
  };
}

/** The clinic's locations, for the client to choose where to book. */
export async function clinicLocations(tenant: Tenant) {
  return tenant.db
    .select({ id: location.id, name: location.name, timeZone: location.timeZone })
    .from(location)
    .where(tenant.where(location, eq(location.active, true)))
    .orderBy(asc(location.createdAt));
}

/** Active staff who take appointments. */
export async function bookablePractitioners(tenant: Tenant) {
  return tenant.db
    .select({ id: member.id, name: user.name })
    .from(member)
    .innerJoin(user, eq(user.id, member.userId))
    .where(
      and(
        eq(member.organizationId, tenant.orgId),
        eq(member.active, true),
        ne(member.role, "receptionist"),
      ),
    )
    .orderBy(asc(user.name));
}

/** The treatment service a plan's sessions are booked as: the clinic's first active one. */
export async function treatmentService(tenant: Tenant): Promise<string> {
  const [row] = await tenant.db
    .select({ id: service.id })
    .from(service)
    .where(tenant.where(service, eq(service.kind, "treatment"), eq(service.active, true)))
    .orderBy(asc(service.createdAt))
    .limit(1);
  if (!row) {
    throw unprocessable(
      "The clinic does not take treatment bookings online. Please contact them.",
      {
        code: "no_treatment_service",
      },
    );
  }
  return row.id;
}
