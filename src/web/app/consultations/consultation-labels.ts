import type { ConsultationDetail } from "../../../shared/contracts/consultations.ts";
import { formatterFor } from "../../lib/format.ts";

export const modeLabels: Record<ConsultationDetail["mode"], string> = {
  in_person: "In person",
  video: "Video call",
  phone: "Phone call",
};

export const statusInfo: Record<ConsultationDetail["status"], { label: string; colour: string }> = {
  open: { label: "Open", colour: "blue" },
  completed: { label: "Completed", colour: "green" },
  closed: { label: "Closed", colour: "gray" },
};

/** "Tue 24 Mar 2027" for a calendar date (YYYY-MM-DD), with no zone shift. */
export function calendarWeekday(iso: string, locale = "en-GB"): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  return formatterFor({ locale, timeZone: "UTC", currency: "GBP" }).weekdayDate(
    Date.parse(`${iso}T12:00:00Z`),
  );
}

/** The calendar day after `iso` (YYYY-MM-DD). */
export function dayAfter(iso: string): string {
  const next = new Date(Date.parse(`${iso}T12:00:00Z`) + 86_400_000);
  return next.toISOString().slice(0, 10);
}
