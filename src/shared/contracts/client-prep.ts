import { z } from "zod";
import { idParam, uuid } from "./common.ts";
import { answers } from "./consultations.ts";
import { photoView } from "./photos.ts";

/** What a prep link lets the client do before a consultation. */
export const clientLinkScope = z.enum(["intake", "photos"]);
export type ClientLinkScopeValue = z.infer<typeof clientLinkScope>;

/** The views a client is guided through, in order; scars are optional and repeatable. */
export const PREP_GUIDED_VIEWS = [
  "front_hairline",
  "left_temple",
  "right_temple",
  "top",
  "crown",
  "back",
] as const;

// ---------------------------------------------------------------- staff

export const createClientLinkInput = z.object({
  consultationId: uuid,
  scopes: z
    .array(clientLinkScope)
    .min(1, "choose at least one of: intake, photos")
    .max(2)
    .default(["intake", "photos"]),
  /** Email the link to the client (needs an email address on file). */
  send: z.boolean().default(true),
});
export type CreateClientLinkInput = z.input<typeof createClientLinkInput>;

export const clientLinkListQuery = z.object({ consultationId: uuid });

export const clientLinkSummary = z.object({
  id: z.string(),
  scopes: z.array(clientLinkScope),
  status: z.enum(["open", "expired", "revoked"]),
  createdAt: z.string(),
  expiresAt: z.string(),
  revokedAt: z.string().nullable(),
  /** Who sent it; null when the client booked online. */
  createdByName: z.string().nullable(),
  /** When the client first opened it, if they have. */
  openedAt: z.string().nullable(),
  /** When the link was emailed to the client, if it was. */
  sentAt: z.string().nullable(),
  intakeSubmittedAt: z.string().nullable(),
  photosSubmittedAt: z.string().nullable(),
});
export type ClientLinkSummary = z.infer<typeof clientLinkSummary>;

/** The "Before the consultation" card: the links sent and what the client has done. */
export const consultationPrep = z.object({
  consultationId: z.string(),
  clientEmail: z.string().nullable(),
  links: z.array(clientLinkSummary),
  intakeDone: z.boolean(),
  photosDone: z.boolean(),
  /** Photos the client uploaded for this consultation (ids; staff read them through /photos). */
  clientPhotoCount: z.number().int(),
});
export type ConsultationPrep = z.infer<typeof consultationPrep>;

export const createdClientLink = z.object({
  id: z.string(),
  url: z.string(),
  expiresAt: z.string(),
  sentTo: z.string().nullable(),
});
export type CreatedClientLinkBody = z.infer<typeof createdClientLink>;

export const clientLinkIdParam = idParam;

// ---------------------------------------------------------------- public

/** The secret in the client's link (base64url). */
export const prepTokenParam = z.object({
  token: z
    .string()
    .regex(/^[A-Za-z0-9_-]{32,128}$/, "must be the code from the link in your message"),
});
export const prepPhotoParams = prepTokenParam.extend({ photoId: uuid });

export const prepPhoto = z.object({
  id: z.string(),
  view: photoView,
  viewLabel: z.string(),
  /** Short-lived signed URL of the thumbnail, for the client's own preview. */
  thumbUrl: z.string(),
  takenAt: z.string(),
});
export type PrepPhoto = z.infer<typeof prepPhoto>;

export const questionnaireBody = z.object({
  version: z.number().int(),
  sections: z.array(z.record(z.string(), z.unknown())),
});

/** What the client's prep page shows. No clinical notes, no screening outcome. */
export const publicPrep = z.object({
  clinic: z.object({
    name: z.string(),
    primaryColour: z.string(),
    accentColour: z.string(),
    hasLogo: z.boolean(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    locale: z.string(),
  }),
  firstName: z.string(),
  /** The consultation appointment, when one is booked. */
  appointment: z
    .object({
      startsAt: z.string(),
      timeZone: z.string(),
      mode: z.enum(["in_person", "video", "phone"]),
      locationName: z.string(),
    })
    .nullable(),
  scopes: z.array(clientLinkScope),
  expiresAt: z.string(),
  photos: z.array(prepPhoto),
  photosSubmittedAt: z.string().nullable(),
  intake: z.object({
    questionnaire: questionnaireBody,
    answers,
    submittedAt: z.string().nullable(),
    /** The clinic has reviewed the answers (or the consultation is over): no more changes here. */
    locked: z.boolean(),
  }),
});
export type PublicPrep = z.infer<typeof publicPrep>;

export const prepIntakeInput = z.object({
  questionnaireVersion: z.number().int().min(1),
  answers,
  /** true: the client says they have finished; every required question must be answered. */
  final: z.boolean().default(false),
});
export type PrepIntakeInput = z.input<typeof prepIntakeInput>;

/**
 * Phones take photos of several megabytes; the page shrinks them to under 1.9 MB before upload,
 * and public requests are capped at 2 MiB in all.
 */
export const PREP_PHOTO_MAX_BYTES = 2 * 1024 * 1024 - 64 * 1024;
/** At most this many photos per consultation through links (guided views plus scars, retakes). */
export const PREP_PHOTO_MAX_COUNT = 30;

export const prepPhotoForm = z.object({
  view: photoView,
  viewLabel: z.string().trim().max(80, "must be at most 80 characters").optional(),
  photo: z
    .custom<File>((v) => typeof File !== "undefined" && v instanceof File, "must be an image file")
    .meta({ type: "string", format: "binary" }),
});

export const prepDoneInput = z.object({ part: clientLinkScope });
