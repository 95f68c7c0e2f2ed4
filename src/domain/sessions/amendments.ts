/**
 * Corrections to a signed session record. The original stays as it was; each amendment lists
 * field → from/to for the session or one zone. The value shown is the last amendment's `to`.
 */

export const amendableSessionFields = ["startedAt", "endedAt", "notes"] as const;
export const amendableZoneFields = [
  "label",
  "shadeLabel",
  "pigmentParts",
  "waterParts",
  "needleCount",
  "depthNotes",
  "coveragePct",
  "densityPerCm2",
  "anaestheticAppliedAt",
  "reactions",
] as const;
export type AmendableSessionField = (typeof amendableSessionFields)[number];
export type AmendableZoneField = (typeof amendableZoneFields)[number];

export type AmendValue = string | number | null;

export interface FieldChange {
  /** "session" or a zone id. */
  target: string;
  field: string;
  from: AmendValue;
  to: AmendValue;
}

export interface AmendmentFact {
  id: string;
  reason: string;
  authorName: string;
  /** ISO instant. */
  createdAt: string;
  changes: readonly FieldChange[];
}

export interface FieldHistoryEntry {
  amendmentId: string;
  from: AmendValue;
  to: AmendValue;
  reason: string;
  authorName: string;
  createdAt: string;
}

/** Every change to one field, oldest first. */
export function fieldHistory(
  amendments: readonly AmendmentFact[],
  target: string,
  field: string,
): FieldHistoryEntry[] {
  const out: FieldHistoryEntry[] = [];
  for (const a of amendments) {
    for (const c of a.changes) {
      if (c.target !== target || c.field !== field) continue;
      out.push({
        amendmentId: a.id,
        from: c.from,
        to: c.to,
        reason: a.reason,
        authorName: a.authorName,
        createdAt: a.createdAt,
      });
    }
  }
  return out;
}

/** The value now in force: the original, or the last amendment's `to`. */
export function currentValue(
  original: AmendValue,
  amendments: readonly AmendmentFact[],
  target: string,
  field: string,
): AmendValue {
  const history = fieldHistory(amendments, target, field);
  return history.length ? (history.at(-1)?.to ?? null) : original;
}

/**
 * Problems with a new amendment against the record in force: unknown fields, no real change, or a
 * `from` that is not the current value (someone amended it meanwhile). Empty = acceptable.
 */
export function amendmentProblems(
  changes: readonly FieldChange[],
  current: (target: string, field: string) => { known: boolean; value: AmendValue },
): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const c of changes) {
    const key = `${c.target}/${c.field}`;
    if (seen.has(key)) problems.push(`"${c.field}" is changed twice in one amendment.`);
    seen.add(key);
    const now = current(c.target, c.field);
    if (!now.known) {
      problems.push(
        `There is no field "${c.field}" on ${c.target === "session" ? "the session" : "that zone"} that can be amended.`,
      );
      continue;
    }
    if (now.value !== c.from)
      problems.push(
        `"${c.field}" is no longer ${JSON.stringify(c.from)}: reload the record and try again.`,
      );
    if (c.from === c.to) problems.push(`"${c.field}" would not change.`);
  }
  return problems;
}
