import fc from "fast-check";
import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import { DEFAULT_CLINICAL_SETTINGS } from "../settings/clinical-settings.ts";
import { createFormatter } from "../time/format.ts";
import { type PlanInput, planAppointmentMessages } from "./planner.ts";
import { DEFAULT_MESSAGING_SETTINGS, type MessagingSettings } from "./settings.ts";

const LONDON = "Europe/London";
const london = createFormatter({ timeZone: LONDON });
const at = (iso: string) => Temporal.Instant.from(iso).epochMilliseconds;
const local = (ms: number) => london.weekdayDateTime(ms);

function input(overrides: Partial<PlanInput["appointment"]> = {}, extra: Partial<PlanInput> = {}) {
  const startsAt = at("2026-10-26T10:00:00Z"); // Mon 26 Oct 2026, 10:00 GMT (clocks went back on the 25th)
  return {
    appointment: {
      id: "a1",
      startsAt,
      endsAt: startsAt + 3 * 3_600_000,
      timeZone: LONDON,
      serviceKind: "treatment",
      courseSession: 1,
      finalSession: false,
      status: "booked",
      nextSessionStartsAt: null,
      ...overrides,
    },
    contact: { email: "sam@example.com", phone: "+447700900123" },
    settings: DEFAULT_MESSAGING_SETTINGS,
    clinical: DEFAULT_CLINICAL_SETTINGS.aftercare,
    now: at("2026-10-01T08:00:00Z"),
    ...extra,
  } satisfies PlanInput;
}

const byStep = (plan: ReturnType<typeof planAppointmentMessages>, channel = "email") =>
  Object.fromEntries(plan.filter((m) => m.channel === channel).map((m) => [m.step, m]));

