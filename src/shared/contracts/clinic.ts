import { z } from "zod";
import { email, hexColour, phone, requiredText, shortText } from "./common.ts";

const nullable = <T extends z.ZodType>(schema: T) =>
  z.union([z.literal("").transform(() => null), z.null(), schema]).optional();

function isLocale(text: string): boolean {
  try {
    return Intl.getCanonicalLocales(text).length === 1;
  } catch {
    return false;
  }
}

function isCurrency(code: string): boolean {
  // Older engines lack supportedValuesOf: then the 3-letter shape check is all we can do.
  const supported = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf;
  return supported ? supported("currency").includes(code) : true;
}

/** A BCP 47 language tag such as en-GB. */
export const locale = z
  .string()
  .trim()
  .max(35, "must be at most 35 characters")
  .refine(
    (v) => /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8}){0,3}$/.test(v) && isLocale(v),
    "must be a locale like en-GB",
  );

/** An ISO 4217 currency code such as GBP. */
export const currency = z
  .string()
  .trim()
  .toUpperCase()
  .refine(
    (v) => /^[A-Z]{3}$/.test(v) && isCurrency(v),
    "must be a 3-letter currency code like GBP",
  );

export const website = z
  .string()
  .trim()
  .max(300, "must be at most 300 characters")
  .pipe(z.url({ protocol: /^https?$/, message: "must be a web address like https://example.com" }));

/** The clinic's details and branding (GET /api/clinic). */
export const clinic = z.object({
  id: z.string(),
  name: z.string(),
  slug: z.string(),
  legalName: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  website: z.string().nullable(),
  primaryColour: z.string(),
  accentColour: z.string(),
  /** `/api/clinic/logo?v=…` when a logo is set; the version changes with every upload. */
  logoUrl: z.string().nullable(),
  locale: z.string(),
  currency: z.string(),
});
export type Clinic = z.infer<typeof clinic>;

/** PATCH /api/clinic (owner/admin); "" clears the optional contact fields. */
export const clinicPatch = z.object({
  name: requiredText("Clinic name", 120).optional(),
  legalName: nullable(shortText(200)),
  email: nullable(email),
  phone: nullable(phone),
  website: nullable(website),
  primaryColour: hexColour.optional(),
  accentColour: hexColour.optional(),
  locale: locale.optional(),
  currency: currency.optional(),
});
export type ClinicPatch = z.input<typeof clinicPatch>;

/** Logo uploads: PNG, JPEG or WebP, at most this many bytes; stored as a PNG within 512×512. */
export const LOGO_MAX_BYTES = 2 * 1024 * 1024;
export const LOGO_TYPES = ["image/png", "image/jpeg", "image/webp"] as const;

/** PUT /api/clinic/logo: multipart/form-data with one field, `file`. */
export const logoUpload = z.object({
  file: z
    .custom<File>((v) => typeof File !== "undefined" && v instanceof File, "must be an image file")
    .meta({ type: "string", format: "binary" }),
});
