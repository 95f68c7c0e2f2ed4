import { and, asc, eq, ne } from "drizzle-orm";
import { formatPence } from "../../../domain/planning/index.ts";
import {
  MAX_PUBLIC_SLOT_DAYS,
  type PublicBookingConfig,
  type PublicConsultationMode,
} from "../../../shared/contracts/public-booking.ts";
import type { Executor } from "../../db/client.ts";
import { clinicSettings, location, member, service, user } from "../../db/schema/index.ts";
import { createTenant, type Tenant } from "../../db/tenant.ts";
import { notFound } from "../../http/problem.ts";
import { presentPublicBrand, publicBrandColumns } from "../clinic/public-brand.ts";
import { loadClinicalSettings } from "../consultations/clinical-settings-store.ts";
import { loadBookingPolicy } from "../scheduling/booking-policy-store.ts";
import { publicEstimate } from "./estimate.ts";
import { gone, PUBLIC_BOOKING_LIMITS } from "./limits.ts";
import { loadPublicBookingBySlug, type PublicBookingSettings } from "./settings-store.ts";

export interface PublicClinic {
  tenant: Tenant;
  settings: PublicBookingSettings;
}

/**
 * The clinic a public booking URL names, with a Tenant bound to it: 404 when no clinic has the
 * slug, 410 when the clinic has switched online booking off.
 */
export async function openPublicClinic(db: Executor, slug: string): Promise<PublicClinic> {
  const settings = await loadPublicBookingBySlug(db, slug);
  if (!settings) throw notFound("There is no clinic at this booking address.");
  if (!settings.enabled) {
    throw gone(
      `${settings.name} is not taking bookings online at the moment. Please contact the clinic.`,
      { title: "Online booking is off" },
    );
  }
  return { settings, tenant: createTenant(db, settings.orgId) };
}

export const MODE_LABELS: Record<PublicConsultationMode, string> = {
  in_person: "In person",
  video: "Video call",
  phone: "Phone call",
};

/** One line of a location's address, without empty parts. */
export function addressLine(l: {
  addressLine1: string;
  addressLine2: string;
  city: string;
  postcode: string;
}): string {
  const town = [l.city, l.postcode].filter(Boolean).join(" ");
  return [l.addressLine1, l.addressLine2, town].filter(Boolean).join(", ");
}

/** Practitioners who take consultations (not receptionists), by display name only. */
export async function publicPractitioners(tenant: Tenant) {
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
    .orderBy(asc(user.name), asc(member.id));
}

/** Everything the widget needs to start: brand, services, modes, places, people and the estimate. */
export async function publicBookingConfig(
  clinic: PublicClinic,
  publicUrl: string,
): Promise<PublicBookingConfig> {
  const { tenant, settings } = clinic;
  const [brandRow] = await tenant.db
    .select(publicBrandColumns)
    .from(clinicSettings)
    .where(eq(clinicSettings.orgId, tenant.orgId));
  const brand = presentPublicBrand(settings.name, brandRow ?? null);
  const [services, locations, practitioners, policy, clinical] = await Promise.all([
    tenant.db
      .select()
      .from(service)
      .where(tenant.where(service, eq(service.kind, "consultation"), eq(service.active, true)))
      .orderBy(asc(service.name), asc(service.id)),
    tenant.db
      .select()
      .from(location)
      .where(tenant.where(location, eq(location.active, true)))
      .orderBy(asc(location.name), asc(location.id)),
    publicPractitioners(tenant),
    loadBookingPolicy(tenant),
    settings.showEstimate ? loadClinicalSettings(tenant) : Promise.resolve(null),
  ]);
  return {
    slug: settings.slug,
    clinic: {
      ...brand,
      logoUrl: brand.hasLogo ? `${publicUrl}/api/public/booking/${settings.slug}/logo` : null,
    },
    intro: settings.intro,
    services: services.map((s) => ({
      id: s.id,
      name: s.name,
      description: s.description,
      durationMin: s.durationMin,
      pricePence: s.pricePence,
      priceText: s.pricePence === 0 ? "Free" : formatPence(s.pricePence),
    })),
    modes: (Object.keys(MODE_LABELS) as PublicConsultationMode[]).map((id) => ({
      id,
      label: MODE_LABELS[id],
    })),
    locations: locations.map((l) => ({
      id: l.id,
      name: l.name,
      address: addressLine(l),
      timeZone: l.timeZone,
    })),
    practitioners,
    estimate: clinical && !clinical.invalid ? publicEstimate(clinical.settings) : null,
    holdMinutes: policy.policy.holdMinutes,
    codeMinutes: PUBLIC_BOOKING_LIMITS.codeMinutes,
    maxSlotDays: MAX_PUBLIC_SLOT_DAYS,
  };
}
