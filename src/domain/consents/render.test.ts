import { describe, expect, it } from "vitest";
import { defaultConsentTexts } from "./default-texts.ts";
import { consentKinds, isRequiredConsent, optionalConsentKinds } from "./kinds.ts";
import {
  consentHashInput,
  consentValuesFrom,
  depositWords,
  renderConsentText,
  unknownPlaceholders,
} from "./render.ts";

const values = consentValuesFrom({
  clinicName: "Ink & Scalp",
  deposit: depositWords({ kind: "fixed", fixedPence: 5000, percent: 10 }, (p) => `£${p / 100}`),
  policy: {
    cancellationNoticeHours: 72,
    rescheduleNoticeHours: 24,
    rescheduleLimit: 1,
    lateCancelForfeitsDeposit: true,
    noShowForfeitsDeposit: false,
  },
});

describe("consent texts", () => {
  it("has a default for every kind with only known placeholders", () => {
    for (const kind of consentKinds) {
      const { title, body } = defaultConsentTexts[kind];
      expect(title.length).toBeGreaterThan(5);
      expect(unknownPlaceholders(title + body)).toEqual([]);
      expect(renderConsentText(body, values)).not.toMatch(/\{\{/);
    }
  });

  it("fills the policies from the clinic's booking rules and deposit", () => {
    const deposit = renderConsentText(defaultConsentTexts.policy_deposit.body, values);
    expect(deposit).toContain("A deposit of £50 secures your treatment course at Ink & Scalp");
    expect(deposit).toContain("at least 72 hours' notice");
    const cancel = renderConsentText(defaultConsentTexts.policy_cancellation.body, values);
    expect(cancel).toContain("late cancellation: the deposit is kept.");
    expect(cancel).toContain("Not attending without notice: the deposit is carried over");
    const move = renderConsentText(defaultConsentTexts.policy_reschedule.body, values);
    expect(move).toContain("up to 24 hours before");
    expect(move).toContain("at your request: up to 1 time.");
    expect(depositWords({ kind: "percent", fixedPence: 0, percent: 15 }, String)).toBe(
      "15% of the course price",
    );
  });

  it("covers realistic expectations, sessions, touch-ups, risks and aftercare in the treatment form", () => {
    const body = defaultConsentTexts.treatment.body;
    for (const words of [
      "does not grow hair",
      "two to four sessions",
      "touch-up",
      "Risks",
      "Aftercare",
      "alopecia areata",
    ]) {
      expect(body).toContain(words);
    }
  });

  it("keeps marketing optional and says how to withdraw", () => {
    expect(optionalConsentKinds).toEqual(["photo_marketing"]);
    expect(isRequiredConsent("photo_marketing")).toBe(false);
    expect(isRequiredConsent("treatment")).toBe(true);
    expect(defaultConsentTexts.photo_marketing.body).toContain(
      "Stop using my photos for marketing",
    );
  });

  it("leaves unknown placeholders visible and reports them", () => {
    expect(renderConsentText("Notice {{cancelationHours}} / {{ clinicName }}", values)).toBe(
      "Notice {{cancelationHours}} / Ink & Scalp",
    );
    expect(unknownPlaceholders("{{a}} {{clinicName}} {{a}}")).toEqual(["a"]);
  });

  it("hashes title and body separated by a blank line", () => {
    expect(consentHashInput("T", "B")).toBe("T\n\nB");
  });
});
