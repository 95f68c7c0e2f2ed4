import { describe, expect, it } from "vitest";
import { DEFAULT_CLINICAL_SETTINGS } from "../settings/clinical-settings.ts";
import { rescreen, screen } from "./engine.ts";
import { INTAKE_QUESTIONNAIRE } from "./questionnaire.ts";
import {
  CLEAN,
  deferral,
  gpLetter,
  reasonFor,
  ruleIds,
  run,
  TODAY,
  withRules,
} from "./screening.fixtures.ts";
import type { Answers, ScreeningReason } from "./types.ts";

describe("screen — nothing reported", () => {
  it("proceeds with a single no_contraindications reason", () => {
    expect(run()).toEqual({
      verdict: "proceed",
      deferUntil: null,
      reasons: [
        {
          ruleId: "no_contraindications",
          outcome: "proceed",
          message: "No contraindications reported in the intake (version 1).",
        },
      ],
      patchTestAdvised: false,
      questionnaireVersion: 1,
    });
  });

  it("ignores optional answers and 'no' to the on-the-day question", () => {
    const result = run({
      other_medications: "Minoxidil 5%",
      unwell_or_intoxicated_today: false,
      changes_since_last_visit: "",
    });
    expect(result.verdict).toBe("proceed");
    expect(ruleIds(result)).toEqual(["no_contraindications"]);
  });
});

