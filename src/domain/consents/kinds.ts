/** The consent forms a clinic asks a client to sign; each is signed separately. */
export const consentKinds = [
  "treatment",
  "photo_clinical",
  "photo_marketing",
  "policy_deposit",
  "policy_cancellation",
  "policy_reschedule",
] as const;
export type ConsentKind = (typeof consentKinds)[number];

/** Signed before a treatment session can go ahead. */
export const requiredConsentKinds: readonly ConsentKind[] = [
  "treatment",
  "photo_clinical",
  "policy_deposit",
  "policy_cancellation",
  "policy_reschedule",
];

/** Offered, never required: a client may decline or withdraw at any time without consequence. */
export const optionalConsentKinds: readonly ConsentKind[] = ["photo_marketing"];

export function isRequiredConsent(kind: ConsentKind): boolean {
  return requiredConsentKinds.includes(kind);
}

/** Short labels for lists and buttons (the form's own title is the template's). */
export const consentKindLabels: Record<ConsentKind, string> = {
  treatment: "Treatment consent",
  photo_clinical: "Photos for your records",
  photo_marketing: "Photos for marketing (optional)",
  policy_deposit: "Deposit policy",
  policy_cancellation: "Cancellation policy",
  policy_reschedule: "Rescheduling policy",
};

export function isConsentKind(value: string): value is ConsentKind {
  return (consentKinds as readonly string[]).includes(value);
}
