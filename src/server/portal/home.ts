import { asc, desc, eq, gt, inArray } from "drizzle-orm";
import { localDateOf } from "../../domain/messaging/clock.ts";
import { createFormatter } from "../../domain/time/format.ts";
import type { PortalHome } from "../../shared/contracts/portal.ts";
import {
  appointment,
  clinicSettings,
  course,
  location,
  member,
  service,
  treatmentPlan,
  treatmentSession,
  user,
} from "../db/schema/index.ts";
import type { Tenant } from "../db/tenant.ts";
import { aftercarePdfInput } from "../documents/aftercare-pdf-context.ts";
import { pendingPrepFor } from "../use-cases/client-links/links.ts";
import { consentsToSign } from "../use-cases/consents/status.ts";
import { loadMessagingSettings } from "../use-cases/messaging/settings-store.ts";
import { effectiveTemplate, loadTemplateOverrides } from "../use-cases/messaging/template-store.ts";

const address = (l: {
  addressLine1: string;
  addressLine2: string;
  city: string;
  postcode: string;
}) =>
  [l.addressLine1, l.addressLine2, l.city, l.postcode]
    .map((p) => p.trim())
    .filter(Boolean)
    .join(", ");

async function clinicLocale(tenant: Tenant) {
  const [row] = await tenant.db
    .select({ locale: clinicSettings.locale })
    .from(clinicSettings)
    .where(eq(clinicSettings.orgId, tenant.orgId));
  return row?.locale ?? "en-GB";
}

/** The "Please bring: ..." line of the clinic's own eve-of-session message, if it has one. */
async function whatToBring(tenant: Tenant): Promise<string | null> {
  const { settings } = await loadMessagingSettings(tenant);
  const text = effectiveTemplate(
    await loadTemplateOverrides(tenant),
    "pre-care-eve",
    "email",
    settings.discreet,
  );
  const line = text.body.split("\n").find((l) => /^please bring:/i.test(l.trim()));
  return line ? line.trim().replace(/^please bring:\s*/i, "") : null;
}

export async function nextAppointment(tenant: Tenant, clientId: string, now: Date, locale: string) {
  const [row] = await tenant.db
    .select({
      id: appointment.id,
      startsAt: appointment.startsAt,
      endsAt: appointment.endsAt,
      serviceName: service.name,
      serviceKind: service.kind,
      practitionerName: user.name,
      location,
    })
    .from(appointment)
    .innerJoin(service, eq(service.id, appointment.serviceId))
    .innerJoin(location, eq(location.id, appointment.locationId))
    .innerJoin(member, eq(member.id, appointment.practitionerId))
    .innerJoin(user, eq(user.id, member.userId))
    .where(
      tenant.where(
        appointment,
        eq(appointment.clientId, clientId),
        eq(appointment.status, "booked"),
        gt(appointment.endsAt, now),
      ),
    )
    .orderBy(asc(appointment.startsAt))
    .limit(1);
  if (!row) return null;
  const fmt = createFormatter({ locale, timeZone: row.location.timeZone });
  const start = row.startsAt.getTime();
  const treatment = row.serviceKind === "treatment" || row.serviceKind === "touch_up";
  return {
    id: row.id,
    startsAt: row.startsAt.toISOString(),
    when: `${fmt.weekdayDate(start)}, ${fmt.timeRange(start, row.endsAt.getTime())}`,
    day: fmt.relativeDay(start, now.getTime()),
    timeZone: row.location.timeZone,
    serviceName: row.serviceName,
    practitionerName: row.practitionerName,
    location: { name: row.location.name, address: address(row.location) },
    whatToBring: treatment ? await whatToBring(tenant) : null,
  };
}