describe("screen — triggers with the default settings", () => {
  const cases: [string, Answers, ScreeningReason["ruleId"], ScreeningReason["outcome"]][] = [
    ["pregnancy", { pregnant_or_breastfeeding: true }, "pregnancy", "decline"],
    ["bleeding disorder", { bleeding_disorder: true }, "bleeding_disorder", "decline"],
    [
      "pigment allergy",
      { allergies: true, allergy_kinds: ["pigment_or_ink"] },
      "pigment_allergy",
      "decline",
    ],
    ["trichotillomania", { trichotillomania: true }, "trichotillomania", "decline"],
    [
      "anticoagulants",
      { anticoagulants: true, anticoagulant_details: "Warfarin" },
      "anticoagulants",
      "gp_letter",
    ],
    ["keloid", { keloid_scarring: true }, "keloid", "gp_letter"],
    ["controlled diabetes", { diabetes: true, diabetes_controlled: true }, "diabetes", "gp_letter"],
    [
      "uncontrolled diabetes",
      { diabetes: true, diabetes_controlled: false },
      "diabetes_uncontrolled",
      "decline",
    ],
    ["heart condition", { heart_condition: true }, "heart_condition", "gp_letter"],
    ["epilepsy", { epilepsy: true }, "epilepsy", "gp_letter"],
    ["immunosuppression", { immunosuppression: true }, "immunosuppression", "gp_letter"],
    [
      "chemotherapy long ago",
      { chemotherapy_radiotherapy: "past", chemotherapy_last_treatment: "2024-01-10" },
      "chemotherapy_history",
      "gp_letter",
    ],
  ];
  it.each(cases)("%s", (_name, answers, ruleId, outcome) => {
    const result = run(answers);
    expect(result.verdict).toBe(outcome);
    expect(ruleIds(result)).toEqual([ruleId]);
    expect(result.reasons[0]?.outcome).toBe(outcome);
    expect(result.deferUntil).toBeNull();
  });

  const deferrals: [string, Answers, ScreeningReason["ruleId"], string | null, string][] = [
    [
      "isotretinoin stopped two months ago",
      { isotretinoin: "stopped", isotretinoin_stopped_on: "2026-09-24" },
      "isotretinoin",
      "2027-03-24",
      "Isotretinoin stopped on 24 Sep 2026: wait 6 months after stopping, until 24 Mar 2027.",
    ],
    [
      "isotretinoin now",
      { isotretinoin: "current" },
      "isotretinoin",
      null,
      "Taking isotretinoin (Roaccutane) at the moment: wait 6 months after stopping, then screen again.",
    ],
    [
      "chemotherapy now",
      { chemotherapy_radiotherapy: "current" },
      "chemotherapy_recent",
      null,
      "Having chemotherapy or radiotherapy at the moment: wait 6 months after the last treatment, then screen again.",
    ],
    [
      "radiotherapy three months ago",
      { chemotherapy_radiotherapy: "past", chemotherapy_last_treatment: "2026-08-20" },
      "chemotherapy_recent",
      "2027-02-20",
      "Last chemotherapy or radiotherapy on 20 Aug 2026: wait 6 months after the last treatment, until 20 Feb 2027.",
    ],
    [
      "laser removal",
      { laser_removal: true, laser_removal_date: "2026-10-01" },
      "laser_removal",
      "2026-12-24",
      "Laser removal on the scalp on 1 Oct 2026: wait 12 weeks after the laser session, until 24 Dec 2026.",
    ],
    [
      "hair transplant",
      { hair_transplant: true, hair_transplant_date: "2026-07-24" },
      "hair_transplant",
      "2027-01-24",
      "Hair transplant on 24 Jul 2026: wait 6 months after the transplant, until 24 Jan 2027.",
    ],
    [
      "botox",
      { botox_filler: true, botox_filler_date: "2026-11-17" },
      "botox_filler",
      "2026-12-01",
      "Botox or filler in the forehead or scalp on 17 Nov 2026: wait 2 weeks after the injections, until 1 Dec 2026.",
    ],
    [
      "sunburn",
      { sunburn_scalp: true },
      "sunburn",
      "2026-12-08",
      "Sunburnt scalp reported on 24 Nov 2026: wait 2 weeks, until 8 Dec 2026.",
    ],
    [
      "scalp condition",
      { scalp_condition_active: true, scalp_condition_kinds: ["psoriasis", "folliculitis"] },
      "scalp_condition",
      "2026-12-22",
      "Active scalp condition (psoriasis and folliculitis) reported on 24 Nov 2026: wait 4 weeks, until 22 Dec 2026.",
    ],
    [
      "alopecia areata active",
      { alopecia_areata: true, alopecia_areata_last_activity: "2026-08-24" },
      "alopecia_areata_active",
      "2027-08-24",
      "Alopecia areata last active on 24 Aug 2026 (from the intake): wait 12 months after the last new patch or spread, until 24 Aug 2027.",
    ],
    [
      "unwell today",
      { unwell_or_intoxicated_today: true },
      "unwell_today",
      "2026-11-25",
      "Feeling unwell, or alcohol or recreational drugs in the last 24 hours, reported on 24 Nov 2026: wait 1 day, until 25 Nov 2026.",
    ],
  ];
  it.each(deferrals)("%s defers", (_name, answers, ruleId, until, message) => {
    const result = run(answers);
    expect(result.verdict).toBe("defer");
    expect(result.deferUntil).toBe(until);
    expect(result.reasons).toEqual([{ ruleId, outcome: "defer", until, message }]);
  });

  it("names the client's own words for blood thinners and bleeding disorders", () => {
    const result = run({
      anticoagulants: true,
      anticoagulant_details: "Apixaban 5 mg",
      bleeding_disorder: true,
      bleeding_disorder_details: "Von Willebrand",
    });
    expect(reasonFor(result, "anticoagulants")?.message).toBe(
      'Takes blood thinners ("Apixaban 5 mg"): treat only with a letter from their GP or doctor confirming it is safe.',
    );
    expect(reasonFor(result, "bleeding_disorder")?.message).toBe(
      'Bleeding or clotting disorder ("Von Willebrand"): decline treatment.',
    );
  });

  it("asks for a patch test for any allergy; other allergies proceed by default", () => {
    const other = run({ allergies: true, allergy_kinds: ["latex", "anaesthetic"] });
    expect(other.verdict).toBe("proceed");
    expect(other.patchTestAdvised).toBe(true);
    expect(other.reasons).toEqual([
      {
        ruleId: "other_allergy",
        outcome: "proceed",
        patchTest: true,
        message:
          "Allergy to latex and local anaesthetic: may proceed; note it in the record. A patch test is advised before treatment.",
      },
    ]);
    const both = run({ allergies: true, allergy_kinds: ["pigment_or_ink", "nickel_or_metals"] });
    expect(ruleIds(both)).toEqual(["pigment_allergy", "other_allergy"]);
    expect(both.reasons.every((r) => r.patchTest)).toBe(true);
    expect(both.verdict).toBe("decline");
  });

  it("fires only one of the two diabetes rules", () => {
    expect(ruleIds(run({ diabetes: true, diabetes_controlled: false }))).not.toContain("diabetes");
    expect(ruleIds(run({ diabetes: true, diabetes_controlled: true }))).not.toContain(
      "diabetes_uncontrolled",
    );
  });

  it("fires chemotherapy history, not the recent rule, once the wait has passed", () => {
    const result = run({
      chemotherapy_radiotherapy: "past",
      chemotherapy_last_treatment: "2026-05-24",
    });
    expect(ruleIds(result)).toEqual(["chemotherapy_history"]);
    expect(result.reasons[0]?.message).toBe(
      "Last chemotherapy or radiotherapy on 24 May 2026: treat only with a letter from their GP or doctor confirming it is safe.",
    );
  });

  it("no longer defers once a dated wait is over, including on its last day", () => {
    expect(run({ isotretinoin: "stopped", isotretinoin_stopped_on: "2026-04-01" }).verdict).toBe(
      "proceed",
    );
    expect(run({ isotretinoin: "stopped", isotretinoin_stopped_on: "2026-05-24" }).verdict).toBe(
      "proceed",
    );
    expect(run({ isotretinoin: "stopped", isotretinoin_stopped_on: "2026-05-25" }).deferUntil).toBe(
      "2026-11-25",
    );
  });

  it("takes the later alopecia activity of the intake and the assessment", () => {
    const answers = { alopecia_areata: true, alopecia_areata_last_activity: "2026-01-10" };
    const fromAssessment = run(answers, { alopeciaLastActivity: "2026-03-01" });
    expect(fromAssessment.deferUntil).toBe("2027-03-01");
    expect(fromAssessment.reasons[0]?.message).toContain("(from the assessment)");
    expect(run(answers, { alopeciaLastActivity: "2025-12-01" }).deferUntil).toBe("2027-01-10");
    expect(run({}, { alopeciaLastActivity: "2026-06-01" }).deferUntil).toBe("2027-06-01");
    expect(run({}, { alopeciaLastActivity: "2024-05-01" }).verdict).toBe("proceed");
    expect(run({}, { alopeciaLastActivity: null }).verdict).toBe("proceed");
  });

  it("ignores answers to hidden follow-ups", () => {
    const result = run({
      isotretinoin: "never",
      isotretinoin_stopped_on: "2026-10-01",
      hair_transplant: false,
      hair_transplant_date: "2026-10-01",
      allergies: false,
      allergy_kinds: ["pigment_or_ink"],
    });
    expect(ruleIds(result)).toEqual(["no_contraindications"]);
  });
});

