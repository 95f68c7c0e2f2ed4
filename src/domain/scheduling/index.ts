export {
  type AppointmentTimeInput,
  type BookingCheck,
  type BookingProblem,
  checkAppointmentTime,
  MAX_APPOINTMENT_MS,
  type PractitionerAvailability,
  type TimeOff,
} from "./booking-rules.ts";
export {
  type DayHours,
  type DayOpening,
  hoursForDate,
  openIntervals,
  rangeToInterval,
  type SpecialDay,
  type TimeRange,
  validateSpecialDays,
  validateWeeklyHours,
  WEEKDAY_NAMES,
  type Weekday,
  type WeeklySchedule,
} from "./opening-hours.ts";
