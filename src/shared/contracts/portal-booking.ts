import { z } from "zod";
import { checkInAnswer } from "./check-ins.ts";
import { entityId, isoDate, isoInstant, shortText, uuid } from "./common.ts";
import { courseSessionChoice, preferredTimes } from "./scheduling.ts";

/**
 * What a signed-in client does with appointments in the portal (/api/portal/{slug}/...): book the
 * sessions of their accepted plan, reschedule or cancel within the clinic's booking rules, join
 * the waitlist, answer check-ins and report a concern. The client is always the signed-in one.
 */

const named = z.object({ id: z.string(), name: z.string() });

export const planIdParam = z.object({ slug: z.string().min(1).max(100), planId: uuid });
export const appointmentIdParam = z.object({ slug: z.string().min(1).max(100), id: uuid });
export const entryIdParam = appointmentIdParam;
export const holdGroupParam = z.object({ slug: z.string().min(1).max(100), groupId: uuid });

// ── Appointments ────────────────────────────────────────────────────────────────────────────────

export const portalAppointment = z.object({
  id: uuid,
  startsAt: z.string(),
  endsAt: z.string(),
  /** "Tue 24 Nov 2026, 10:00–13:00" in the location's zone. */
  when: z.string(),
  timeZone: z.string(),
  status: z.enum(["booked", "completed", "cancelled", "no_show"]),
  version: z.number().int(),
  serviceName: z.string(),
  serviceKind: z.string(),
  practitioner: named,
  location: named,
  /** Session n of a booked course. */
  courseSession: z.number().int().nullable(),
  /** Whether the client may reschedule or cancel it here; `changeNote` says why not. */
  canChange: z.boolean(),
  changeNote: z.string().nullable(),
});
export type PortalAppointment = z.infer<typeof portalAppointment>;

export const portalAppointments = z.object({
  upcoming: z.array(portalAppointment),
  past: z.array(portalAppointment),
});
export type PortalAppointments = z.infer<typeof portalAppointments>;

/** What changing an appointment now means under the clinic's booking rules. */
export const changeTerms = z.object({
  reschedule: z.object({
    allowed: z.boolean(),
    /** Plain words for the client, shown before they confirm. */
    message: z.string(),
    /** Moves left after this one; null when the clinic sets no limit. */
    remaining: z.number().int().nullable(),
  }),
  cancel: z.object({ late: z.boolean(), forfeitsDeposit: z.boolean(), message: z.string() }),
});
export type ChangeTerms = z.infer<typeof changeTerms>;

export const rescheduleOptionsQuery = z.object({
  /** First local date to look from; default the first day the move may go to. */
  from: isoDate.optional(),
  days: z.coerce.number().int().min(1).max(42).default(14),
});

export const rescheduleOptions = z.object({
  terms: changeTerms,
  timeZone: z.string(),
  /** The local dates the appointment may move to (a course session keeps its healing gaps). */
  window: z.object({ from: z.string(), toInclusive: z.string() }).nullable(),
  /** Why the window is what it is, in plain words ("at least 10 days after session 1"). */
  windowNote: z.string().nullable(),
  slots: z.array(
    z.object({
      startsAt: z.string(),
      endsAt: z.string(),
      when: z.string(),
      roomId: z.string().nullable(),
    }),
  ),
});
export type RescheduleOptions = z.infer<typeof rescheduleOptions>;

export const rescheduleInput = z.object({
  startsAt: isoInstant,
  roomId: uuid.nullable().optional(),
  /** The version the client was looking at. */
  version: z.number().int().min(1),
});
export type RescheduleInput = z.infer<typeof rescheduleInput>;

export const reschedulePreviewQuery = z.object({ startsAt: isoInstant, roomId: uuid.optional() });

export const reschedulePreview = z.object({
  ok: z.boolean(),
  /** Why the move cannot be made, when not ok. */
  problem: z.string().nullable(),
  /** The consequence under the booking rules, shown before confirming. */
  message: z.string(),
  when: z.string(),
});
export type ReschedulePreview = z.infer<typeof reschedulePreview>;

export const cancelInput = z.object({
  reason: shortText(500).optional(),
  version: z.number().int().min(1),
});

// ── Course ───────────────────────────────────────────────────────────────────────────────────────

export const portalPlanSession = z.object({
  session: z.number().int(),
  durationMin: z.number().int(),
  appointment: portalAppointment.nullable(),
});

export const portalPlan = z.object({
  id: uuid,
  acceptedAt: z.string().nullable(),
  sessions: z.array(portalPlanSession),
  gaps: z.array(
    z.object({ session: z.number().int(), minDays: z.number().int(), maxDays: z.number().int() }),
  ),
  /** to_book: ready to book here; booked: every session has a time; blocked: see `message`. */
  status: z.enum(["to_book", "booked", "blocked"]),
  message: z.string().nullable(),
  /** First date sessions may start (a deferral the practitioner set); null: from today. */
  earliestDate: z.string().nullable(),
  /** The practitioner of the plan's consultation, proposed first. */
  practitioner: named.nullable(),
});
export type PortalPlan = z.infer<typeof portalPlan>;