describe("screen — precedence and deferUntil", () => {
  it("puts decline before defer before GP letter, and only a defer verdict has a date", () => {
    const result = run({
      pregnant_or_breastfeeding: true,
      sunburn_scalp: true,
      anticoagulants: true,
      anticoagulant_details: "Warfarin",
      allergies: true,
      allergy_kinds: ["latex"],
    });
    expect(result.verdict).toBe("decline");
    expect(result.deferUntil).toBeNull();
    expect(result.reasons.map((r) => [r.ruleId, r.outcome])).toEqual([
      ["pregnancy", "decline"],
      ["sunburn", "defer"],
      ["anticoagulants", "gp_letter"],
      ["other_allergy", "proceed"],
    ]);
  });

  it("defers to the latest date among the deferrals", () => {
    const result = run({
      sunburn_scalp: true,
      isotretinoin: "stopped",
      isotretinoin_stopped_on: "2026-09-24",
      epilepsy: true,
    });
    expect(result.verdict).toBe("defer");
    expect(result.deferUntil).toBe("2027-03-24");
  });

  it("defers with no date while any deferral is undated", () => {
    const result = run({ sunburn_scalp: true, isotretinoin: "current" });
    expect(result.deferUntil).toBeNull();
  });
});

describe("screen — age (Tattooing of Minors Act 1969)", () => {
  it("declines under 18 whatever else, naming the 18th birthday", () => {
    const result = run({}, { dateOfBirth: "2009-01-15" });
    expect(result.verdict).toBe("decline");
    expect(result.reasons).toEqual([
      {
        ruleId: "under_18",
        outcome: "decline",
        message:
          "Under 18 on 24 Nov 2026 (born 15 Jan 2009; turns 18 on 15 Jan 2027): tattooing anyone under 18 is an offence under the Tattooing of Minors Act 1969, so SMP cannot go ahead.",
      },
    ]);
  });

  it("proceeds when the 18th birthday is the treatment date itself", () => {
    expect(run({}, { dateOfBirth: "2008-11-24" }).verdict).toBe("proceed");
    expect(run({}, { dateOfBirth: "2008-11-25" }).verdict).toBe("decline");
  });

  it("uses 1 March as the birthday of someone born on 29 February", () => {
    const dob = "2008-02-29";
    expect(run({}, { dateOfBirth: dob, today: "2026-02-28" }).verdict).toBe("decline");
    expect(
      reasonFor(run({}, { dateOfBirth: dob, today: "2026-02-28" }), "under_18")?.message,
    ).toContain("turns 18 on 1 Mar 2026");
    expect(run({}, { dateOfBirth: dob, today: "2026-03-01" }).verdict).toBe("proceed");
  });

  it("checks the age on the treatment date, not today", () => {
    expect(run({}, { dateOfBirth: "2009-01-15", treatmentDate: "2027-01-15" }).verdict).toBe(
      "proceed",
    );
    expect(run({}, { dateOfBirth: "2009-01-15", treatmentDate: "2027-01-14" }).verdict).toBe(
      "decline",
    );
  });

  it("is never lifted by a clearance and comes first", () => {
    const result = run(
      { anticoagulants: true, anticoagulant_details: "Warfarin", pregnant_or_breastfeeding: true },
      { dateOfBirth: "2010-05-05", clearances: [gpLetter("anticoagulants")] },
    );
    expect(result.verdict).toBe("decline");
    expect(ruleIds(result)).toEqual(["under_18", "pregnancy", "anticoagulants"]);
  });
});

