/**
 * Consent texts may name the clinic's own values with placeholders such as
 * `{{cancellationNoticeHours}}`; they are filled from the clinic's settings when the form is shown,
 * and the filled text is what a client signs and what is frozen.
 */
export interface ConsentValues {
  clinicName: string;
  /** "£50.00" or "10% of the course price". */
  deposit: string;
  cancellationNoticeHours: number;
  rescheduleNoticeHours: number;
  /** "2" or "no limit". */
  rescheduleLimit: string;
  /** Whether a late cancellation keeps the deposit, in words. */
  lateCancelDeposit: string;
  /** Whether a missed appointment keeps the deposit, in words. */
  noShowDeposit: string;
}

export const consentPlaceholders: readonly (keyof ConsentValues)[] = [
  "clinicName",
  "deposit",
  "cancellationNoticeHours",
  "rescheduleNoticeHours",
  "rescheduleLimit",
  "lateCancelDeposit",
  "noShowDeposit",
];

const PLACEHOLDER = /\{\{\s*([a-zA-Z]+)\s*\}\}/g;

/** Fills known placeholders; unknown ones are left as written so an editor can see the typo. */
export function renderConsentText(text: string, values: ConsentValues): string {
  return text.replace(PLACEHOLDER, (whole, name: string) =>
    (consentPlaceholders as readonly string[]).includes(name)
      ? String(values[name as keyof ConsentValues])
      : whole,
  );
}

/** Placeholder names in `text` that are not known, for a clear validation message. */
export function unknownPlaceholders(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(PLACEHOLDER)) {
    const name = match[1] ?? "";
    if (!(consentPlaceholders as readonly string[]).includes(name)) found.add(name);
  }
  return [...found];
}

/** The exact string whose sha256 is stored with a signature and printed on its PDF copy. */
export function consentHashInput(title: string, body: string): string {
  return `${title}\n\n${body}`;
}

/** Deposit in words from the clinic's pricing settings. */
export function depositWords(
  deposit: { kind: "fixed" | "percent"; fixedPence: number; percent: number },
  money: (pence: number) => string,
): string {
  return deposit.kind === "fixed"
    ? money(deposit.fixedPence)
    : `${deposit.percent}% of the course price`;
}

/** The placeholder values from the clinic's name, booking rules and deposit setting. */
export function consentValuesFrom(input: {
  clinicName: string;
  deposit: string;
  policy: {
    cancellationNoticeHours: number;
    rescheduleNoticeHours: number;
    rescheduleLimit: number;
    lateCancelForfeitsDeposit: boolean;
    noShowForfeitsDeposit: boolean;
  };
}): ConsentValues {
  const { policy } = input;
  return {
    clinicName: input.clinicName,
    deposit: input.deposit,
    cancellationNoticeHours: policy.cancellationNoticeHours,
    rescheduleNoticeHours: policy.rescheduleNoticeHours,
    rescheduleLimit:
      policy.rescheduleLimit === 0
        ? "no limit"
        : `up to ${policy.rescheduleLimit} time${policy.rescheduleLimit === 1 ? "" : "s"}`,
    lateCancelDeposit: policy.lateCancelForfeitsDeposit
      ? "the deposit is kept."
      : "the deposit is carried over, but repeated late cancellations may need a new deposit.",
    noShowDeposit: policy.noShowForfeitsDeposit
      ? "the deposit is kept."
      : "the deposit is carried over to a new appointment.",
  };
}
