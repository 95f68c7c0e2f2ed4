import { z } from "zod";
import { email, entityId, isoDate, phone, requiredText, shortText, uuid } from "./common.ts";

/**
 * Online booking: the public API the booking widget and the hosted page `/book/{slug}` call,
 * under `/api/public/booking/{slug}/...`, without sign-in or cookies; and the clinic's settings.
 *
 * The flow: GET config → GET slots → POST hold (a booking request holding one slot) → POST
 * details (sends a 6-digit code by email) → POST confirm with the code. The request id returned by
 * the hold is the key to the later steps, always together with the clinic's slug.
 */

export const consultationModes = ["in_person", "video", "phone"] as const;
export const consultationMode = z.enum(consultationModes);
export type PublicConsultationMode = z.infer<typeof consultationMode>;

export const norwoodEstimateStages = ["I", "II", "III", "IIIv", "IV", "V", "VI", "VII"] as const;
export const ludwigEstimateStages = ["I", "II", "III"] as const;

/** The picture the person chose in the estimate step. */
export const estimateChoice = z.discriminatedUnion("scale", [
  z.object({ scale: z.literal("norwood"), stage: z.enum(norwoodEstimateStages) }),
  z.object({ scale: z.literal("ludwig"), stage: z.enum(ludwigEstimateStages) }),
]);
export type EstimateChoice = z.infer<typeof estimateChoice>;

// ── Params ───────────────────────────────────────────────────────────────────────────────────────

export const slugParam = z.object({
  slug: z
    .string()
    .min(1)
    .max(100)
    .regex(/^[a-z0-9-]+$/, "must be a clinic's booking address"),
});
export const requestParam = slugParam.extend({ requestId: uuid });

// ── Config ───────────────────────────────────────────────────────────────────────────────────────

const range = z.object({ min: z.number().int(), max: z.number().int() });

/** One stage of a scale with what a course usually takes at this clinic. */
export const estimateStage = z.object({
  stage: z.string(),
  /** e.g. "Norwood III vertex". */
  label: z.string(),
  sessions: range,
  pricePence: range,
  /** e.g. "£850 – £1,500" or "£850". */
  priceText: z.string(),
});
export type EstimateStage = z.infer<typeof estimateStage>;

export const publicEstimate = z.object({
  norwood: z.array(estimateStage),
  ludwig: z.array(estimateStage),
  /** Plain wording shown under the figures (an estimate, confirmed at the consultation). */
  note: z.string(),
});
export type PublicEstimate = z.infer<typeof publicEstimate>;

export const publicBookingConfig = z.object({
  slug: z.string(),
  clinic: z.object({
    name: z.string(),
    primaryColour: z.string(),
    accentColour: z.string(),
    hasLogo: z.boolean(),
    /** Absolute URL of the logo, when the clinic has one. */
    logoUrl: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    locale: z.string(),
  }),
  intro: z.string(),
  /** Consultation services only; treatment sessions are never booked here. */
  services: z.array(
    z.object({
      id: uuid,
      name: z.string(),
      description: z.string(),
      durationMin: z.number().int(),
      pricePence: z.number().int(),
      /** "Free" or "£50.00". */
      priceText: z.string(),
    }),
  ),
  modes: z.array(z.object({ id: consultationMode, label: z.string() })),
  locations: z.array(
    z.object({
      id: uuid,
      name: z.string(),
      /** One line, e.g. "12 High Street, Southampton SO14 2AA". */
      address: z.string(),
      timeZone: z.string(),
    }),
  ),
  /** Practitioners who take consultations: display names only. */
  practitioners: z.array(z.object({ id: z.string(), name: z.string() })),
  /** Null when the clinic hides the estimate step. */
  estimate: publicEstimate.nullable(),
  /** How long a chosen time is held while the person completes the form. */
  holdMinutes: z.number().int(),
  /** How long an emailed code stays valid. */
  codeMinutes: z.number().int(),
  /** The widest slot window one request may ask for. */
  maxSlotDays: z.number().int(),
});
export type PublicBookingConfig = z.infer<typeof publicBookingConfig>;

// ── Slots ────────────────────────────────────────────────────────────────────────────────────────

export const MAX_PUBLIC_SLOT_DAYS = 14;

export const publicSlotsQuery = z.object({
  serviceId: uuid,
  locationId: uuid,
  /** A practitioner's id, or "any" (the default). */
  practitionerId: z.union([z.literal("any"), entityId]).default("any"),
  /** First local date, in the location's zone. */
  from: isoDate,
  days: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_PUBLIC_SLOT_DAYS, `must be at most ${MAX_PUBLIC_SLOT_DAYS} days`)
    .default(7),
});
export type PublicSlotsQuery = z.infer<typeof publicSlotsQuery>;