/** The latest accepted plan and how far the client is through its sessions. */
async function planProgress(
  tenant: Tenant,
  clientId: string,
  now: Date,
  locale: string,
  zone: string,
) {
  const [plan] = await tenant.db
    .select()
    .from(treatmentPlan)
    .where(
      tenant.where(
        treatmentPlan,
        eq(treatmentPlan.clientId, clientId),
        eq(treatmentPlan.status, "accepted"),
      ),
    )
    .orderBy(desc(treatmentPlan.acceptedAt))
    .limit(1);
  if (!plan) return null;
  const courses = await tenant.db
    .select({ id: course.id })
    .from(course)
    .where(tenant.where(course, eq(course.planId, plan.id)));
  const sessions = courses.length
    ? await tenant.db
        .select({
          status: appointment.status,
          endsAt: appointment.endsAt,
          signed: treatmentSession.signedAt,
        })
        .from(appointment)
        .leftJoin(treatmentSession, eq(treatmentSession.appointmentId, appointment.id))
        .where(
          tenant.where(
            appointment,
            inArray(
              appointment.courseId,
              courses.map((c) => c.id),
            ),
          ),
        )
    : [];
  const done = sessions.filter((s) => s.signed !== null || s.status === "completed").length;
  const booked = sessions.filter(
    (s) => s.status === "booked" && s.signed === null && s.endsAt > now,
  ).length;
  const planned = plan.plan.sessions.length;
  const fmt = createFormatter({ locale, timeZone: zone });
  return {
    id: plan.id,
    acceptedOn: fmt.date((plan.acceptedAt ?? plan.createdAt).getTime()),
    sessionsPlanned: planned,
    done,
    booked,
    toBook: Math.max(0, planned - done - booked),
    hasPdf: plan.pdfFile !== null,
  };
}

/** Today's line of the aftercare timeline of the client's last signed session, while it runs. */
async function aftercareToday(tenant: Tenant, clientId: string, now: Date) {
  const [last] = await tenant.db
    .select({ appointmentId: treatmentSession.appointmentId })
    .from(treatmentSession)
    .where(
      tenant.where(
        treatmentSession,
        eq(treatmentSession.clientId, clientId),
        eq(treatmentSession.status, "signed"),
      ),
    )
    .orderBy(desc(treatmentSession.signedAt))
    .limit(1);
  if (!last) return null;
  const input = await aftercarePdfInput(tenant, last.appointmentId).catch(() => null);
  if (!input) return null;
  const zone = input.fmt.timeZone;
  const since = localDateOf(input.sessionEnded, zone).until(localDateOf(now.getTime(), zone)).days;
  if (since < 0) return null;
  const entry = [...input.sheet.timeline].reverse().find((e) => e.day <= since);
  const lastDay = input.sheet.timeline.at(-1)?.day ?? 0;
  if (!entry || since > Math.max(lastDay, entry.day)) return null;
  return {
    appointmentId: last.appointmentId,
    sessionOn: input.fmt.date(input.sessionEnded),
    day: since,
    title: entry.title,
    lines: entry.lines,
  };
}

/** Everything the portal home shows the signed-in client. */
export async function portalHome(tenant: Tenant, clientId: string, now: Date): Promise<PortalHome> {
  const locale = await clinicLocale(tenant);
  const [firstLocation] = await tenant.db
    .select({ timeZone: location.timeZone })
    .from(location)
    .where(tenant.where(location))
    .orderBy(asc(location.createdAt))
    .limit(1);
  const zone = firstLocation?.timeZone ?? "Europe/London";
  const fmt = createFormatter({ locale, timeZone: zone });
  const [next, plan, aftercare, prep, consents] = await Promise.all([
    nextAppointment(tenant, clientId, now, locale),
    planProgress(tenant, clientId, now, locale, zone),
    aftercareToday(tenant, clientId, now),
    pendingPrepFor(tenant, clientId, now),
    consentsToSign(tenant, clientId),
  ]);
  return {
    nextAppointment: next,
    plan,
    aftercareToday: aftercare,
    pendingForms: {
      prep: prep.map((p) => ({
        consultationId: p.consultationId,
        url: p.url,
        intakeDone: p.intakeDone,
        photosDone: p.photosDone,
        needsIntake: p.scopes.includes("intake"),
        needsPhotos: p.scopes.includes("photos"),
        expires: fmt.dateTime(p.expiresAt.getTime()),
      })),
      consents: consents.map((c) => ({ kind: c.kind, title: c.title, version: c.version })),
    },
  };
}