describe("screen — incomplete intake", () => {
  it("defers without a date when the date of birth is missing", () => {
    const result = run({}, { dateOfBirth: null });
    expect(result).toMatchObject({ verdict: "defer", deferUntil: null });
    expect(result.reasons).toEqual([
      {
        ruleId: "incomplete",
        outcome: "defer",
        until: null,
        message: "The intake is incomplete: no date of birth. Complete it before treatment.",
      },
    ]);
  });

  it("names up to three unanswered questions, then how many more", () => {
    const result = screen({
      questionnaire: INTAKE_QUESTIONNAIRE,
      answers: { pregnant_or_breastfeeding: false },
      dateOfBirth: "1990-01-01",
      today: TODAY,
      clearances: [],
      settings: DEFAULT_CLINICAL_SETTINGS,
    });
    expect(result.reasons[0]?.message).toBe(
      'The intake is incomplete: no answer to "Do you take any medicine that thins your blood?", "Do you have a condition that affects bleeding or blood clotting?", "Have you ever had raised, thickened scars (keloids)?" and 15 more. Complete it before treatment.',
    );
  });

  it("names a missing follow-up and still applies the rules that did fire", () => {
    const result = run({ anticoagulants: true, sunburn_scalp: true });
    expect(ruleIds(result)).toEqual(["incomplete", "sunburn", "anticoagulants"]);
    expect(result.deferUntil).toBeNull();
    expect(reasonFor(result, "incomplete")?.message).toBe(
      'The intake is incomplete: no answer to "Which medicine do you take, and how much?". Complete it before treatment.',
    );
  });

  it("treats a date of birth in the future, over 120 years ago or malformed as incomplete", () => {
    const message = (dateOfBirth: string) =>
      reasonFor(run({}, { dateOfBirth }), "incomplete")?.message;
    expect(message("2027-01-01")).toContain("the date of birth 1 Jan 2027 is in the future");
    expect(message("1906-11-23")).toContain("more than 120 years ago");
    expect(message("1906-11-24")).toBeUndefined();
    expect(message("15/06/1985")).toContain('the date of birth "15/06/1985" is not a valid date');
    expect(run({}, { dateOfBirth: "2027-01-01" }).verdict).toBe("defer");
  });

  it("treats answers of the wrong type as incomplete rather than as 'no'", () => {
    const result = run({ pregnant_or_breastfeeding: "yes" as unknown as boolean });
    expect(result.verdict).toBe("defer");
    expect(reasonFor(result, "incomplete")?.message).toContain(
      'an answer that is not valid to "Are you pregnant or breastfeeding?"',
    );
  });
});

