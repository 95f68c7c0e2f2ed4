import { z } from "zod";

export const checkInAnswer = z.enum(["fine", "concern"]);
export type CheckInAnswerValue = z.infer<typeof checkInAnswer>;

/** The part of the head a client's photo shows; the same values as a scalp photo's view. */
export const checkInPhotoView = z.enum([
  "front_hairline",
  "left_temple",
  "right_temple",
  "top",
  "crown",
  "back",
  "scar",
]);
export type CheckInPhotoView = z.infer<typeof checkInPhotoView>;

/** The secret in the client's link (base64url). */
export const checkInTokenParam = z.object({
  token: z
    .string()
    .regex(/^[A-Za-z0-9_-]{32,128}$/, "must be the code from the link in your message"),
});

/**
 * What the client's check-in page shows: the clinic, their first name and which day after the
 * visit it is. Discreet: no treatment, no health data, not even the note they sent.
 */
export const publicCheckIn = z.object({
  /** open: waiting for an answer; answered; expired (too late); withdrawn (no longer needed). */
  status: z.enum(["open", "answered", "expired", "withdrawn"]),
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
  /** Days after the visit: 3 for the day-3 check-in. */
  day: z.number().int(),
  /** The visit's date and the location's zone, to say "since your visit on Tue 24 Nov". */
  visitOn: z.string(),
  timeZone: z.string(),
  expiresAt: z.string(),
  answer: checkInAnswer.nullable(),
  answeredAt: z.string().nullable(),
});
export type PublicCheckIn = z.infer<typeof publicCheckIn>;

export const CHECK_IN_NOTE_MAX = 2000;
/** Phones send photos of a few megabytes; the page shrinks them before upload. */
export const CHECK_IN_PHOTO_MAX_BYTES = 2 * 1024 * 1024 - 64 * 1024;

/** POST /public/check-ins/{token}/answer, sent as multipart/form-data. */
export const checkInAnswerForm = z.object({
  answer: checkInAnswer,
  note: z
    .string()
    .trim()
    .max(CHECK_IN_NOTE_MAX, `must be at most ${CHECK_IN_NOTE_MAX} characters`)
    .optional(),
  view: checkInPhotoView.optional(),
  photo: z
    .custom<File>((v) => typeof File !== "undefined" && v instanceof File, "must be an image file")
    .meta({ type: "string", format: "binary" })
    .optional(),
});
export type CheckInAnswerForm = z.infer<typeof checkInAnswerForm>;
