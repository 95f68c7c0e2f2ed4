import { z } from "zod";
import { idParam, isoInstant, uuid } from "./common.ts";

export const photoView = z.enum([
  "front_hairline",
  "left_temple",
  "right_temple",
  "top",
  "crown",
  "back",
  "scar",
]);
export type PhotoView = z.infer<typeof photoView>;

/** What the client agreed a photo may be used for. Withdrawing marketing sets it back to clinical. */
export const photoConsent = z.enum(["clinical", "marketing_anonymised"]);
export type PhotoConsent = z.infer<typeof photoConsent>;

export const photoViewLabels: Record<PhotoView, string> = {
  front_hairline: "Front hairline",
  left_temple: "Left temple",
  right_temple: "Right temple",
  top: "Top",
  crown: "Crown",
  back: "Back",
  scar: "Scar",
};

/** The variants a signed file URL can name. */
export const photoVariant = z.enum(["full", "thumb"]);
export type PhotoVariant = z.infer<typeof photoVariant>;

const formId = z.preprocess((v) => (v === "" ? undefined : v), uuid.optional());

export const photoUpload = z.object({
  file: z
    .custom<File>((v) => typeof File !== "undefined" && v instanceof File, "must be a photo file")
    .meta({ type: "string", format: "binary" }),
  view: photoView,
  viewLabel: z.string().trim().max(80, "must be at most 80 characters").optional(),
  sessionId: formId,
  consultationId: formId,
  consent: photoConsent.default("clinical"),
  /** When the photo was taken; defaults to now. */
  takenAt: z.preprocess((v) => (v === "" ? undefined : v), isoInstant.optional()),
});

export const photoListQuery = z.object({
  view: photoView.optional(),
  sessionId: uuid.optional(),
  /** "marketing": only photos the client agreed may be used anonymised in marketing. */
  use: z.enum(["clinical", "marketing"]).default("clinical"),
});
export type PhotoListQuery = z.infer<typeof photoListQuery>;

export const photo = z.object({
  id: z.string(),
  clientId: z.string(),
  sessionId: z.string().nullable(),
  /** When the session started (for grouping photos by visit); null without a session. */
  sessionStartedAt: z.string().nullable(),
  consultationId: z.string().nullable(),
  view: photoView,
  viewLabel: z.string(),
  width: z.number().int(),
  height: z.number().int(),
  bytes: z.number().int(),
  consent: photoConsent,
  takenAt: z.string(),
  uploadedBy: z.string().nullable(),
  /** Short-lived signed URL of the thumbnail. */
  thumbUrl: z.string(),
  /** When thumbUrl stops working (ISO instant). */
  expiresAt: z.string(),
});
export type Photo = z.infer<typeof photo>;

export const photoList = z.object({ items: z.array(photo) });
export type PhotoList = z.infer<typeof photoList>;

export const photoUrls = z.object({
  url: z.string(),
  thumbUrl: z.string(),
  expiresAt: z.string(),
});
export type PhotoUrls = z.infer<typeof photoUrls>;

export const photoPatch = z.object({ consent: photoConsent });
export type PhotoPatch = z.infer<typeof photoPatch>;

export const photoIdParam = idParam;
export const clientPhotosParam = idParam;

export const photoFileParams = z.object({
  orgId: z.string().min(1).max(64),
  id: uuid,
  variant: photoVariant,
});
export const photoFileQuery = z.object({
  exp: z.coerce.number().int().positive(),
  sig: z.string().regex(/^[A-Za-z0-9_-]{43}$/, "must be a URL signature"),
});
