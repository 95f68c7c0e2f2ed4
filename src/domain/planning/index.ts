export {
  BAND_REFERENCE_DENSITY_PER_CM2,
  CAVEATS,
  type GeneratePlanInput,
  generatePlan,
  layering,
  sessionCount,
  sessionDurations,
  sessionGaps,
} from "./generate.ts";
export { dilutionRatio, PIGMENT_REFERENCE, shadeLabel, suggestPigment } from "./pigment.ts";
export { computeQuote, formatPence } from "./quote.ts";
export { gapWindows, reviewPlan } from "./review.ts";
export * from "./types.ts";
export {
  defaultZones,
  estimatedImpressions,
  scarZone,
  totalAreaCm2,
  ZONE_LABELS,
} from "./zones.ts";
