import { checkAppointmentTime } from "../src/domain/scheduling/booking-rules.ts";
import { openIntervals, type WeeklySchedule } from "../src/domain/scheduling/opening-hours.ts";
import { addDays, wallClockToEpoch } from "../src/domain/time/zoned.ts";
import { medianMs, type Scenario } from "./harness.ts";

const schedule: WeeklySchedule = {
  weekly: [1, 2, 3, 4, 5, 6].map((weekday) => ({
    weekday: weekday as 1,
    opens: "09:00",
    closes: "18:00",
  })),
  special: [{ date: "2026-12-25", closed: true, hours: [], reason: "Christmas Day" }],
};

/** F1: validating one booking against opening hours, working hours and time off, per 1,000 checks. */
export const bookingCheck: Scenario = {
  id: "F1",
  title: "1,000 booking checks (opening hours, working hours, time off) in Europe/London",
  run() {
    const starts = Array.from({ length: 1000 }, (_, i) =>
      wallClockToEpoch(addDays("2026-10-19", i % 14), 9 * 60 + (i % 30) * 15, "Europe/London"),
    );
    const timeOff = [
      {
        start: wallClockToEpoch("2026-10-21", 0, "Europe/London"),
        end: wallClockToEpoch("2026-10-22", 0, "Europe/London"),
      },
    ];
    const check = () => {
      for (const start of starts) {
        checkAppointmentTime({
          busy: { start, end: start + 45 * 60_000 },
          zone: "Europe/London",
          location: schedule,
          practitioner: { name: "Alex Morgan", hours: null, timeOff },
        });
      }
    };
    // Baseline in the same run: expanding the same fortnight of opening hours 1,000 times.
    const baseline = () => {
      for (let i = 0; i < 1000; i++)
        openIntervals(schedule, "Europe/London", "2026-10-19", "2026-10-19");
    };
    const median = medianMs(check, 15, 3);
    const base = medianMs(baseline, 15, 3);
    return {
      id: "F1",
      title: bookingCheck.title,
      median_ms: round(median),
      runs: 15,
      baseline_ms: round(base),
      ratio: round(median / base),
    };
  },
};

const round = (n: number) => Math.round(n * 1000) / 1000;
