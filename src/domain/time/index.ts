export { createFormatter, type Formatter, type FormatterOptions } from "./format.ts";
export {
  contains,
  type Interval,
  intersectIntervals,
  intervalLength,
  mergeIntervals,
  overlaps,
  subtractIntervals,
  totalLength,
} from "./interval.ts";
export {
  addDays,
  eachDate,
  epochToLocal,
  formatLocalTime,
  isIsoDate,
  isLocalTime,
  isValidTimeZone,
  type LocalDateTime,
  MINUTES_PER_DAY,
  parseLocalTime,
  type Weekday,
  wallClockToEpoch,
  weekdayOf,
  zonedDayBounds,
} from "./zoned.ts";
