import type { IncludedTouchUp } from "../settings/clinical-settings.ts";
import { atLocalTime, localDateOf } from "./clock.ts";
import type { MessagingSettings } from "./settings.ts";

export interface SheetEntry {
  /** Days after the session (0 = the day of the session). */
  day: number;
  /** Noon on that local day (epoch ms), for formatting the date. */
  date: number;
  title: string;
  lines: string[];
}

export interface AftercareSheet {
  final: boolean;
  timeline: SheetEntry[];
  /** Days after the session on which a check-in link is sent, with their dates. */
  checkIns: { day: number; date: number }[];
  /** After the final session: the included touch-up windows. */
  touchUps: { label: string; from: number; to: number }[];
  afterwards: string[];
}

export interface AftercareSheetInput {
  /** When the session ended (epoch ms). */
  endsAt: number;
  timeZone: string;
  final: boolean;
  settings: MessagingSettings;
  includedTouchUps: readonly IncludedTouchUp[];
}

/**
 * The printed aftercare sheet for one session: reference §6 as a timeline of real dates in the
 * location's zone, with the final-session wording after a course's last session.
 */
export function aftercareSheet(input: AftercareSheetInput): AftercareSheet {
  const { settings: s, timeZone } = input;
  const care = s.aftercare;
  const final = input.final && care.finalSessionVariant;
  const start = localDateOf(input.endsAt, timeZone);
  const dateOf = (day: number) => atLocalTime(start.add({ days: day }), "12:00", timeZone);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

  const timeline: SheetEntry[] = [
    {
      day: 0,
      date: dateOf(0),
      title: "Today",
      lines: [
        "Some redness, slight swelling or tenderness is normal. If it weeps, blot it gently; don't wipe.",
        "Don't touch, scratch or pick, and use no products on your head.",
        "Avoid long periods in tight hats or helmets; a loose hat outdoors is ideal.",
      ],
    },
    {
      day: care.noWashDays,
      date: dateOf(care.noWashDays),
      title: "First rinse, with water only",
      lines: [
        `Until this day (${plural(care.noWashDays, "day")}, at least 24 hours) keep your head completely dry: no washing, no shower over your head, no swimming.`,
        "Then rinse with water only and pat dry; no products yet.",
      ],
    },
    {
      day: care.redness.settlesInDays,
      date: dateOf(care.redness.settlesInDays),
      title: "Redness and swelling have usually settled",
      lines: ["If they are getting worse instead, call us."],
    },
    {
      day: care.noGymDays,
      date: dateOf(care.noGymDays),
      title: "Gym and exercise again",
      lines: [
        `Until this day (${plural(care.noGymDays, "day")}): nothing that makes you sweat heavily.`,
      ],
    },
  ];
  const optional: [boolean, number, string, string[]][] = [
    [
      care.shave.enabled,
      care.shave.day,
      "First shave",
      ["Electric foil shaver only, gently, avoiding any scabs. No razor yet."],
    ],
    [
      care.cleanser.enabled,
      care.cleanser.day,
      "Gentle wash",
      [
        "A gentle, alcohol-free cleanser; pat dry.",
        "Flaking and dots looking lighter around now is normal healing. Please don't pick.",
      ],
    ],
    [
      care.shampoo.enabled,
      care.shampoo.day,
      "Back to your usual routine",
      ["Normal shampoo and shower gel; razor shaving with care."],
    ],
    [
      care.swimSun.enabled,
      care.swimSun.day,
      "Swimming, sauna and sun",
      [
        `Until this day (${plural(care.swimSun.day, "day")}): no swimming (pool or sea), sauna, steam room, hot tub or sunbeds, and keep covered in the sun.`,
        "From this day: all fine again, with a high-factor SPF on your head outdoors.",
      ],
    ],
  ];
  for (const [enabled, day, title, lines] of optional) {
    if (enabled) timeline.push({ day, date: dateOf(day), title, lines });
  }
  timeline.sort((a, b) => a.day - b.day);

  const checkIns =
    s.checkIns.channel === "off" ? [] : s.checkIns.days.map((day) => ({ day, date: dateOf(day) }));
  const touchUps = input.final
    ? input.includedTouchUps.map((t) => ({
        label: t.label,
        from: dateOf(t.fromDay),
        to: dateOf(t.toDay),
      }))
    : [];
  const afterwards = final
    ? [
        "Use a high-factor SPF (30–50) on your head whenever you are outdoors.",
        "Moisturise daily, and avoid high-alcohol products, AHAs and exfoliants on your head.",
        "Blood donation: the NHS asks you to wait 4 months after your session.",
      ]
    : [
        "These rules start again after each session.",
        "Before your next session: moisturise daily and keep out of the sun.",
      ];
  return { final, timeline, checkIns, touchUps, afterwards };
}
