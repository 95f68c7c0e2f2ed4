import type {
  Assessment,
  LudwigGrade,
  NorwoodStage,
} from "../../../domain/assessment/assessment.ts";
import { computeQuote, formatPence, generatePlan } from "../../../domain/planning/index.ts";
import type { ClinicalSettings } from "../../../domain/settings/clinical-settings.ts";
import type { EstimateStage, PublicEstimate } from "../../../shared/contracts/public-booking.ts";

/**
 * The estimate a stranger sees in the booking widget: for each picture (Norwood or Ludwig stage),
 * the number of sessions and the price this clinic's own settings give, through the same plan
 * generator and quote the practitioner uses. Pure: no I/O.
 *
 * A picture stands for a small family of stages (Norwood III also covers IIIa), and skin that needs
 * an extra session (dry, thick or sensitive) is only known at the consultation, so each figure is
 * the range over those cases.
 */

/** The pictures offered, with the assessment stages each one covers. */
const NORWOOD_PICTURES: { stage: string; label: string; covers: NorwoodStage[] }[] = [
  { stage: "I", label: "Norwood I", covers: ["I"] },
  { stage: "II", label: "Norwood II", covers: ["II", "IIa"] },
  { stage: "III", label: "Norwood III", covers: ["III", "IIIa"] },
  { stage: "IIIv", label: "Norwood III vertex", covers: ["IIIv"] },
  { stage: "IV", label: "Norwood IV", covers: ["IV", "IVa"] },
  { stage: "V", label: "Norwood V", covers: ["V", "Va"] },
  { stage: "VI", label: "Norwood VI", covers: ["VI"] },
  { stage: "VII", label: "Norwood VII", covers: ["VII"] },
];

const LUDWIG_PICTURES: { stage: LudwigGrade; label: string }[] = [
  { stage: "I", label: "Ludwig I" },
  { stage: "II", label: "Ludwig II" },
  { stage: "III", label: "Ludwig III" },
];

export const ESTIMATE_NOTE =
  "An estimate from typical cases at this clinic. Your practitioner confirms the number of sessions and the price at your consultation.";

/** An assessment with only what the plan generator reads for a typical case of this stage. */
function typicalCase(
  stage: Pick<Assessment, "caseType" | "norwood" | "ludwig">,
  flaggedSkin: boolean,
): Assessment {
  return {
    ...stage,
    savin: null,
    alopeciaLastActivity: null,
    alopeciaPatchCount: null,
    alopeciaAreaCm2: null,
    scars: [],
    birthmarkAreaCm2: null,
    fitzpatrick: 3,
    hairColour: "dark_brown",
    greyPct: 0,
    hairLengthPlan: "shaved",
    hairlineStyle: "natural",
    hairlineHeightCm: null,
    skinFlags: { dryOrFlaky: flaggedSkin, thick: false, sensitive: false },
    goals: "",
    notes: "",
  };
}

function priceText(min: number, max: number): string {
  const whole = (p: number) => formatPence(p).replace(/\.00$/, "");
  return min === max ? whole(min) : `${whole(min)} – ${whole(max)}`;
}

function stageEstimate(
  stage: string,
  label: string,
  cases: Pick<Assessment, "caseType" | "norwood" | "ludwig">[],
  settings: ClinicalSettings,
): EstimateStage {
  const sessions: number[] = [];
  const prices: number[] = [];
  for (const c of cases) {
    for (const flagged of [false, true]) {
      const plan = generatePlan({ assessment: typicalCase(c, flagged), screening: null, settings });
      sessions.push(plan.sessions.length);
      prices.push(computeQuote(plan, settings, null).totalPence);
    }
  }
  const min = Math.min(...prices);
  const max = Math.max(...prices);
  return {
    stage,
    label,
    sessions: { min: Math.min(...sessions), max: Math.max(...sessions) },
    pricePence: { min, max },
    priceText: priceText(min, max),
  };
}

/** Sessions and price range for every Norwood and Ludwig picture, from the clinic's settings. */
export function publicEstimate(settings: ClinicalSettings): PublicEstimate {
  return {
    norwood: NORWOOD_PICTURES.map((p) =>
      stageEstimate(
        p.stage,
        p.label,
        p.covers.map((norwood) => ({ caseType: "male_pattern", norwood, ludwig: null })),
        settings,
      ),
    ),
    ludwig: LUDWIG_PICTURES.map((p) =>
      stageEstimate(
        p.stage,
        p.label,
        [{ caseType: "female_pattern", norwood: null, ludwig: p.stage }],
        settings,
      ),
    ),
    note: ESTIMATE_NOTE,
  };
}
