import { z } from "zod";
import { bookingPolicySchema } from "../../domain/settings/booking-policy.ts";
import { appointment } from "./appointments.ts";
import { entityId, isoDate, isoInstant, shortText, uuid } from "./common.ts";

const named = z.object({ id: z.string(), name: z.string() });

// ── Slots ────────────────────────────────────────────────────────────────────────────────────────

export const slotsQuery = z.object({
  locationId: uuid,
  serviceId: uuid,
  /** Omitted: any practitioner who takes appointments. */
  practitionerId: entityId.optional(),
  /** First local date of the window, in the location's zone. */
  from: isoDate,
  days: z.coerce.number().int().min(1).max(180).default(14),
  /** Length of the appointment when it differs from the service's (a plan's session). */
  durationMin: z.coerce.number().int().min(5).max(720).optional(),
  /** The caller's own holds do not hide slots from them. */
  holdGroupId: uuid.optional(),
});
export type SlotsQuery = z.infer<typeof slotsQuery>;

export const slot = z.object({
  startsAt: z.string(),
  endsAt: z.string(),
  practitionerId: z.string(),
  roomId: z.string().nullable(),
});
export type Slot = z.infer<typeof slot>;

export const slotsResponse = z.object({
  timeZone: z.string(),
  from: z.string(),
  to: z.string(),
  durationMin: z.number().int(),
  practitioners: z.array(named),
  rooms: z.array(named),
  slots: z.array(slot),
});
export type SlotsResponse = z.infer<typeof slotsResponse>;

// ── Course proposal and booking ──────────────────────────────────────────────────────────────────

export const preferredTimes = ["any", "morning", "afternoon"] as const;

export const courseProposalInput = z.object({
  locationId: uuid,
  /** The treatment service the sessions are booked as. */
  serviceId: uuid,
  /** Preferred practitioner; with `onlyPreferred` no one else is proposed. */
  practitionerId: entityId.optional(),
  onlyPreferred: z.boolean().default(false),
  /** Earliest local date for session 1; default today. */
  fromDate: isoDate.optional(),
  /** ISO weekdays (1 = Monday) the client prefers; empty = any. */
  preferredWeekdays: z.array(z.number().int().min(1).max(7)).max(7).default([]),
  preferredTime: z.enum(preferredTimes).default("any"),
  /** Sessions whose time the person already chose; the others are placed around them. */
  pinned: z
    .array(z.object({ session: z.number().int().min(1).max(12), startsAt: isoInstant }))
    .max(12)
    .default([]),
  alternatives: z.number().int().min(0).max(6).default(3),
  holdGroupId: uuid.optional(),
});
export type CourseProposalInput = z.infer<typeof courseProposalInput>;

export const proposedSession = z.object({
  session: z.number().int(),
  durationMin: z.number().int(),
  startsAt: z.string(),
  endsAt: z.string(),
  practitioner: named,
  room: named.nullable(),
});
export type ProposedSession = z.infer<typeof proposedSession>;

export const courseGapWindow = z.object({
  /** The later session of the pair (2 = between sessions 1 and 2). */
  session: z.number().int(),
  minDays: z.number().int(),
  maxDays: z.number().int(),
});

export const courseProposal = z.object({
  planId: uuid,
  timeZone: z.string(),
  gaps: z.array(courseGapWindow),
  best: z.array(proposedSession).nullable(),
  alternatives: z.array(z.array(proposedSession)),
  /** Why there is no course, when `best` is null. */
  message: z.string().optional(),
});
export type CourseProposal = z.infer<typeof courseProposal>;

export const courseSessionChoice = z.object({
  practitionerId: entityId,
  roomId: uuid.nullable(),
  startsAt: isoInstant,
});

export const bookCourseInput = z.object({
  locationId: uuid,
  serviceId: uuid,
  sessions: z.array(courseSessionChoice).min(1).max(12),
  holdGroupId: uuid.optional(),
});
export type BookCourseInput = z.infer<typeof bookCourseInput>;

export const bookedCourse = z.object({
  courseId: uuid,
  planId: uuid,
  appointments: z.array(appointment),
});
export type BookedCourse = z.infer<typeof bookedCourse>;

// ── Holds ────────────────────────────────────────────────────────────────────────────────────────

export const holdInput = z.object({
  locationId: uuid,
  serviceId: uuid,
  sessions: z
    .array(courseSessionChoice.extend({ durationMin: z.number().int().min(5).max(720).optional() }))
    .min(1)
    .max(12),
  /** Replaces the holds of this group (the person changed their choice). */
  groupId: uuid.optional(),
});
export type HoldInput = z.infer<typeof holdInput>;

export const holdGroup = z.object({
  groupId: uuid,
  expiresAt: z.string(),
  holds: z.array(
    z.object({
      id: uuid,
      startsAt: z.string(),
      practitionerId: z.string(),
      roomId: uuid.nullable(),
    }),
  ),
});
export type HoldGroup = z.infer<typeof holdGroup>;
export const groupIdParam = z.object({ groupId: uuid });

// ── Moving a course session ──────────────────────────────────────────────────────────────────────

export const movePreviewInput = z.object({
  startsAt: isoInstant,
  practitionerId: entityId.optional(),
  roomId: uuid.nullable().optional(),
  version: z.number().int().min(1),
});
export type MovePreviewInput = z.infer<typeof movePreviewInput>;

export const reflowChange = z.object({
  appointmentId: uuid,
  session: z.number().int(),
  from: z.string(),
  to: z.string(),
  practitioner: named,
  room: named.nullable(),
});
export type ReflowChange = z.infer<typeof reflowChange>;

export const movePreview = z.object({
  /** The move itself is allowed (hours, overlaps, notice); `problem` says why not. */
  ok: z.boolean(),
  problem: z.string().optional(),
  /** Part of a course whose later sessions no longer fit their healing gaps. */
  reflow: z
    .object({
      needed: z.boolean(),
      /** The later sessions can all be re-placed within their gaps. */
      possible: z.boolean(),
      changes: z.array(reflowChange),
      message: z.string().optional(),
    })
    .nullable(),
});
export type MovePreview = z.infer<typeof movePreview>;

export const courseMoveInput = movePreviewInput.extend({
  /** Re-place later sessions of the course as previewed. */
  reflow: z.boolean().default(false),
});
export type CourseMoveInput = z.infer<typeof courseMoveInput>;

export const courseMoveResult = z.object({ appointments: z.array(appointment) });

// ── Booking policy ───────────────────────────────────────────────────────────────────────────────

export const bookingPolicyView = z.object({
  policy: bookingPolicySchema,
  version: z.number().int(),
  updatedAt: z.string().nullable(),
});
export const saveBookingPolicyInput = z.object({
  policy: bookingPolicySchema,
  version: z.number().int().min(0),
});

export const cancellationPreview = z.object({
  late: z.boolean(),
  forfeitsDeposit: z.boolean(),
  message: z.string(),
});

export const noShowInput = z.object({
  version: z.number().int().min(1),
  notes: shortText(500).optional(),
});
