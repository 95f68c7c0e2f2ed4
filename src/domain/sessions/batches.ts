/**
 * Whether a stock batch may be recorded in a session zone (reference §7.5): the right kind, not
 * archived, and not past its expiry date on the session's local date.
 */

export type BatchKind = "pigment" | "needle" | "anaesthetic";

export interface BatchFact {
  kind: BatchKind;
  brand: string;
  product: string;
  lot: string;
  /** Last day of use, YYYY-MM-DD. */
  expiresOn: string;
  archived: boolean;
}

const KIND_LABEL: Readonly<Record<BatchKind, string>> = {
  pigment: "pigment",
  needle: "needle",
  anaesthetic: "anaesthetic",
};

/** "Perma Blend Shadow lot 24A1" */
export const batchName = (b: Pick<BatchFact, "brand" | "product" | "lot">) =>
  `${b.brand} ${b.product} lot ${b.lot}`;

const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** Null when usable; otherwise a sentence naming the batch and why not. */
export function batchProblem(
  batch: BatchFact,
  wanted: BatchKind,
  sessionDate: string,
): string | null {
  const name = batchName(batch);
  if (batch.kind !== wanted)
    return `${name} is a ${KIND_LABEL[batch.kind]} batch, not a ${KIND_LABEL[wanted]} batch.`;
  if (batch.archived) return `${name} has been archived and can no longer be used.`;
  if (batch.expiresOn < sessionDate)
    return `${name} expired on ${dmy(batch.expiresOn)} and cannot be used on ${dmy(sessionDate)}.`;
  return null;
}
