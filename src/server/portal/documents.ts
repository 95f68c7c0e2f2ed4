import { and, desc, eq, isNotNull } from "drizzle-orm";
import { createFormatter } from "../../domain/time/format.ts";
import type { PortalDocument } from "../../shared/contracts/portal.ts";
import {
  appointment,
  clinicSettings,
  location,
  treatmentPlan,
  treatmentSession,
} from "../db/schema/index.ts";
import type { Tenant } from "../db/tenant.ts";
import { notFound } from "../http/problem.ts";
import { consentDocuments } from "../use-cases/consents/status.ts";

export async function formatterFor(tenant: Tenant) {
  const [row] = await tenant.db
    .select({ locale: clinicSettings.locale, zone: location.timeZone })
    .from(location)
    .leftJoin(clinicSettings, eq(clinicSettings.orgId, location.orgId))
    .where(tenant.where(location))
    .orderBy(location.createdAt)
    .limit(1);
  return createFormatter({
    locale: row?.locale ?? "en-GB",
    timeZone: row?.zone ?? "Europe/London",
  });
}

/** The client's documents: accepted plans with their quote, signed consents, aftercare sheets. */
export async function portalDocuments(
  tenant: Tenant,
  clientId: string,
  slug: string,
): Promise<PortalDocument[]> {
  const fmt = await formatterFor(tenant);
  const base = `/api/portal/${encodeURIComponent(slug)}`;
  const plans = await tenant.db
    .select()
    .from(treatmentPlan)
    .where(
      tenant.where(
        treatmentPlan,
        eq(treatmentPlan.clientId, clientId),
        eq(treatmentPlan.status, "accepted"),
      ),
    )
    .orderBy(desc(treatmentPlan.acceptedAt));
  const consents = await consentDocuments(tenant, clientId);
  const sessions = await tenant.db
    .select({ appointmentId: treatmentSession.appointmentId, endsAt: appointment.endsAt })
    .from(treatmentSession)
    .innerJoin(appointment, eq(appointment.id, treatmentSession.appointmentId))
    .where(
      tenant.where(
        treatmentSession,
        eq(treatmentSession.clientId, clientId),
        eq(treatmentSession.status, "signed"),
      ),
    )
    .orderBy(desc(appointment.startsAt));
  return [
    ...plans.map((p) => ({
      kind: "plan" as const,
      title: "Treatment plan and quote",
      date: fmt.date((p.acceptedAt ?? p.createdAt).getTime()),
      note: `${p.plan.sessions.length} sessions · quote ${fmt.money(p.quote.totalPence)}`,
      url: p.pdfFile ? `${base}/documents/plans/${p.id}/pdf` : null,
    })),
    ...consents.map((d) => ({
      kind: "consent" as const,
      title: d.title,
      date: fmt.date(d.signedAt.getTime()),
      note: d.withdrawnAt
        ? `Withdrawn ${fmt.date(d.withdrawnAt.getTime())}`
        : `Version ${d.version}`,
      url: d.hasPdf ? `${base}/consents/${d.id}/pdf` : null,
    })),
    ...sessions.map((s) => ({
      kind: "aftercare" as const,
      title: "Aftercare sheet",
      date: fmt.date(s.endsAt.getTime()),
      note: null,
      url: `${base}/documents/aftercare/${s.appointmentId}/pdf`,
    })),
  ];
}

/** The signed PDF of one of the client's accepted plans. */
export async function clientPlanPdfFile(tenant: Tenant, clientId: string, planId: string) {
  const [row] = await tenant.db
    .select({ pdfFile: treatmentPlan.pdfFile, acceptedAt: treatmentPlan.acceptedAt })
    .from(treatmentPlan)
    .where(
      tenant.where(
        treatmentPlan,
        eq(treatmentPlan.id, planId),
        eq(treatmentPlan.clientId, clientId),
        isNotNull(treatmentPlan.pdfFile),
      ),
    );
  if (!row?.pdfFile) throw notFound("There is no such plan among your documents.");
  return { key: row.pdfFile, acceptedAt: row.acceptedAt };
}

/** Checks the appointment is one of the client's signed sessions (the aftercare sheet's source). */
export async function assertClientSignedSession(
  tenant: Tenant,
  clientId: string,
  appointmentId: string,
) {
  const [row] = await tenant.db
    .select({ id: treatmentSession.id })
    .from(treatmentSession)
    .where(
      tenant.where(
        treatmentSession,
        and(
          eq(treatmentSession.appointmentId, appointmentId),
          eq(treatmentSession.clientId, clientId),
          eq(treatmentSession.status, "signed"),
        ),
      ),
    );
  if (!row) throw notFound("There is no such aftercare sheet among your documents.");
}