describe("screen — treatment date", () => {
  it("counts waits against the treatment date, not today", () => {
    const stopped = { isotretinoin: "stopped", isotretinoin_stopped_on: "2026-09-24" };
    expect(run(stopped, { treatmentDate: "2027-03-24" }).verdict).toBe("proceed");
    expect(run(stopped, { treatmentDate: "2027-03-23" }).deferUntil).toBe("2027-03-24");
  });

  it("counts 'reported today' waits from today", () => {
    expect(run({ sunburn_scalp: true }, { treatmentDate: "2026-12-15" }).verdict).toBe("proceed");
    expect(run({ sunburn_scalp: true }, { treatmentDate: "2026-12-07" }).deferUntil).toBe(
      "2026-12-08",
    );
  });

  it("refuses a malformed today or treatment date", () => {
    expect(() => run({}, { today: "24/11/2026" })).toThrow(RangeError);
    expect(() => run({}, { treatmentDate: "2026-02-30" })).toThrow(RangeError);
  });
});

describe("screen — clinic settings", () => {
  it("reports a rule set to proceed as information", () => {
    const result = run(
      { epilepsy: true },
      { settings: withRules({ epilepsy: { action: "proceed" } }) },
    );
    expect(result.verdict).toBe("proceed");
    expect(result.reasons).toEqual([
      {
        ruleId: "epilepsy",
        outcome: "proceed",
        message: "Epilepsy: may proceed; note it in the record.",
      },
    ]);
  });

  it("defers an undated rule set to defer from today", () => {
    const settings = withRules({
      pregnancy: { action: "defer", wait: { amount: 9, unit: "months" } },
    });
    const result = run({ pregnant_or_breastfeeding: true }, { settings });
    expect(result.deferUntil).toBe("2027-08-24");
    expect(result.reasons[0]?.message).toBe(
      "Pregnant or breastfeeding: wait 9 months, until 24 Aug 2027.",
    );
  });

  it("fires a dated rule with another action only inside its wait window", () => {
    const settings = withRules({
      isotretinoin: { action: "gp_letter", wait: { amount: 12, unit: "months" } },
    });
    const recent = run(
      { isotretinoin: "stopped", isotretinoin_stopped_on: "2026-09-24" },
      { settings },
    );
    expect(recent.verdict).toBe("gp_letter");
    expect(recent.reasons[0]?.message).toBe(
      "Isotretinoin stopped on 24 Sep 2026, less than 12 months before treatment on 24 Nov 2026: treat only with a letter from their GP or doctor confirming it is safe.",
    );
    const old = run(
      { isotretinoin: "stopped", isotretinoin_stopped_on: "2025-09-24" },
      { settings },
    );
    expect(old.verdict).toBe("proceed");
  });

  it("fires a dated rule with another action and no wait whatever the date", () => {
    const settings = withRules({ hair_transplant: { action: "decline" } });
    const result = run({ hair_transplant: true, hair_transplant_date: "2010-01-01" }, { settings });
    expect(result.verdict).toBe("decline");
    expect(result.reasons[0]?.message).toBe("Hair transplant on 1 Jan 2010: decline treatment.");
  });

  it("fires undated rules with a non-defer action whatever their wait", () => {
    const settings = withRules({
      sunburn: { action: "decline", wait: { amount: 0, unit: "days" } },
    });
    expect(run({ sunburn_scalp: true }, { settings }).verdict).toBe("decline");
  });

  it("keeps chemotherapy history quiet while the recent rule fires", () => {
    const settings = withRules({ chemotherapy_recent: { action: "gp_letter" } });
    const result = run(
      { chemotherapy_radiotherapy: "past", chemotherapy_last_treatment: "2015-01-01" },
      { settings },
    );
    expect(ruleIds(result)).toEqual(["chemotherapy_recent"]);
  });
});

