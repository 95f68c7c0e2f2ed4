import { z } from "zod";
import { email, uuid } from "./common.ts";

/**
 * The client portal (/api/portal/{slug}/...): sign-in by an emailed code, then the signed-in
 * client's own home, documents and shared photos. The client is always the signed-in one: no
 * route takes a client id.
 */

export const portalSlugParam = z.object({
  slug: z
    .string()
    .min(1)
    .max(100)
    .regex(/^[a-z0-9-]+$/, "must be the clinic's address, like southampton-smp-studio"),
});

/** The clinic's name and colours, for the portal's pages (public: shown before sign-in). */
export const portalBrand = z.object({
  slug: z.string(),
  name: z.string(),
  primaryColour: z.string(),
  accentColour: z.string(),
  hasLogo: z.boolean(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
});
export type PortalBrand = z.infer<typeof portalBrand>;

export const portalCodeRequest = z.object({ email });
export const portalCodeSent = z.object({
  /** Always true: the answer is the same whether or not the email belongs to a client. */
  sent: z.literal(true),
  expiresInMinutes: z.number().int(),
});

export const portalCodeVerify = z.object({
  email,
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, "must be the 6-digit code from the email"),
});
export const portalSignedIn = z.object({ signedIn: z.literal(true) });

export const portalMe = z.object({
  clientId: uuid,
  firstName: z.string(),
  /** Preferred name when set, else first name: how the portal greets them. */
  displayName: z.string(),
  lastName: z.string(),
  email: z.string(),
  clinic: portalBrand,
});
export type PortalMe = z.infer<typeof portalMe>;

// ── Home ────────────────────────────────────────────────────────────────────────────────────────

export const portalNextAppointment = z.object({
  id: uuid,
  startsAt: z.string(),
  /** "Tue 24 Nov 2026, 10:00–13:00" in the location's zone. */
  when: z.string(),
  /** "today", "tomorrow" or the weekday date. */
  day: z.string(),
  timeZone: z.string(),
  serviceName: z.string(),
  practitionerName: z.string(),
  location: z.object({ name: z.string(), address: z.string() }),
  /** From the clinic's own pre-visit message ("Please bring: ..."), for treatment sessions. */
  whatToBring: z.string().nullable(),
});

export const portalPlanProgress = z.object({
  id: uuid,
  /** dd/mm/yyyy */
  acceptedOn: z.string(),
  sessionsPlanned: z.number().int(),
  done: z.number().int(),
  booked: z.number().int(),
  toBook: z.number().int(),
  hasPdf: z.boolean(),
});

export const portalAftercareToday = z.object({
  appointmentId: uuid,
  /** The session's date, dd/mm/yyyy. */
  sessionOn: z.string(),
  /** Days since the session (0 = the day of the session). */
  day: z.number().int(),
  title: z.string(),
  lines: z.array(z.string()),
});

export const portalPendingForms = z.object({
  prep: z.array(
    z.object({
      consultationId: uuid,
      url: z.string(),
      intakeDone: z.boolean(),
      photosDone: z.boolean(),
      needsIntake: z.boolean(),
      needsPhotos: z.boolean(),
      /** dd/mm/yyyy, hh:mm */
      expires: z.string(),
    }),
  ),
  consents: z.array(z.object({ kind: z.string(), title: z.string(), version: z.number().int() })),
});

export const portalHome = z.object({
  nextAppointment: portalNextAppointment.nullable(),
  plan: portalPlanProgress.nullable(),
  aftercareToday: portalAftercareToday.nullable(),
  pendingForms: portalPendingForms,
});
export type PortalHome = z.infer<typeof portalHome>;

// ── Documents ───────────────────────────────────────────────────────────────────────────────────

export const portalDocument = z.object({
  kind: z.enum(["plan", "consent", "aftercare"]),
  title: z.string(),
  /** dd/mm/yyyy */
  date: z.string(),
  /** Extra line, e.g. the quote's total or "Withdrawn". */
  note: z.string().nullable(),
  /** Same-origin URL of the PDF, or null when there is no copy yet. */
  url: z.string().nullable(),
});
export const portalDocuments = z.object({ documents: z.array(portalDocument) });
export type PortalDocuments = z.infer<typeof portalDocuments>;
export type PortalDocument = z.infer<typeof portalDocument>;

export const portalPlanParam = portalSlugParam.extend({ planId: uuid });
export const portalAppointmentParam = portalSlugParam.extend({ appointmentId: uuid });

// ── Photos ──────────────────────────────────────────────────────────────────────────────────────

export const portalPhoto = z.object({
  id: uuid,
  viewLabel: z.string(),
  /** dd/mm/yyyy */
  takenOn: z.string(),
  sharedOn: z.string(),
  width: z.number().int(),
  height: z.number().int(),
  /** Signed, short-lived URLs. */
  thumbUrl: z.string(),
  url: z.string(),
});
export const portalPhotos = z.object({ photos: z.array(portalPhoto) });
export type PortalPhoto = z.infer<typeof portalPhoto>;

/** Staff: share a photo with the client in their portal, or stop sharing it. */
export const photoShareBody = z.object({ shared: z.boolean() });
export const photoShareResult = z.object({ id: uuid, sharedWithClientAt: z.string().nullable() });
