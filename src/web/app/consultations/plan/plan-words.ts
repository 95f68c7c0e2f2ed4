import type { PlanSession } from "../../../../domain/planning/types.ts";

/** "3 h 15 min", "45 min", "2 h". */
export function durationText(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

const ORDINALS = [
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
  "eleventh",
  "twelfth",
];

/** "second" for 2; "session 13" past the words we have. */
export function ordinal(n: number): string {
  return ORDINALS[n - 1] ?? `session ${n}`;
}

/** A gap in words a client reads easily: "5 days", "2 weeks", "about 3 weeks". */
export function gapText(days: number): string {
  if (days === 7) return "1 week";
  if (days < 14) return days === 1 ? "1 day" : `${days} days`;
  const weeks = Math.round(days / 7);
  return days % 7 === 0 ? `${weeks} weeks` : `about ${weeks} weeks`;
}

const plural = (n: number, word: string) => (n === 1 ? `1 ${word}` : `${n} ${word}s`);

/**
 * The course in plain words: "3 sessions, about 2 weeks apart, the last one 4 weeks after the
 * second". Equal gaps read as one phrase; otherwise each gap is named.
 */
export function spacingSentence(sessions: readonly Pick<PlanSession, "gapDays">[]): string {
  const count = plural(sessions.length, "session");
  const gaps = sessions.slice(1).map((s) => s.gapDays ?? 0);
  if (gaps.length === 0) return count;
  const apart = (days: number) => `${gapText(days).replace(/^about /, "")} apart`;
  const [first] = gaps;
  const last = gaps[gaps.length - 1] ?? 0;
  const leading = gaps.slice(0, -1);
  if (first !== undefined && gaps.every((g) => g === first)) {
    return `${count}, about ${apart(first)}`;
  }
  if (first !== undefined && leading.every((g) => g === first)) {
    const before = ordinal(sessions.length - 1);
    return `${count}, about ${apart(first)}, the last one ${gapText(last)} after the ${before}`;
  }
  const parts = gaps.map(
    (g, i) => `the ${ordinal(i + 2)} ${gapText(g)} after the ${ordinal(i + 1)}`,
  );
  return `${count}: ${parts.join(", ")}`;
}

/** "1 : 2 pigment to water" for the summary; undiluted pigment says so. */
export function ratioText(ratio: string): string {
  return ratio.trim() === "1 : 0" ? "Undiluted" : `${ratio} pigment : water`;
}

export const HAIR_PLAN_LABELS = {
  shaved: "Shaved",
  short: "Short",
  long: "Longer hair",
} as const;
