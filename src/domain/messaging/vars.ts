import { createFormatter } from "../time/format.ts";
import type { StepVars } from "./planner.ts";
import type { TemplateVars } from "./render.ts";
import type { MessagingSettings } from "./settings.ts";

/** The records a message talks about, already loaded. */
export interface MessageContext {
  clinic: { name: string; phone: string; email: string; locale: string };
  location: { name: string; address: string; timeZone: string };
  client: { firstName: string; preferredName: string };
  appointment: {
    startsAt: number;
    serviceName: string;
    courseSession: number | null;
    /** Start of every booked session of the course, for the first session's confirmation. */
    courseStarts?: readonly number[];
  };
  settings: MessagingSettings;
  /** The check-in link for check-in steps (only the server knows the token). */
  checkInLink?: string;
}

/**
 * Every placeholder value for one message. Times and dates go through the one shared formatter in
 * the location's zone; the treatment is named only when the clinic is not discreet.
 */
export function messageVars(ctx: MessageContext, step: StepVars): TemplateVars {
  const f = createFormatter({ locale: ctx.clinic.locale, timeZone: ctx.location.timeZone });
  const care = ctx.settings.aftercare;
  const vars: TemplateVars = {
    clientFirstName: ctx.client.preferredName.trim() || ctx.client.firstName,
    clinicName: ctx.clinic.name,
    clinicPhone: ctx.clinic.phone,
    clinicEmail: ctx.clinic.email,
    locationName: ctx.location.name,
    locationAddress: ctx.location.address,
    appointmentLabel: ctx.settings.discreet ? "appointment" : ctx.appointment.serviceName,
    appointmentDate: f.weekdayDate(ctx.appointment.startsAt),
    appointmentTime: f.time(ctx.appointment.startsAt),
    sessionNumber:
      ctx.appointment.courseSession === null ? "" : String(ctx.appointment.courseSession),
    noWashDays: String(care.noWashDays),
    noGymDays: String(care.noGymDays),
    rednessDays: String(care.redness.settlesInDays),
    swimSunDays: String(care.swimSun.day),
  };
  vars.courseSchedule = courseSchedule(ctx.appointment.courseStarts, f);
  if (step.checkInDay !== undefined) vars.checkInDay = String(step.checkInDay);
  if (step.checkInExpiresAt !== undefined)
    vars.checkInExpiry = f.weekdayDate(step.checkInExpiresAt);
  if (ctx.checkInLink !== undefined) vars.checkInLink = ctx.checkInLink;
  if (step.touchUpLabel !== undefined) vars.touchUpLabel = step.touchUpLabel;
  if (step.touchUpWindowEndsAt !== undefined) {
    vars.touchUpWindowEnd = f.weekdayDate(step.touchUpWindowEndsAt);
  }
  if (step.recallYears !== undefined) vars.recallYears = String(step.recallYears);
  return vars;
}

/** "Your 3 appointments: Tue 1 Dec 2026 at 10:00; …" for a course of several, else empty. */
function courseSchedule(
  starts: readonly number[] | undefined,
  f: ReturnType<typeof createFormatter>,
): string {
  if (!starts || starts.length < 2) return "";
  const list = starts.map((at) => `${f.weekdayDate(at)} at ${f.time(at)}`).join("; ");
  return `Your ${starts.length} appointments: ${list}.`;
}

/** Sample values for previews in Settings → Messages. */
export function sampleMessageVars(
  clinic: MessageContext["clinic"],
  location: MessageContext["location"],
  settings: MessagingSettings,
  publicUrl: string,
  now: number,
): TemplateVars {
  const inTwoDays = now + 2 * 86_400_000;
  return messageVars(
    {
      clinic,
      location,
      client: { firstName: "Sam", preferredName: "" },
      appointment: {
        startsAt: inTwoDays,
        serviceName: "Session 1",
        courseSession: 1,
        courseStarts: [inTwoDays, inTwoDays + 35 * 86_400_000, inTwoDays + 70 * 86_400_000],
      },
      settings,
      checkInLink: `${publicUrl}/check-in/example-link`,
    },
    {
      checkInDay: 3,
      checkInExpiresAt: now + 10 * 86_400_000,
      touchUpLabel: "Included touch-up",
      touchUpWindowEndsAt: now + 60 * 86_400_000,
      recallYears: 3,
    },
  );
}
