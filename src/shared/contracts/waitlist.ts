import { z } from "zod";
import { appointment } from "./appointments.ts";
import { entityId, isoDate, shortText, uuid } from "./common.ts";

const named = z.object({ id: z.string(), name: z.string() });

export const waitlistStatus = z.enum(["waiting", "offered", "booked", "withdrawn"]);
export type WaitlistStatus = z.infer<typeof waitlistStatus>;

export const waitlistOfferStatus = z.enum([
  "pending",
  "accepted",
  "declined",
  "expired",
  "withdrawn",
]);
export type WaitlistOfferStatus = z.infer<typeof waitlistOfferStatus>;

// ── Staff ────────────────────────────────────────────────────────────────────────────────────────

export const waitlistQuery = z.object({
  /** Omitted: the clinic's first location. */
  locationId: uuid.optional(),
  /** "open": waiting and offered only; "recent": also those booked or withdrawn in the last 30 days. */
  include: z.enum(["open", "recent"]).default("recent"),
});
export type WaitlistQuery = z.infer<typeof waitlistQuery>;

export const joinWaitlistInput = z
  .object({
    clientId: uuid,
    locationId: uuid,
    serviceId: uuid,
    /** Omitted or null: any practitioner. */
    practitionerId: entityId.nullable().optional(),
    /** Local dates (inclusive) in the location's zone that the client can make. */
    earliestDate: isoDate,
    latestDate: isoDate,
    /** The client's booked appointment to move earlier, if they have one. */
    appointmentId: uuid.nullable().optional(),
    notes: shortText(1000).optional(),
  })
  .refine((v) => v.latestDate >= v.earliestDate, {
    path: ["latestDate"],
    message: "must be on or after the earliest date",
  });
export type JoinWaitlistInput = z.infer<typeof joinWaitlistInput>;

export const waitlistOffer = z.object({
  id: uuid,
  status: waitlistOfferStatus,
  startsAt: z.string(),
  endsAt: z.string(),
  expiresAt: z.string(),
  practitioner: named,
  room: named.nullable(),
  respondedAt: z.string().nullable(),
  appointmentId: uuid.nullable(),
  createdAt: z.string(),
});
export type WaitlistOffer = z.infer<typeof waitlistOffer>;

export const waitlistEntry = z.object({
  id: uuid,
  /** Place in the queue among open entries at this location (1 = first); null once closed. */
  position: z.number().int().nullable(),
  status: waitlistStatus,
  client: z.object({
    id: uuid,
    name: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
  }),
  location: named,
  service: z.object({ id: uuid, name: z.string(), durationMin: z.number().int() }),
  /** null: any practitioner. */
  practitioner: named.nullable(),
  /** The appointment the client would move earlier. */
  appointment: z
    .object({ id: uuid, startsAt: z.string(), endsAt: z.string(), status: z.string() })
    .nullable(),
  earliestDate: z.string(),
  latestDate: z.string(),
  notes: z.string(),
  createdAt: z.string(),
  /** The newest offer: pending while offered, accepted once booked, else the last outcome. */
  offer: waitlistOffer.nullable(),
});
export type WaitlistEntry = z.infer<typeof waitlistEntry>;

export const waitlistView = z.object({
  location: z.object({ id: uuid, name: z.string(), timeZone: z.string() }),
  locations: z.array(named),
  services: z.array(z.object({ id: uuid, name: z.string(), durationMin: z.number().int() })),
  practitioners: z.array(named),
  /** In queue order: first come, first offered. */
  entries: z.array(waitlistEntry),
});
export type WaitlistView = z.infer<typeof waitlistView>;

export const waitlistOfferList = z.object({ items: z.array(waitlistOffer) });

export const waitlistAccepted = z.object({ entry: waitlistEntry, appointment });
export type WaitlistAccepted = z.infer<typeof waitlistAccepted>;

// ── Public: the client's link ────────────────────────────────────────────────────────────────────

/** The secret in the client's link: 32 random bytes, base64url. */
export const offerTokenParam = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, "must be the code from the link in your email"),
});

/** What the client sees on the offer page: enough to decide, nothing more. */
export const publicWaitlistOffer = z.object({
  /** "expired" also for a pending offer whose time is up. */
  status: waitlistOfferStatus,
  clinic: z.object({
    name: z.string(),
    primaryColour: z.string(),
    accentColour: z.string(),
    hasLogo: z.boolean(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    locale: z.string(),
  }),
  location: z.object({ name: z.string(), address: z.string(), timeZone: z.string() }),
  service: z.object({ name: z.string(), durationMin: z.number().int() }),
  practitionerName: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  expiresAt: z.string(),
  /** When accepting moves an appointment the client already has: its current start. */
  replaces: z.object({ startsAt: z.string() }).nullable(),
});
export type PublicWaitlistOffer = z.infer<typeof publicWaitlistOffer>;
