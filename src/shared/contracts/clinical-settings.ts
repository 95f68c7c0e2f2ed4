import { z } from "zod";
import { clinicalSettingsSchema } from "../../domain/settings/clinical-settings.ts";

export const clinicalSettingsView = z.object({
  settings: clinicalSettingsSchema,
  /** The reference defaults, for "restore default" in the UI. */
  defaults: clinicalSettingsSchema,
  version: z.number().int(),
  updatedAt: z.string().nullable(),
  /** The stored copy no longer passes validation; plans are refused until it is saved again. */
  needsAttention: z.boolean(),
});
export type ClinicalSettingsView = z.infer<typeof clinicalSettingsView>;

export const clinicalSettingsInput = z.object({
  settings: clinicalSettingsSchema,
  /** The version the edit started from; a newer stored version gives 409. */
  version: z.number().int().min(0),
});
