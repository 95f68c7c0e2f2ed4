import type { Appointment } from "../../../shared/contracts/appointments.ts";

/** How each appointment status is named and coloured across the calendar. */
export const statusInfo: Record<Appointment["status"], { label: string; colour: string }> = {
  booked: { label: "Booked", colour: "blue" },
  completed: { label: "Completed", colour: "green" },
  cancelled: { label: "Cancelled", colour: "gray" },
  no_show: { label: "No-show", colour: "orange" },
};