export const portalPlans = z.object({
  items: z.array(portalPlan),
  locations: z.array(z.object({ id: uuid, name: z.string(), timeZone: z.string() })),
  practitioners: z.array(named),
});
export type PortalPlans = z.infer<typeof portalPlans>;

export const portalProposalInput = z.object({
  locationId: uuid,
  /** Default: the plan's practitioner. */
  practitionerId: entityId.optional(),
  onlyPreferred: z.boolean().default(false),
  fromDate: isoDate.optional(),
  preferredWeekdays: z.array(z.number().int().min(1).max(7)).max(7).default([]),
  preferredTime: z.enum(preferredTimes).default("any"),
  pinned: z
    .array(z.object({ session: z.number().int().min(1).max(12), startsAt: isoInstant }))
    .max(12)
    .default([]),
  holdGroupId: uuid.optional(),
});
export type PortalProposalInput = z.infer<typeof portalProposalInput>;

export const sessionTimesQuery = z.object({
  session: z.coerce.number().int().min(1).max(12),
  locationId: uuid,
  practitionerId: entityId.optional(),
  from: isoDate,
  days: z.coerce.number().int().min(1).max(60).default(14),
  holdGroupId: uuid.optional(),
});

export const portalHoldInput = z.object({
  locationId: uuid,
  sessions: z.array(courseSessionChoice).min(1).max(12),
  groupId: uuid.optional(),
});
export type PortalHoldInput = z.infer<typeof portalHoldInput>;

export const portalBookInput = z.object({
  locationId: uuid,
  sessions: z.array(courseSessionChoice).min(1).max(12),
  holdGroupId: uuid.optional(),
});
export type PortalBookInput = z.infer<typeof portalBookInput>;

export const portalBookedCourse = z.object({
  courseId: uuid,
  planId: uuid,
  appointments: z.array(portalAppointment),
});

// ── Waitlist ─────────────────────────────────────────────────────────────────────────────────────

export const portalWaitlistEntry = z.object({
  id: uuid,
  status: z.enum(["waiting", "offered", "booked", "withdrawn"]),
  serviceName: z.string(),
  location: named,
  practitioner: named.nullable(),
  earliestDate: z.string(),
  latestDate: z.string(),
  /** "Mon 7 Dec 2026 – Fri 18 Dec 2026". */
  dates: z.string(),
  preferences: z.string(),
  createdAt: z.string(),
});
export type PortalWaitlistEntry = z.infer<typeof portalWaitlistEntry>;

export const portalWaitlist = z.object({
  items: z.array(portalWaitlistEntry),
  services: z.array(z.object({ id: uuid, name: z.string() })),
  locations: z.array(named),
  practitioners: z.array(named),
});
export type PortalWaitlist = z.infer<typeof portalWaitlist>;

export const portalJoinWaitlistInput = z
  .object({
    serviceId: uuid,
    locationId: uuid,
    practitionerId: entityId.nullable().optional(),
    earliestDate: isoDate,
    latestDate: isoDate,
    preferredWeekdays: z.array(z.number().int().min(1).max(7)).max(7).default([]),
    preferredTime: z.enum(preferredTimes).default("any"),
    /** An upcoming appointment of theirs to move earlier. */
    appointmentId: uuid.nullable().optional(),
  })
  .refine((v) => v.latestDate >= v.earliestDate, {
    path: ["latestDate"],
    message: "must be on or after the earliest date",
  });
export type PortalJoinWaitlistInput = z.infer<typeof portalJoinWaitlistInput>;

// ── Check-ins and concerns ───────────────────────────────────────────────────────────────────────

export const portalCheckIn = z.object({
  id: uuid,
  day: z.number().int(),
  /** "your visit on Tue 24 Nov 2026". */
  visit: z.string(),
  expiresAt: z.string(),
  closes: z.string(),
  answer: checkInAnswer.nullable(),
});

export const portalCheckIns = z.object({
  open: z.array(portalCheckIn),
  /** Past visits a concern can be reported about, newest first. */
  visits: z.array(z.object({ appointmentId: uuid, when: z.string(), serviceName: z.string() })),
});
export type PortalCheckIns = z.infer<typeof portalCheckIns>;

export const CONCERN_NOTE_MAX = 2000;

/** POST /portal/{slug}/concerns, multipart/form-data. */
export const concernForm = z.object({
  appointmentId: uuid,
  note: z
    .string()
    .trim()
    .min(1, "tell the clinic what is wrong")
    .max(CONCERN_NOTE_MAX, `must be at most ${CONCERN_NOTE_MAX} characters`),
  photo: z
    .custom<File>((v) => typeof File !== "undefined" && v instanceof File, "must be an image file")
    .meta({ type: "string", format: "binary" })
    .optional(),
});

export const concernReported = z.object({ checkInId: uuid, alerted: z.boolean() });