describe("screen — clearances", () => {
  const warfarin = { anticoagulants: true, anticoagulant_details: "Warfarin" };

  it("a GP letter clears a GP-letter rule, which stays listed as cleared", () => {
    const letter = gpLetter("anticoagulants");
    const result = run(warfarin, { clearances: [letter] });
    expect(result.verdict).toBe("proceed");
    expect(result.reasons).toEqual([
      {
        ruleId: "anticoagulants",
        outcome: "gp_letter",
        cleared: letter,
        message:
          'Takes blood thinners ("Warfarin"): treat only with a letter from their GP or doctor confirming it is safe. Cleared: GP or doctor letter recorded on 20 Nov 2026.',
      },
    ]);
  });

  it("a GP letter for one rule leaves the others counting", () => {
    const result = run(
      { ...warfarin, epilepsy: true },
      { clearances: [gpLetter("anticoagulants")] },
    );
    expect(result.verdict).toBe("gp_letter");
    expect(result.reasons.map((r) => [r.ruleId, !!r.cleared])).toEqual([
      ["epilepsy", false],
      ["anticoagulants", true],
    ]);
  });

  it("a GP letter never lifts a decline or a deferral", () => {
    const result = run(
      { pregnant_or_breastfeeding: true, sunburn_scalp: true },
      { clearances: [gpLetter("pregnancy"), gpLetter("sunburn")] },
    );
    expect(result.verdict).toBe("decline");
    expect(result.reasons.some((r) => r.cleared)).toBe(false);
  });

  it("a recorded deferral replaces the rule's date", () => {
    const result = run(
      { sunburn_scalp: true },
      { clearances: [deferral("sunburn", "2027-01-05")] },
    );
    expect(result.deferUntil).toBe("2027-01-05");
    expect(result.reasons[0]).toMatchObject({ until: "2027-01-05" });
    expect(result.reasons[0]?.message).toContain(
      "A deferral recorded on 20 Nov 2026 now runs until 5 Jan 2027.",
    );
    const earlier = run(
      { sunburn_scalp: true },
      { clearances: [deferral("sunburn", "2026-12-01")] },
    );
    expect(earlier.deferUntil).toBe("2026-12-01");
  });

  it("a recorded deferral that has run out by the treatment date clears the rule", () => {
    const clearance = deferral("sunburn", "2026-11-24");
    const result = run({ sunburn_scalp: true }, { clearances: [clearance] });
    expect(result.verdict).toBe("proceed");
    expect(result.deferUntil).toBeNull();
    expect(result.reasons[0]).toMatchObject({ ruleId: "sunburn", cleared: clearance });
  });

  it("a recorded deferral dates an undated deferral", () => {
    const result = run(
      { isotretinoin: "current" },
      { clearances: [deferral("isotretinoin", "2027-09-01")] },
    );
    expect(result.deferUntil).toBe("2027-09-01");
  });

  it("the latest recorded clearance wins", () => {
    const result = run(
      { sunburn_scalp: true },
      {
        clearances: [
          deferral("sunburn", "2026-11-20", "2026-11-23"),
          deferral("sunburn", "2027-02-01", "2026-11-24"),
        ],
      },
    );
    expect(result.deferUntil).toBe("2027-02-01");
  });

  it("a recorded deferral never lifts a decline", () => {
    const result = run(
      { pregnant_or_breastfeeding: true },
      { clearances: [deferral("pregnancy", "2026-01-01")] },
    );
    expect(result.verdict).toBe("decline");
  });

  it("cleared reasons do not count towards a patch test", () => {
    const settings = withRules({ other_allergy: { action: "gp_letter" } });
    const result = run(
      { allergies: true, allergy_kinds: ["latex"] },
      { settings, clearances: [gpLetter("other_allergy")] },
    );
    expect(result.patchTestAdvised).toBe(false);
    expect(result.reasons[0]?.patchTest).toBe(true);
  });
});

describe("rescreen", () => {
  it("merges the changes, drops hidden follow-ups and forgets the on-the-day answers", () => {
    const previous: Answers = {
      ...CLEAN,
      hair_transplant: true,
      hair_transplant_date: "2026-01-10",
      unwell_or_intoxicated_today: true,
      changes_since_last_visit: "New glasses",
    };
    expect(rescreen(previous, { hair_transplant: false, sunburn_scalp: true })).toEqual({
      ...CLEAN,
      hair_transplant: false,
      sunburn_scalp: true,
    });
    expect(rescreen(previous, { unwell_or_intoxicated_today: false })).toMatchObject({
      unwell_or_intoxicated_today: false,
      hair_transplant_date: "2026-01-10",
    });
  });

  it("feeds straight back into screen", () => {
    const answers = rescreen(CLEAN, {
      isotretinoin: "stopped",
      isotretinoin_stopped_on: "2026-10-01",
    });
    expect(run(answers).deferUntil).toBe("2027-04-01");
  });
});
