import { Temporal } from "temporal-polyfill";

/**
 * The session start checklist (reference §4.6, §5, §7.1, §9): a pure evaluation of facts the
 * server has gathered. Each item passes, fails with plain reasons, waits for an answer, or is not
 * required. A failed item blocks the start unless it may be overridden and the practitioner has
 * recorded an override with a reason; age never can be.
 */

export const checklistItemIds = ["consent", "screening", "patch_test", "pre_care", "age"] as const;
export type ChecklistItemId = (typeof checklistItemIds)[number];

export const preCareItemIds = [
  "shaved",
  "no_alcohol",
  "no_blood_thinning_painkillers",
  "no_sunburn",
] as const;
export type PreCareItemId = (typeof preCareItemIds)[number];

export const PRE_CARE_LABELS: Readonly<Record<PreCareItemId, string>> = {
  shaved: "Head shaved with a clipper (not a razor) as instructed",
  no_alcohol: "No alcohol in the time asked before the session",
  no_blood_thinning_painkillers: "No aspirin or ibuprofen in the time asked (paracetamol is fine)",
  no_sunburn: "No sunburn or peeling on the scalp",
};

export const CHECKLIST_LABELS: Readonly<Record<ChecklistItemId, string>> = {
  consent: "Signed consent for this plan",
  screening: "Health re-check: has anything changed?",
  patch_test: "Patch test read",
  pre_care: "Pre-care instructions followed",
  age: "Client is 18 or over",
};

/** Items a practitioner may proceed past with a written reason. Consent and age: never. */
export const OVERRIDABLE: ReadonlySet<ChecklistItemId> = new Set([
  "screening",
  "patch_test",
  "pre_care",
]);
export const MIN_OVERRIDE_REASON = 10;

export type ItemStatus = "pass" | "fail" | "pending" | "not_required";

export interface ChecklistOverride {
  reason: string;
  byUserId: string;
  byName: string;
  /** ISO instant. */
  at: string;
}

export interface ChecklistItem {
  id: ChecklistItemId;
  label: string;
  status: ItemStatus;
  /** Why it failed or is waiting; for a pass, what it rests on. */
  reasons: string[];
  /** Whether a failure may be overridden (screening only while the outcome is not "decline"). */
  overridable: boolean;
  override: ChecklistOverride | null;
}

export interface PlanFact {
  status: "draft" | "accepted" | "declined" | "superseded";
  signed: boolean;
  /** Human-readable date it was accepted, already formatted by the caller. */
  acceptedOn: string | null;
  /** How it was found: through the appointment's course, or the client's accepted plan. */
  source: "course" | "client";
}

export interface ScreeningFact {
  verdict: "proceed" | "gp_letter" | "defer" | "decline";
  /** Counted reasons, strongest first (the engine's own messages). */
  reasons: readonly { outcome: string; message: string }[];
}

export interface PatchTestFact {
  /** Epoch milliseconds. */
  performedAt: number;
  readAt: number | null;
  result: "pending" | "negative" | "positive" | "declined";
  /** Formatted by the caller in the clinic's zone. */
  performedLabel: string;
}

export interface ChecklistFacts {
  plan: PlanFact | null;
  /** Null until the practitioner has answered the re-check (or confirmed "no change"). */
  screening: ScreeningFact | null;
  patchTest: {
    required: boolean;
    minHoursBeforeSession: number;
    latest: PatchTestFact | null;
  };
  /** The practitioner's confirmations; a missing item has not been asked yet. */
  preCare: Partial<Record<PreCareItemId, boolean>>;
  /** Age in whole years on the session date, or null when no date of birth is on record. */
  ageYears: number | null;
}

export interface OverrideRequest {
  item: ChecklistItemId;
  reason: string;
}

export interface ChecklistResult {
  items: ChecklistItem[];
  canStart: boolean;
  /** Items that stop the start: failed without an override, or still waiting for an answer. */
  blocking: ChecklistItemId[];
}

const HOUR_MS = 3_600_000;

function consent(plan: PlanFact | null): Pick<ChecklistItem, "status" | "reasons"> {
  if (!plan)
    return { status: "fail", reasons: ["There is no accepted treatment plan for this client."] };
  if (plan.status === "superseded")
    return {
      status: "fail",
      reasons: ["The plan for this course has been replaced by a newer plan."],
    };
  if (plan.status !== "accepted")
    return {
      status: "fail",
      reasons: [`The plan for this course is ${plan.status}, not accepted.`],
    };
  if (!plan.signed)
    return { status: "fail", reasons: ["The accepted plan has no client signature on record."] };
  const basis = plan.source === "course" ? "Plan for this course" : "Client's accepted plan";
  return {
    status: "pass",
    reasons: [`${basis}, signed${plan.acceptedOn ? ` on ${plan.acceptedOn}` : ""}.`],
  };
}

function screening(fact: ScreeningFact | null): Pick<ChecklistItem, "status" | "reasons"> {
  if (!fact)
    return {
      status: "pending",
      reasons: ["Ask the client whether anything has changed since the consultation."],
    };
  if (fact.verdict === "proceed") {
    return { status: "pass", reasons: fact.reasons.map((r) => r.message) };
  }
  const counted = fact.reasons.filter((r) => r.outcome !== "proceed").map((r) => r.message);
  return {
    status: "fail",
    reasons: counted.length ? counted : [`Screening outcome: ${fact.verdict}.`],
  };
}