describe("planAppointmentMessages", () => {
  it("keeps reminders at the same local time across the October clock change", () => {
    const plan = byStep(planAppointmentMessages(input()), "sms");
    // 48 h before Mon 10:00 GMT is Sat 10:00 BST on the clock (an extra real hour away).
    expect(local(plan["reminder-48h"]?.scheduledFor ?? 0)).toBe("Sat 24/10/2026 10:00");
    expect(local(plan["reminder-24h"]?.scheduledFor ?? 0)).toBe("Sun 25/10/2026 10:00");
    const email = byStep(planAppointmentMessages(input()));
    expect(local(email["pre-care-7d"]?.scheduledFor ?? 0)).toBe("Mon 19/10/2026 09:30");
    expect(local(email["pre-care-1d"]?.scheduledFor ?? 0)).toBe("Sun 25/10/2026 09:30");
  });

  it("puts aftercare and check-ins on calendar days at the send time across the March change", () => {
    const startsAt = at("2027-03-22T10:00:00Z"); // Mon 22 Mar 2027, GMT; BST from Sun 28 Mar
    const plan = byStep(
      planAppointmentMessages(
        input({ startsAt, endsAt: startsAt + 3 * 3_600_000 }, { now: at("2027-03-01T00:00:00Z") }),
      ),
    );
    expect(local(plan["aftercare-day-0"]?.scheduledFor ?? 0)).toBe("Mon 22/03/2027 14:00");
    expect(local(plan["check-in-day-3"]?.scheduledFor ?? 0)).toBe("Thu 25/03/2027 09:30");
    expect(local(plan["aftercare-day-7"]?.scheduledFor ?? 0)).toBe("Mon 29/03/2027 09:30");
    expect(plan["aftercare-day-7"]?.scheduledFor).toBe(at("2027-03-29T08:30:00Z"));
    expect(local(plan["aftercare-day-10"]?.scheduledFor ?? 0)).toBe("Thu 01/04/2027 09:30");
    expect(local(plan["aftercare-day-30"]?.scheduledFor ?? 0)).toBe("Wed 21/04/2027 09:30");
    expect(plan["aftercare-day-0"]?.templateKey).toBe("aftercare-day-0");
  });

  it("moves SMS out of quiet hours but leaves email alone", () => {
    const startsAt = at("2026-11-10T17:00:00Z"); // ends 20:00, day-0 aftercare due at 21:00
    const settings: MessagingSettings = {
      ...DEFAULT_MESSAGING_SETTINGS,
      aftercare: { ...DEFAULT_MESSAGING_SETTINGS.aftercare, channel: "both" },
    };
    const plan = planAppointmentMessages(
      input({ startsAt, endsAt: startsAt + 3 * 3_600_000 }, { settings }),
    );
    expect(local(byStep(plan, "sms")["aftercare-day-0"]?.scheduledFor ?? 0)).toBe(
      "Wed 11/11/2026 09:00",
    );
    expect(local(byStep(plan)["aftercare-day-0"]?.scheduledFor ?? 0)).toBe("Tue 10/11/2026 21:00");
  });

  it("plans nothing for cancelled or no-show appointments", () => {
    expect(planAppointmentMessages(input({ status: "cancelled" }))).toEqual([]);
    expect(planAppointmentMessages(input({ status: "no_show" }))).toEqual([]);
  });

  it("plans nothing in the past except an immediate confirmation", () => {
    const now = at("2026-10-25T12:00:00Z"); // the day before
    const plan = planAppointmentMessages(input({}, { now }));
    const confirmation = plan.find((m) => m.step === "confirmation");
    expect(confirmation?.scheduledFor).toBe(now);
    expect(plan.map((m) => m.step)).not.toContain("reminder-48h");
    expect(plan.map((m) => m.step)).not.toContain("pre-care-7d");
    for (const m of plan) expect(m.scheduledFor).toBeGreaterThanOrEqual(now);
  });

  it("leaves out the confirmation when asked (later sessions of a course booked at once)", () => {
    const steps = planAppointmentMessages(input({}, { confirm: false })).map((m) => m.step);
    expect(steps).not.toContain("confirmation");
    expect(steps).toContain("reminder-48h");
  });

  it("leaves consultations without pre-care or aftercare", () => {
    const steps = planAppointmentMessages(input({ serviceKind: "consultation" })).map(
      (m) => m.step,
    );
    expect(new Set(steps)).toEqual(new Set(["confirmation", "reminder-48h", "reminder-24h"]));
  });

  it("stops between-session aftercare at the next session and uses the final wording last", () => {
    const startsAt = at("2026-10-26T10:00:00Z");
    const between = planAppointmentMessages(
      input({ nextSessionStartsAt: startsAt + 14 * 86_400_000 }),
    ).map((m) => m.step);
    expect(between).toContain("aftercare-day-10");
    expect(between).not.toContain("aftercare-day-30");
    expect(between).not.toContain("touch-up-1");

    const last = planAppointmentMessages(input({ courseSession: 3, finalSession: true }));
    const steps = byStep(last);
    expect(steps["aftercare-day-0"]?.templateKey).toBe("aftercare-day-0-final");
    expect(steps["aftercare-day-30"]?.templateKey).toBe("aftercare-swim-sun-final");
    // Included touch-up window 21–90 days (clinical settings): reminder at day 21, last call at 76.
    expect(steps["touch-up-1"]?.guard).toBe("no-touch-up-booked");
    expect(local(steps["touch-up-1"]?.scheduledFor ?? 0)).toBe("Mon 16/11/2026 09:30");
    expect(local(steps["touch-up-1-last-call"]?.scheduledFor ?? 0)).toBe("Sun 10/01/2027 09:30");
    expect(local(steps["recall-36m"]?.scheduledFor ?? 0)).toBe("Fri 26/10/2029 09:30");
    expect(local(steps["recall-48m"]?.scheduledFor ?? 0)).toBe("Sat 26/10/2030 09:30");
    expect(steps["recall-36m"]?.guard).toBe("no-future-appointment");
    expect(steps["recall-48m"]?.vars.recallYears).toBe(4);
  });

  it("skips channels the client has no address for, and channels switched off", () => {
    const plan = planAppointmentMessages(
      input({}, { contact: { email: null, phone: "+447700900123" } }),
    );
    expect(plan.every((m) => m.channel === "sms")).toBe(true);
    const off = planAppointmentMessages(
      input(
        {},
        {
          settings: {
            ...DEFAULT_MESSAGING_SETTINGS,
            reminders: { channel: "off", hoursBefore: [48] },
          },
        },
      ),
    );
    expect(off.some((m) => m.kind === "reminder")).toBe(false);
  });

  it("gives start-timed steps a key that changes when the appointment moves", () => {
    const a = planAppointmentMessages(input());
    const moved = planAppointmentMessages(
      input({ startsAt: at("2026-10-27T10:00:00Z"), endsAt: at("2026-10-27T13:00:00Z") }),
    );
    const key = (p: typeof a, step: string) => p.find((m) => m.step === step)?.planKey;
    expect(key(a, "reminder-24h")).not.toBe(key(moved, "reminder-24h"));
    expect(key(a, "aftercare-day-4")).toBe(key(moved, "aftercare-day-4"));
  });

  describe("properties", () => {
    const zones = fc.constantFrom(
      "Europe/London",
      "Europe/Dublin",
      "America/New_York",
      "Australia/Sydney",
    );
    const arbitraryInput = fc
      .record({
        start: fc.integer({ min: at("2026-01-01T00:00:00Z"), max: at("2028-12-31T00:00:00Z") }),
        minutes: fc.integer({ min: 30, max: 360 }),
        nowBefore: fc.integer({ min: -3 * 86_400_000, max: 40 * 86_400_000 }),
        zone: zones,
        kind: fc.constantFrom("consultation", "treatment", "touch_up", "other" as const),
        final: fc.boolean(),
        status: fc.constantFrom("booked", "completed" as const),
      })
      .map(({ start, minutes, nowBefore, zone, kind, final, status }) =>
        input(
          {
            startsAt: start,
            endsAt: start + minutes * 60_000,
            timeZone: zone,
            serviceKind: kind,
            finalSession: final,
            status,
          },
          {
            now: start - nowBefore,
            settings: {
              ...DEFAULT_MESSAGING_SETTINGS,
              aftercare: { ...DEFAULT_MESSAGING_SETTINGS.aftercare, channel: "both" },
            },
          },
        ),
      );

    it("never plans in the past, has unique keys, and keeps SMS out of quiet hours", () => {
      fc.assert(
        fc.property(arbitraryInput, (i) => {
          const plan = planAppointmentMessages(i);
          const keys = plan.map((m) => m.planKey);
          expect(new Set(keys).size).toBe(keys.length);
          const f = createFormatter({ timeZone: i.appointment.timeZone });
          for (const m of plan) {
            expect(m.scheduledFor).toBeGreaterThanOrEqual(i.now);
            if (m.channel === "sms") {
              const [h, min] = f.time(m.scheduledFor).split(":").map(Number);
              const minutes = (h ?? 0) * 60 + (min ?? 0);
              expect(minutes >= 9 * 60 && minutes < 20 * 60).toBe(true);
            }
            if (m.kind === "reminder" || m.kind === "pre-care" || m.kind === "confirmation") {
              expect(m.scheduledFor).toBeLessThan(i.appointment.startsAt);
            }
          }
        }),
        { numRuns: 150 },
      );
      // A sweep over random dates, zones and kinds: slow on a busy machine, not a timing test.
    }, 60_000);

    it("is deterministic: the same input gives the same plan", () => {
      fc.assert(
        fc.property(arbitraryInput, (i) => {
          expect(planAppointmentMessages(i)).toEqual(planAppointmentMessages(i));
        }),
        { numRuns: 50 },
      );
    }, 60_000);
  });
});
