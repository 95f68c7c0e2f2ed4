import type { Assessment } from "../assessment/assessment.ts";
import { type ClinicalSettings, DEFAULT_CLINICAL_SETTINGS } from "../settings/clinical-settings.ts";

// Shared test fixtures for the planning tests; imported only by *.test.ts files.

/** A valid assessment: Norwood V, dark brown hair, Fitzpatrick III, shaved. */
export function assessment(overrides: Partial<Assessment> = {}): Assessment {
  return {
    caseType: "male_pattern",
    norwood: "V",
    ludwig: null,
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
    hairlineHeightCm: 8,
    skinFlags: { dryOrFlaky: false, thick: false, sensitive: false },
    goals: "",
    notes: "",
    ...overrides,
  };
}

/** The reference defaults with some sections replaced (a deep copy: tests may mutate it). */
export function settings(
  patch: { [K in keyof ClinicalSettings]?: Partial<ClinicalSettings[K]> } = {},
): ClinicalSettings {
  const base = structuredClone(DEFAULT_CLINICAL_SETTINGS);
  const out = { ...base } as Record<string, unknown>;
  for (const [key, value] of Object.entries(patch)) {
    out[key] = { ...(base as Record<string, object>)[key], ...value };
  }
  return out as ClinicalSettings;
}