function patchTest(
  facts: ChecklistFacts["patchTest"],
  now: number,
): Pick<ChecklistItem, "status" | "reasons"> {
  if (!facts.required)
    return { status: "not_required", reasons: ["This clinic does not require a patch test."] };
  const t = facts.latest;
  const min = facts.minHoursBeforeSession;
  if (!t) return { status: "fail", reasons: ["No patch test is on record for this client."] };
  const done = `The patch test done ${t.performedLabel}`;
  if (t.result === "declined")
    return {
      status: "pass",
      reasons: [`${done} was declined by the client, with a signed waiver.`],
    };
  if (t.result === "positive")
    return { status: "fail", reasons: [`${done} was read as positive (a reaction).`] };
  if (t.result === "pending" || t.readAt === null)
    return { status: "fail", reasons: [`${done} has not been read yet.`] };
  if (t.readAt - t.performedAt < min * HOUR_MS) {
    const hours = Math.floor((t.readAt - t.performedAt) / HOUR_MS);
    return {
      status: "fail",
      reasons: [
        `${done} was read after ${hours} h; it must be read at least ${min} h after it was done.`,
      ],
    };
  }
  if (t.readAt > now)
    return { status: "fail", reasons: [`${done} has a reading time in the future.`] };
  return { status: "pass", reasons: [`${done} was read negative.`] };
}

function preCare(answers: ChecklistFacts["preCare"]): Pick<ChecklistItem, "status" | "reasons"> {
  const no = preCareItemIds.filter((id) => answers[id] === false);
  if (no.length)
    return { status: "fail", reasons: no.map((id) => `Not followed: ${PRE_CARE_LABELS[id]}.`) };
  const unasked = preCareItemIds.filter((id) => answers[id] === undefined);
  if (unasked.length)
    return {
      status: "pending",
      reasons: unasked.map((id) => `Not yet confirmed: ${PRE_CARE_LABELS[id]}.`),
    };
  return { status: "pass", reasons: ["The client confirmed every pre-care instruction."] };
}

function age(years: number | null): Pick<ChecklistItem, "status" | "reasons"> {
  if (years === null)
    return {
      status: "fail",
      reasons: ["No date of birth is on record: record it and check photo ID before treatment."],
    };
  if (years < 18)
    return {
      status: "fail",
      reasons: [`The client is ${years}: treatment is not allowed under 18.`],
    };
  return { status: "pass", reasons: [`Aged ${years} on the day of the session.`] };
}

/** Which failures an override would clear, and why one is refused; `null` = accepted. */
export function overrideProblem(item: ChecklistItem, reason: string): string | null {
  if (!item.overridable) return `"${item.label}" cannot be overridden.`;
  if (item.status !== "fail")
    return `"${item.label}" has not failed, so there is nothing to override.`;
  if (reason.trim().length < MIN_OVERRIDE_REASON)
    return `The reason for overriding "${item.label}" must be at least ${MIN_OVERRIDE_REASON} characters.`;
  return null;
}

/**
 * Evaluates every item. Overrides apply only to failed, overridable items; others are ignored
 * (the caller reports `overrideProblem` for them when it wants to refuse instead).
 */
export function evaluateChecklist(
  facts: ChecklistFacts,
  overrides: readonly OverrideRequest[],
  by: { userId: string; name: string; at: number },
  now: number,
): ChecklistResult {
  const parts: Record<ChecklistItemId, Pick<ChecklistItem, "status" | "reasons">> = {
    consent: consent(facts.plan),
    screening: screening(facts.screening),
    patch_test: patchTest(facts.patchTest, now),
    pre_care: preCare(facts.preCare),
    age: age(facts.ageYears),
  };
  const items = checklistItemIds.map((id): ChecklistItem => {
    const part = parts[id];
    const overridable =
      OVERRIDABLE.has(id) && !(id === "screening" && facts.screening?.verdict === "decline");
    const base: ChecklistItem = {
      id,
      label: CHECKLIST_LABELS[id],
      ...part,
      overridable,
      override: null,
    };
    const asked = overrides.find((o) => o.item === id);
    if (asked && overrideProblem(base, asked.reason) === null) {
      base.override = {
        reason: asked.reason.trim(),
        byUserId: by.userId,
        byName: by.name,
        at: Temporal.Instant.fromEpochMilliseconds(by.at).toString(),
      };
    }
    return base;
  });
  const blocking = items
    .filter((i) => i.status === "pending" || (i.status === "fail" && !i.override))
    .map((i) => i.id);
  return { items, canStart: blocking.length === 0, blocking };
}

/** Whole years between a date of birth and a date, both YYYY-MM-DD. */
export function ageInYears(dateOfBirth: string, on: string): number {
  const [by, bm, bd] = dateOfBirth.split("-").map(Number) as [number, number, number];
  const [y, m, d] = on.split("-").map(Number) as [number, number, number];
  let years = y - by;
  if (m < bm || (m === bm && d < bd)) years -= 1;
  return years;
}
