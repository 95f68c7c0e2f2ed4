import { z } from "zod";

/**
 * The practitioner's hair-loss assessment (reference §1, §4.3, §4.4, §9). Stages are practitioner
 * judgement, stored as given: the scales' inter-rater reliability is only moderate (§1.1).
 */

export const norwoodStages = [
  "I",
  "II",
  "IIa",
  "III",
  "IIIa",
  "IIIv",
  "IV",
  "IVa",
  "V",
  "Va",
  "VI",
  "VII",
] as const;
export type NorwoodStage = (typeof norwoodStages)[number];

export const ludwigGrades = ["I", "II", "III"] as const;
export type LudwigGrade = (typeof ludwigGrades)[number];

export const savinGrades = [
  "I-1",
  "I-2",
  "I-3",
  "I-4",
  "II-1",
  "II-2",
  "III",
  "advanced",
  "frontal",
] as const;
export type SavinGrade = (typeof savinGrades)[number];

export const caseTypes = [
  "male_pattern",
  "female_pattern",
  "diffuse_thinning",
  "alopecia_areata",
  "alopecia_totalis",
  "alopecia_universalis",
  "scar",
  "birthmark",
  "other",
] as const;
export type CaseType = (typeof caseTypes)[number];

export const scarKinds = ["fut", "fue", "other"] as const;
export type ScarKind = (typeof scarKinds)[number];

export const hairColours = [
  "black",
  "dark_brown",
  "medium_brown",
  "light_brown",
  "blonde",
  "red",
  "grey_white",
] as const;
export type HairColour = (typeof hairColours)[number];

export const hairLengthPlans = ["shaved", "short", "long"] as const;
export type HairLengthPlan = (typeof hairLengthPlans)[number];

export const hairlineStyles = ["natural", "broken", "widows_peak", "defined", "none"] as const;
export type HairlineStyle = (typeof hairlineStyles)[number];

const isoDate = z.iso.date({ message: "Use a real date (YYYY-MM-DD)." });

export const scarSchema = z.object({
  kind: z.enum(scarKinds),
  /** Linear scars (FUT, other): length and width; FUE fields: area. */
  lengthCm: z.number().positive().max(60).nullable(),
  widthCm: z.number().positive().max(10).nullable(),
  areaCm2: z.number().positive().max(800).nullable(),
});
export type Scar = z.infer<typeof scarSchema>;

export const assessmentSchema = z
  .object({
    caseType: z.enum(caseTypes),
    norwood: z.enum(norwoodStages).nullable(),
    ludwig: z.enum(ludwigGrades).nullable(),
    savin: z.enum(savinGrades).nullable(),
    /** Alopecia areata/totalis/universalis: the last time a patch appeared or spread. */
    alopeciaLastActivity: isoDate.nullable(),
    /** Alopecia areata: number of patches and their total measured area. */
    alopeciaPatchCount: z.number().int().min(1).max(100).nullable(),
    alopeciaAreaCm2: z.number().positive().max(800).nullable(),
    scars: z.array(scarSchema).max(10),
    birthmarkAreaCm2: z.number().positive().max(800).nullable(),
    /** Fitzpatrick skin type I–VI, stored as 1–6. */
    fitzpatrick: z.number().int().min(1).max(6),
    hairColour: z.enum(hairColours),
    greyPct: z.number().int().min(0).max(100),
    hairLengthPlan: z.enum(hairLengthPlans),
    hairlineStyle: z.enum(hairlineStyles),
    /** Mid-frontal point height above the glabella: 7 cm aggressive … 10 cm conservative (§4.3). */
    hairlineHeightCm: z.number().min(4).max(14).nullable(),
    /** Skin that more often needs a 4th session (§3.1): dry/flaky, very thick or sensitive. */
    skinFlags: z.object({ dryOrFlaky: z.boolean(), thick: z.boolean(), sensitive: z.boolean() }),
    goals: z.string().max(2000),
    notes: z.string().max(4000),
  })
  .superRefine((a, ctx) => {
    const need = (ok: boolean, path: string, message: string) => {
      if (!ok) ctx.addIssue({ code: "custom", path: [path], message });
    };
    need(
      a.caseType !== "male_pattern" || a.norwood !== null,
      "norwood",
      "Choose the Norwood stage.",
    );
    need(
      a.caseType !== "female_pattern" || a.ludwig !== null,
      "ludwig",
      "Choose the Ludwig grade.",
    );
    need(a.caseType !== "scar" || a.scars.length > 0, "scars", "Describe at least one scar.");
    need(
      a.caseType !== "alopecia_areata" || a.alopeciaLastActivity !== null,
      "alopeciaLastActivity",
      "Give the date of the last new patch or spread.",
    );
    a.scars.forEach((s, i) => {
      if (s.kind === "fue" ? s.areaCm2 === null : s.lengthCm === null && s.areaCm2 === null) {
        ctx.addIssue({
          code: "custom",
          path: ["scars", i, s.kind === "fue" ? "areaCm2" : "lengthCm"],
          message: s.kind === "fue" ? "Give the donor field's area." : "Give the scar's length.",
        });
      }
    });
  });
export type Assessment = z.infer<typeof assessmentSchema>;

/** The realistic-expectations checklist (DESIGN: realistic-expectations check before the plan). */
export const expectationItems = [
  {
    id: "simulation_not_regrowth",
    text: "SMP is a simulation of closely shaved hair. It does not regrow hair or stop hair loss.",
  },
  {
    id: "several_sessions",
    text: "The result is built over several sessions weeks apart, starting light and getting darker.",
  },
  {
    id: "fading_touch_ups",
    text: "Pigment softens over time; touch-ups are needed every few years to keep it crisp.",
  },
  {
    id: "shade_changes_grey",
    text: "If remaining hair turns grey, the shade of future touch-ups may need to change.",
  },
  {
    id: "sun_and_aftercare",
    text: "Aftercare matters: no washing for the first days and sun protection for life.",
  },
  {
    id: "long_hair_caveat",
    text: "With longer hair the whole scalp cannot be seen, so a perfect density match cannot be guaranteed, and a later shorter style may show untreated areas.",
    onlyWhen: "long_hair",
  },
] as const;
export type ExpectationId = (typeof expectationItems)[number]["id"];

/** The checklist items that apply to this assessment (the long-hair caveat only for long hair). */
export function applicableExpectations(assessment: Pick<Assessment, "hairLengthPlan"> | null) {
  return expectationItems.filter(
    (item) => !("onlyWhen" in item) || assessment?.hairLengthPlan === "long",
  );
}

/** Items still to be discussed and ticked. */
export function missingExpectations(
  assessment: Pick<Assessment, "hairLengthPlan"> | null,
  ticked: readonly string[],
): ExpectationId[] {
  return applicableExpectations(assessment)
    .map((item) => item.id)
    .filter((id) => !ticked.includes(id));
}
