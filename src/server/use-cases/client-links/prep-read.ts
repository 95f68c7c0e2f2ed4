import { and, asc, desc, eq, gte, isNull } from "drizzle-orm";
import { INTAKE_QUESTIONNAIRE, questionnaireByVersion } from "../../../domain/screening/index.ts";
import type { PrepPhoto, PublicPrep } from "../../../shared/contracts/client-prep.ts";
import { audit } from "../../audit/audit.ts";
import {
  appointment,
  bookingRequest,
  client,
  clinicSettings,
  location,
  organization,
  scalpPhoto,
  service,
} from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";
import type { UrlSigner } from "../../files/signed-urls.ts";
import { presentPublicBrand, publicBrandColumns } from "../clinic/public-brand.ts";
import { PHOTO_URL_TTL_MS } from "../photos/photo-read.ts";
import { completedFor } from "./links.ts";
import { intakeLocked, type OpenedLink } from "./prep-link.ts";

/** The client's own photos sent for this consultation through any prep link, oldest first. */
export async function clientPrepPhotos(tenant: Tenant, consultationId: string) {
  return tenant.db
    .select()
    .from(scalpPhoto)
    .where(
      tenant.where(
        scalpPhoto,
        eq(scalpPhoto.consultationId, consultationId),
        eq(scalpPhoto.source, "client"),
        isNull(scalpPhoto.deletedAt),
      ),
    )
    .orderBy(asc(scalpPhoto.createdAt));
}

/**
 * The consultation appointment to mention: the one booked online with this consultation, else
 * the client's next booked consultation appointment (from a day ago, so "today" still shows).
 */
async function consultationAppointment(tenant: Tenant, opened: OpenedLink, now: Date) {
  const columns = {
    startsAt: appointment.startsAt,
    timeZone: location.timeZone,
    locationName: location.name,
  };
  const [booked] = await tenant.db
    .select(columns)
    .from(bookingRequest)
    .innerJoin(appointment, eq(appointment.id, bookingRequest.appointmentId))
    .innerJoin(location, eq(location.id, appointment.locationId))
    .where(
      tenant.where(
        bookingRequest,
        eq(bookingRequest.consultationId, opened.consultation.id),
        eq(appointment.status, "booked"),
      ),
    )
    .orderBy(desc(bookingRequest.createdAt))
    .limit(1);
  if (booked) return booked;
  const [next] = await tenant.db
    .select(columns)
    .from(appointment)
    .innerJoin(service, eq(service.id, appointment.serviceId))
    .innerJoin(location, eq(location.id, appointment.locationId))
    .where(
      tenant.where(
        appointment,
        and(
          eq(appointment.clientId, opened.link.clientId),
          eq(appointment.status, "booked"),
          eq(service.kind, "consultation"),
          gte(appointment.startsAt, new Date(now.getTime() - 86_400_000)),
        ),
      ),
    )
    .orderBy(asc(appointment.startsAt))
    .limit(1);
  return next ?? null;
}

/**
 * What the client's page shows, audited as a read of the intake and photos by the client through
 * the link (the first such read is when the client opened it).
 */
export async function presentPrep(
  opened: OpenedLink,
  ctx: { signer: UrlSigner; now: Date; ip: string | null },
): Promise<PublicPrep> {
  const { tenant, link, consultation: k } = opened;
  const [row] = await tenant.db
    .select({
      firstName: client.firstName,
      clinicName: organization.name,
      settings: publicBrandColumns,
    })
    .from(client)
    .innerJoin(organization, eq(organization.id, client.orgId))
    .leftJoin(clinicSettings, eq(clinicSettings.orgId, client.orgId))
    .where(tenant.where(client, eq(client.id, link.clientId)));
  if (!row) throw new Error("client link without its client");
  const appt = await consultationAppointment(tenant, opened, ctx.now);
  const photos = link.scopes.includes("photos") ? await clientPrepPhotos(tenant, k.id) : [];
  const expires = ctx.now.getTime() + PHOTO_URL_TTL_MS;
  const questionnaire =
    (k.intakeVersion ? questionnaireByVersion(k.intakeVersion) : null) ?? INTAKE_QUESTIONNAIRE;
  const showIntake = link.scopes.includes("intake");
  const progress = (await completedFor(tenant, [k.id])).get(k.id);
  await audit(tenant.db, {
    orgId: tenant.orgId,
    actorUserId: null,
    action: "read",
    entity: "client_link",
    entityId: link.id,
    ip: ctx.ip,
    details: {
      via: "client_link",
      consultationId: k.id,
      intake: showIntake && Boolean(k.intakeAnswers),
      photoIds: photos.map((p) => p.id),
    },
  });
  return {
    clinic: presentPublicBrand(row.clinicName, row.settings),
    firstName: row.firstName,
    appointment: appt
      ? {
          startsAt: appt.startsAt.toISOString(),
          timeZone: appt.timeZone,
          mode: k.mode,
          locationName: appt.locationName,
        }
      : null,
    scopes: link.scopes,
    expiresAt: link.expiresAt.toISOString(),
    photos: photos.map(
      (p): PrepPhoto => ({
        id: p.id,
        view: p.view,
        viewLabel: p.viewLabel,
        thumbUrl: ctx.signer.sign(
          { orgId: tenant.orgId, photoId: p.id, variant: "thumb" },
          expires,
        ),
        takenAt: p.takenAt.toISOString(),
      }),
    ),
    photosSubmittedAt: progress?.photosAt?.toISOString() ?? null,
    intake: {
      questionnaire: questionnaire as unknown as PublicPrep["intake"]["questionnaire"],
      // Answers the clinic entered itself are theirs; the client sees only their own.
      answers:
        showIntake && k.intakeSource === "client"
          ? (k.intakeAnswers as Record<string, boolean | string | string[]>)
          : {},
      submittedAt: progress?.intakeAt?.toISOString() ?? null,
      locked: !showIntake || intakeLocked(k),
    },
  };
}
