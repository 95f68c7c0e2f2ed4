import type { Assessment, HairColour } from "../assessment/assessment.ts";
import type { ClinicalSettings } from "../settings/clinical-settings.ts";
import type { PigmentSuggestion } from "./types.ts";

/**
 * Shade selection — smp-reference.md §4.4 **[derived]**. SMP pigment is carbon black diluted with
 * distilled water: more water = lighter. Dark hair and dark skin take little or no water, blonde
 * and grey heavy dilution. Strengths are % pigment in the mix (100 = undiluted). A starting point
 * for the practitioner, who matches the shade on the client's skin.
 */
export const PIGMENT_REFERENCE = {
  strengthByHairColour: {
    black: 100,
    dark_brown: 85,
    medium_brown: 65,
    light_brown: 50,
    blonde: 35,
    red: 45,
    grey_white: 25,
  } satisfies Record<HairColour, number>,
  /** Grey hair pulls the shade towards the grey/white strength in proportion to the grey share. */
  greyStrengthPct: 25,
  /** Fitzpatrick V–VI: less contrast, little blue risk — a darker shade (§4.4, §4.5). */
  darkSkinMinType: 5,
  darkSkinExtraPct: 10,
  /** From this grey share on, the shade may need to change at later top-ups (§4.4). */
  greyNoteFromPct: 40,
  /** Hair colours light enough that a very light pigment fades faster and shows less (§4.4). */
  lightHairColours: ["blonde", "grey_white"] as readonly HairColour[],
  /** Shade names by the lowest strength that earns them, darkest first. */
  shadeBands: [
    { fromPct: 85, label: "Dark" },
    { fromPct: 65, label: "Medium-dark" },
    { fromPct: 50, label: "Medium" },
    { fromPct: 30, label: "Light" },
    { fromPct: 0, label: "Very light" },
  ],
} as const;

/** "1 : 2" pigment to water; one decimal, a trailing ".0" dropped; "1 : 0" when undiluted. */
export function dilutionRatio(strengthPct: number): string {
  const water = (100 - strengthPct) / strengthPct;
  return `1 : ${water.toFixed(1).replace(/\.0$/, "")}`;
}

export function shadeLabel(strengthPct: number): string {
  const band = PIGMENT_REFERENCE.shadeBands.find((b) => strengthPct >= b.fromPct);
  return band?.label ?? "Very light";
}

/** Suggested final-session pigment strength from hair colour, grey share and skin type (§4.4, §4.5). */
export function suggestPigment(
  assessment: Assessment,
  settings: ClinicalSettings,
): PigmentSuggestion {
  const ref = PIGMENT_REFERENCE;
  const base = ref.strengthByHairColour[assessment.hairColour];
  let s = base - ((base - ref.greyStrengthPct) * assessment.greyPct) / 100;
  const notes: string[] = [];

  if (assessment.fitzpatrick >= ref.darkSkinMinType) {
    s = Math.min(100, s + ref.darkSkinExtraPct);
    notes.push(
      "Darker skin shows less contrast and carries little risk of a blue cast, so the shade is a little darker.",
    );
  }

  let blueShiftRisk = false;
  const { fairSkinMaxType, fairSkinMaxStrengthPct } = settings.pigment;
  if (assessment.fitzpatrick <= fairSkinMaxType && s > fairSkinMaxStrengthPct) {
    blueShiftRisk = true;
    s = fairSkinMaxStrengthPct;
    notes.push(
      `Fair skin with a dark shade risks a blue or green cast as it heals and ages, so the strength is capped at ${fairSkinMaxStrengthPct} %. Build the shade up in layers and keep the dots small and shallow.`,
    );
  }

  const strengthPct = Math.round(s);

  if (assessment.greyPct >= ref.greyNoteFromPct) {
    notes.push(
      `${assessment.greyPct} % of the hair is grey: as more turns grey, later top-ups may need a lighter shade.`,
    );
  }
  if (ref.lightHairColours.includes(assessment.hairColour)) {
    notes.push(
      "Very light hair needs a very light pigment, which fades faster and shows less; expect more frequent top-ups.",
    );
  }

  return {
    strengthPct,
    ratio: dilutionRatio(strengthPct),
    shadeLabel: shadeLabel(strengthPct),
    blueShiftRisk,
    notes,
  };
}
