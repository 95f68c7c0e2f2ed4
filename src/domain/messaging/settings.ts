import { z } from "zod";

/**
 * A clinic's message schedules: what Stipple sends clients around their appointments, on which
 * channel and when. Edited in Settings → Messages. Defaults come from smp-reference.md (§3.5
 * touch-ups and recalls, §5.3 pre-care, §6 aftercare); the touch-up windows and recall months are
 * the clinical settings' `aftercare` block and are not repeated here.
 */

export const messageChannelChoices = ["email", "sms", "both", "off"] as const;
export type MessageChannelChoice = (typeof messageChannelChoices)[number];

const channel = z.enum(messageChannelChoices, {
  message: "must be email, sms, both or off",
});
const localTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a time like 09:30 (24-hour clock)");
const day = (min: number, max: number) => z.number().int().min(min).max(max);
const step = (min: number, max: number) => z.object({ enabled: z.boolean(), day: day(min, max) });

export const messagingSettingsSchema = z
  .object({
    /** Leave the treatment out of SMS text and email subjects (opt in to name it). */
    discreet: z.boolean(),
    /** Local time of day for messages due "N days" before or after a session. */
    sendTime: localTime,
    /** No messages on `appliesTo` channels from `start` until `end` (local); shifted to `end`. */
    quietHours: z.object({
      enabled: z.boolean(),
      start: localTime,
      end: localTime,
      appliesTo: z.enum(["sms", "all"]),
    }),
    /** Sent as soon as an appointment is booked or moved. */
    confirmation: z.object({ channel }),
    /** Before every appointment, at the same local time this many hours earlier. */
    reminders: z.object({
      channel,
      hoursBefore: z.array(z.number().int().min(1).max(336)).max(4),
    }),
    /** §5.3: before each treatment session. `early` (7 days): moisturise, no sunbathing; `eve` (1 day): shave, no alcohol or aspirin/ibuprofen, what to bring. */
    preCare: z.object({
      channel,
      early: z.object({ enabled: z.boolean(), daysBefore: day(2, 28) }),
      eve: z.object({ enabled: z.boolean(), daysBefore: day(1, 3) }),
    }),
    /** §6: after each treatment session. Day 0 goes `afterMinutes` after the session ends. */
    aftercare: z.object({
      channel,
      afterMinutes: z.number().int().min(0).max(480),
      /** Instructions quoted in the messages and the printed sheet. */
      noWashDays: day(1, 7),
      noGymDays: day(1, 30),
      redness: z.object({ settlesInDays: day(1, 7) }),
      shave: step(1, 14),
      cleanser: step(1, 21),
      shampoo: step(1, 30),
      /** No swimming, sauna, steam or sun for this many days; then SPF. */
      swimSun: step(7, 60),
      /** After the last session of a course the day-0 and swim/sun messages use the final wording. */
      finalSessionVariant: z.boolean(),
    }),
    /** Secret-link check-ins "all fine / something's wrong" after each treatment session. */
    checkIns: z.object({
      channel,
      days: z.array(day(1, 60)).max(4),
      /** The link works for this many days after it is sent. */
      openForDays: day(1, 30),
    }),
    /** Reminders to book each included touch-up (clinical settings), after a course's last session. */
    touchUps: z.object({
      channel,
      /** Days after the window opens that the first reminder goes. */
      daysAfterOpen: day(0, 90),
      /** A last call this many days before the window closes; null = none. */
      lastCallDaysBeforeClose: day(1, 90).nullable(),
    }),
    /** Long-term top-up recalls at the clinical settings' recall months after the course. */
    recalls: z.object({ channel }),
  })
  .superRefine((s, ctx) => {
    const seen = new Set<number>();
    s.reminders.hoursBefore.forEach((h, i) => {
      if (seen.has(h)) {
        ctx.addIssue({
          code: "custom",
          path: ["reminders", "hoursBefore", i],
          message: "Each reminder must be at a different time.",
        });
      }
      seen.add(h);
    });
    if (s.preCare.early.daysBefore <= s.preCare.eve.daysBefore) {
      ctx.addIssue({
        code: "custom",
        path: ["preCare", "early", "daysBefore"],
        message: "The early pre-care message must come before the day-before one.",
      });
    }
    const a = s.aftercare;
    const days: [string, number][] = [
      ["shave", a.shave.day],
      ["cleanser", a.cleanser.day],
      ["shampoo", a.shampoo.day],
      ["swimSun", a.swimSun.day],
    ];
    days.forEach(([key, d], i) => {
      if (days.slice(0, i).some(([, other]) => other === d)) {
        ctx.addIssue({
          code: "custom",
          path: ["aftercare", key, "day"],
          message: "Two aftercare messages cannot fall on the same day.",
        });
      }
    });
    const checkInDays = new Set<number>();
    s.checkIns.days.forEach((d, i) => {
      if (checkInDays.has(d)) {
        ctx.addIssue({
          code: "custom",
          path: ["checkIns", "days", i],
          message: "Each check-in must be on a different day.",
        });
      }
      checkInDays.add(d);
    });
  });
export type MessagingSettings = z.infer<typeof messagingSettingsSchema>;

/** Reference defaults (smp-reference.md sections in comments). */
export const DEFAULT_MESSAGING_SETTINGS: MessagingSettings = {
  discreet: true,
  sendTime: "09:30",
  quietHours: { enabled: true, start: "20:00", end: "09:00", appliesTo: "sms" },
  confirmation: { channel: "email" },
  // §6 [derived] and §8.2: 48 h is the usual notice window, 24 h the day-before nudge.
  reminders: { channel: "both", hoursBefore: [48, 24] },
  // §5.3: moisturise 4–7 days before, no sun 1 week; shave, alcohol, NSAIDs the day before.
  preCare: {
    channel: "email",
    early: { enabled: true, daysBefore: 7 },
    eve: { enabled: true, daysBefore: 1 },
  },
  // §6: no water mode 3–4 days, gym 4–5, foil shaver day 4, cleanser day 7, shampoo day 10,
  // swimming/sauna/sun ~28–30 days then SPF.
  aftercare: {
    channel: "email",
    afterMinutes: 60,
    noWashDays: 3,
    noGymDays: 5,
    redness: { settlesInDays: 3 },
    shave: { enabled: true, day: 4 },
    cleanser: { enabled: true, day: 7 },
    shampoo: { enabled: true, day: 10 },
    swimSun: { enabled: true, day: 30 },
    finalSessionVariant: true,
  },
  checkIns: { channel: "email", days: [3, 10], openForDays: 7 },
  touchUps: { channel: "email", daysAfterOpen: 0, lastCallDaysBeforeClose: 14 },
  recalls: { channel: "email" },
};

/** A stored copy with defaults for anything added since it was saved; null if it is invalid. */
export function completeMessagingSettings(stored: unknown): MessagingSettings | null {
  if (stored === null || typeof stored !== "object" || Array.isArray(stored)) return null;
  const merged = mergeDefaults(DEFAULT_MESSAGING_SETTINGS, stored);
  const parsed = messagingSettingsSchema.safeParse(merged);
  return parsed.success ? parsed.data : null;
}

function mergeDefaults(defaults: unknown, stored: unknown): unknown {
  if (stored === undefined) return defaults;
  const isRecord = (v: unknown): v is Record<string, unknown> =>
    v !== null && typeof v === "object" && !Array.isArray(v);
  if (isRecord(defaults) && isRecord(stored)) {
    const out: Record<string, unknown> = { ...defaults };
    for (const [key, value] of Object.entries(stored))
      out[key] = mergeDefaults(defaults[key], value);
    return out;
  }
  return stored;
}
