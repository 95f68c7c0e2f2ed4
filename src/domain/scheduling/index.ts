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
  type Busy,
  clipIntervalArray,
  containsRange,
  EMPTY_INTERVALS,
  fromIntervalArray,
  type IntervalArray,
  intersectIntervalArray,
  isRangeFree,
  lowerBound,
  mergeIntervalArray,
  subtractIntervalArray,
  toIntervalArray,
  toIntervalArrayFromMs,
  totalMinutes,
} from "./busy-arrays.ts";
export {
  type CourseGap,
  type CoursePlacement,
  type CourseProposal,
  type CourseQuery,
  type CourseSession,
  localDayNumbers,
  placeCourse,
  validateCourseQuery,
} from "./course-placement.ts";
export { type BrokenGap, type ReflowResult, reflowCourse } from "./course-reflow.ts";
export { expandOpenMinutes } from "./expand-hours.ts";
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
export {
  findSlots,
  type SlotQuery,
  type SlotResource,
  type SlotResult,
} from "./slots.ts";
