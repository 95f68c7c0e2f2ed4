import { z } from "zod";
import { email, uuid } from "./common.ts";

/**
 * The client portal (/api/portal/{slug}/...): sign-in by an emailed code, then the signed-in
 * client's own home, documents and shared photos. The client is always the signed-in one: no
 * route takes a client id.
 */

export const portalSlugParam = z.object({
  slug: z
    .string()
    .min(1)
    .max(100)
    .regex(/^[a-z0-9-]+$/, "must be the clinic's address, like southampton-smp-studio"),
});

/** The clinic's name and colours, for the portal's pages (public: shown before sign-in). */
export const portalBrand = z.object({
  slug: z.string(),
  name: z.string(),
  primaryColour: z.string(),
  accentColour: z.string(),
  hasLogo: z.boolean(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
});
export type PortalBrand = z.infer<typeof portalBrand>;

export const portalCodeRequest = z.object({ email });
export const portalCodeSent = z.object({
  /** Always true: the answer is the same whether or not the email belongs to a client. */
  sent: z.literal(true),
  expiresInMinutes: z.number().int(),
});

export const portalCodeVerify = z.object({
  email,
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, "must be the 6-digit code from the email"),
});
export const portalSignedIn = z.object({ signedIn: z.literal(true) });

export const portalMe = z.object({
  clientId: uuid,
  firstName: z.string(),
  /** Preferred name when set, else first name: how the portal greets them. */
  displayName: z.string(),
  lastName: z.string(),
  email: z.string(),
  clinic: portalBrand,
});
export type PortalMe = z.infer<typeof portalMe>;
