import { z } from "zod";
import { consentKinds } from "../../domain/consents/kinds.ts";
import { uuid } from "./common.ts";
import { portalSlugParam } from "./portal.ts";

/**
 * Versioned consent forms and a client's signatures. Editing a form adds a version; a signature
 * freezes the exact title and text shown, with time, IP, browser and a SHA-256 fingerprint.
 */

export const consentKind = z.enum(consentKinds, {
  message: `must be one of ${consentKinds.join(", ")}`,
});
/** In paths, an unknown kind is a form that does not exist (404), checked by the handler. */
const kindSegment = z.string().min(1).max(40);
export const kindParam = z.object({ kind: kindSegment });

/** One version as written (with {{placeholders}}) and as clients see it. */
export const consentTemplateView = z.object({
  kind: consentKind,
  templateId: uuid.nullable(),
  version: z.number().int(),
  /** Not stored yet: the built-in text, which becomes version 1 on first edit or signature. */
  builtIn: z.boolean(),
  title: z.string(),
  body: z.string(),
  rendered: z.object({ title: z.string(), body: z.string() }),
  createdAt: z.string().nullable(),
  createdByName: z.string().nullable(),
});
export type ConsentTemplateView = z.infer<typeof consentTemplateView>;

export const consentTemplatesView = z.object({
  templates: z.array(consentTemplateView.extend({ required: z.boolean() })),
  placeholders: z.array(z.object({ name: z.string(), value: z.string() })),
});
export type ConsentTemplatesView = z.infer<typeof consentTemplatesView>;

export const consentVersionsView = z.object({ versions: z.array(consentTemplateView) });

export const saveConsentTemplateInput = z.object({
  title: z.string().trim().min(3, "Give the form a title").max(200),
  body: z.string().trim().min(20, "The text is too short to be a consent form").max(20_000),
  /** The version the editor started from; a newer one answers 409. */
  basedOn: z.number().int().min(1),
});

/** The form a client reads and signs: text already filled with the clinic's values. */
export const consentForm = z.object({
  kind: consentKind,
  templateId: uuid.nullable(),
  version: z.number().int(),
  title: z.string(),
  body: z.string(),
  sha256: z.string(),
  required: z.boolean(),
});
export type ConsentForm = z.infer<typeof consentForm>;

export const consentDocument = z.object({
  id: uuid,
  kind: consentKind,
  title: z.string(),
  version: z.number().int(),
  signedAt: z.string(),
  signedVia: z.enum(["portal", "clinic"]),
  withdrawnAt: z.string().nullable(),
  hasPdf: z.boolean(),
});
export type ConsentDocument = z.infer<typeof consentDocument>;

export const consentState = z.enum(["signed", "outdated", "missing", "withdrawn"]);
export type ConsentState = z.infer<typeof consentState>;

/** A client's consents: per kind, the current form and its state; all signed copies. */
export const clientConsentsView = z.object({
  kinds: z.array(
    z.object({
      kind: consentKind,
      state: consentState,
      form: consentForm,
      latest: consentDocument.nullable(),
    }),
  ),
  documents: z.array(consentDocument),
  /** Live photo-marketing consent: anonymised photos may be used. */
  marketingLive: z.boolean(),
  /** The clinic's zone: signing times are shown in it. */
  timeZone: z.string(),
});
export type ClientConsentsView = z.infer<typeof clientConsentsView>;

const pngDataUrl = z
  .string()
  .max(700_000, "The signature image is too large")
  .regex(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/, "The signature must be a PNG image");

export const signConsentInput = z.object({
  templateId: uuid.nullable(),
  version: z.number().int().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, "must be the form's fingerprint"),
  agreed: z.literal(true, { message: "Tick “I have read and agree” to sign" }),
  signedName: z.string().trim().min(2, "Type your full name").max(120),
  signature: pngDataUrl,
});
export type SignConsentInput = z.infer<typeof signConsentInput>;

export const signedConsent = z.object({ id: uuid, signedAt: z.string() });
export const withdrawnConsent = z.object({
  signatureId: uuid,
  withdrawnAt: z.string(),
  photosChanged: z.number().int(),
});

export const clientConsentParams = z.object({ id: uuid, kind: kindSegment });
export const clientSignatureParams = z.object({ id: uuid, signatureId: uuid });
export const portalKindParams = portalSlugParam.extend({ kind: kindSegment });
export const portalSignatureParams = portalSlugParam.extend({ signatureId: uuid });
