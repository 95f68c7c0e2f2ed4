import { z } from "zod";
import { email, entityId, hexColour, isoInstant, localTime, shortText, uuid } from "./common.ts";

export const staffRole = z.enum(["owner", "admin", "practitioner", "receptionist"]);
export type StaffRoleName = z.infer<typeof staffRole>;

/** Role names as a person reads them, e.g. in a select or a table. */
export const staffRoleLabels: Record<StaffRoleName, string> = {
  owner: "Owner",
  admin: "Admin",
  practitioner: "Practitioner",
  receptionist: "Receptionist",
};

/** One working period on an ISO weekday (Monday = 1), local "HH:MM" times. */
export const weeklyHours = z.object({
  weekday: z
    .number()
    .int()
    .min(1, "must be 1 (Monday) to 7 (Sunday)")
    .max(7, "must be 1 (Monday) to 7 (Sunday)"),
  opens: localTime,
  closes: localTime,
});
export type WeeklyHours = z.infer<typeof weeklyHours>;

export const staffMember = z.object({
  memberId: z.string(),
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  role: staffRole,
  active: z.boolean(),
  calendarColour: z.string(),
  twoFactorEnabled: z.boolean(),
  /** Own weekly hours; empty = follows the location's opening hours. */
  hours: z.array(weeklyHours),
  createdAt: z.string(),
});
export type StaffMember = z.infer<typeof staffMember>;

export const pendingInvitation = z.object({
  id: z.string(),
  email: z.string(),
  role: staffRole,
  status: z.literal("pending"),
  expiresAt: z.string(),
  inviterName: z.string(),
});
export type PendingInvitation = z.infer<typeof pendingInvitation>;

export const staffList = z.object({
  items: z.array(staffMember),
  /** Pending invitations only (expired ones too, until resent or cancelled). */
  invitations: z.array(pendingInvitation),
});
export type StaffList = z.infer<typeof staffList>;

export const inviteStaffInput = z.object({ email, role: staffRole });
export type InviteStaffInput = z.infer<typeof inviteStaffInput>;

export const staffPatch = z
  .object({ role: staffRole.optional(), calendarColour: hexColour.optional() })
  .refine((p) => p.role !== undefined || p.calendarColour !== undefined, {
    message: "Send a role or a calendar colour to change",
  });
export type StaffPatch = z.infer<typeof staffPatch>;

export const staffHoursInput = z.object({
  /** Replaces all weekly hours; an empty list means "follows the location's opening hours". */
  hours: z.array(weeklyHours).max(42, "must list at most 42 periods"),
});
export type StaffHoursInput = z.infer<typeof staffHoursInput>;
export const staffHours = z.object({ memberId: z.string(), hours: z.array(weeklyHours) });
export type StaffHours = z.infer<typeof staffHours>;

export const memberParam = z.object({ memberId: entityId });
export const invitationParam = z.object({ id: entityId });
export const timeOffParam = z.object({ memberId: entityId, id: uuid });

const MAX_TIME_OFF_MS = 366 * 24 * 60 * 60 * 1000;

/** Time off is saved even when it overlaps bookings; the response counts them so the UI can warn. */
export const timeOffInput = z
  .object({ startsAt: isoInstant, endsAt: isoInstant, reason: shortText(200).optional() })
  .refine((t) => Date.parse(t.endsAt) > Date.parse(t.startsAt), {
    path: ["endsAt"],
    message: "must be after the start",
  })
  .refine((t) => Date.parse(t.endsAt) - Date.parse(t.startsAt) <= MAX_TIME_OFF_MS, {
    path: ["endsAt"],
    message: "time off can last at most 366 days",
  });
export type TimeOffInput = z.input<typeof timeOffInput>;

/** Without `from`, lists time off that has not ended yet; `to` bounds the start. */
export const timeOffQuery = z.object({ from: isoInstant.optional(), to: isoInstant.optional() });

export const timeOff = z.object({
  id: uuid,
  startsAt: z.string(),
  endsAt: z.string(),
  reason: z.string(),
});
export type TimeOff = z.infer<typeof timeOff>;
export const timeOffList = z.array(timeOff);
export const timeOffCreated = timeOff.extend({
  /** Booked appointments of this practitioner inside the time off; they stay booked. */
  overlappingAppointments: z.number().int(),
});
export type TimeOffCreated = z.infer<typeof timeOffCreated>;