export const publicSlot = z.object({
  startsAt: z.string(),
  endsAt: z.string(),
  /** Local date (YYYY-MM-DD) and time text ("09:30") in the location's zone. */
  date: z.string(),
  time: z.string(),
});
export type PublicSlot = z.infer<typeof publicSlot>;

export const publicSlots = z.object({
  timeZone: z.string(),
  from: z.string(),
  /** Exclusive. */
  to: z.string(),
  durationMin: z.number().int(),
  slots: z.array(publicSlot),
});
export type PublicSlots = z.infer<typeof publicSlots>;

// ── Hold ─────────────────────────────────────────────────────────────────────────────────────────

export const publicHoldInput = z.object({
  serviceId: uuid,
  locationId: uuid,
  /** A practitioner's id, or "any": a free one is picked. */
  practitionerId: z.union([z.literal("any"), entityId]).default("any"),
  startsAt: z.iso.datetime({ offset: true, message: "must be a date and time" }),
  /** A pending request of this clinic to give up (the person chose another time). */
  replacesRequestId: uuid.optional(),
});
export type PublicHoldInput = z.infer<typeof publicHoldInput>;

export const bookingRequestView = z.object({
  requestId: uuid,
  status: z.enum(["pending", "confirmed", "expired", "abandoned"]),
  startsAt: z.string(),
  endsAt: z.string(),
  /** "Tuesday 1 December 2026 at 10:30", in the location's zone. */
  whenText: z.string(),
  timeZone: z.string(),
  serviceName: z.string(),
  locationName: z.string(),
  practitionerName: z.string(),
  /** When the held time is released unless confirmed. */
  holdExpiresAt: z.string(),
  /** Set once details are given and a code was sent. */
  codeSentTo: z.string().nullable(),
  codeExpiresAt: z.string().nullable(),
  /** Seconds until another code may be requested (0 = now); null before the first code. */
  resendAfterSeconds: z.number().int().nullable(),
});
export type BookingRequestView = z.infer<typeof bookingRequestView>;

// ── Details and code ─────────────────────────────────────────────────────────────────────────────

export const publicDetailsInput = z.object({
  firstName: requiredText("First name", 80),
  lastName: requiredText("Last name", 80),
  email,
  phone: z.union([phone, z.literal("")]).optional(),
  estimate: estimateChoice.nullable().optional(),
  mode: consultationMode,
});
export type PublicDetailsInput = z.infer<typeof publicDetailsInput>;

export const publicConfirmInput = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, "must be the 6-digit code from the email"),
});
export type PublicConfirmInput = z.infer<typeof publicConfirmInput>;

export const publicBookingConfirmed = z.object({
  requestId: uuid,
  appointment: z.object({
    id: uuid,
    startsAt: z.string(),
    endsAt: z.string(),
    /** "Tuesday 1 December 2026 at 10:30". */
    whenText: z.string(),
    timeZone: z.string(),
    serviceName: z.string(),
    mode: consultationMode,
    modeLabel: z.string(),
    locationName: z.string(),
    locationAddress: z.string(),
    practitionerName: z.string(),
  }),
  /** Absolute URL of the page where the client uploads photos and fills the intake. */
  prepUrl: z.string(),
});
export type PublicBookingConfirmed = z.infer<typeof publicBookingConfirmed>;

// ── Settings (staff) ─────────────────────────────────────────────────────────────────────────────

/**
 * An origin a clinic's website is served from: https://host[:port], or http://localhost[:port]
 * (and 127.0.0.1) for trying things out; no path, query or trailing slash.
 */
export const embedOrigin = z
  .string()
  .trim()
  .max(200, "must be at most 200 characters")
  .refine(
    (v) =>
      /^https:\/\/[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?$/i.test(
        v,
      ) || /^http:\/\/(localhost|127\.0\.0\.1)(:\d{1,5})?$/i.test(v),
    "must be a website address like https://www.example.co.uk (https, no path or slash at the end; http only for localhost)",
  )
  .transform((v) => v.toLowerCase());

export const publicBookingSettingsView = z.object({
  enabled: z.boolean(),
  intro: z.string(),
  showEstimate: z.boolean(),
  embedOrigins: z.array(z.string()),
  /** The clinic's booking address (in /book/{slug} and the widget's data-clinic). */
  slug: z.string(),
  /** Absolute URLs for the snippet and the link to the hosted page. */
  widgetScriptUrl: z.string(),
  hostedPageUrl: z.string(),
  updatedAt: z.string().nullable(),
});
export type PublicBookingSettingsView = z.infer<typeof publicBookingSettingsView>;

export const savePublicBookingSettingsInput = z.object({
  enabled: z.boolean(),
  intro: shortText(1000),
  showEstimate: z.boolean(),
  embedOrigins: z
    .array(embedOrigin)
    .max(20, "at most 20 websites")
    .refine((list) => new Set(list).size === list.length, "lists the same website twice"),
});
export type SavePublicBookingSettingsInput = z.infer<typeof savePublicBookingSettingsInput>;
