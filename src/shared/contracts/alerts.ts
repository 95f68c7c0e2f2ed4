import { z } from "zod";
import { uuid } from "./common.ts";

/** Something a practitioner must see, e.g. a client asking to be contacted after a check-in. */
export const staffAlert = z.object({
  id: uuid,
  kind: z.string(),
  /** Discreet one-line summary. */
  title: z.string(),
  client: z.object({ id: uuid, name: z.string() }).nullable(),
  /** false: addressed to everyone with clinical access. */
  forMe: z.boolean(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
  readBy: z.string().nullable(),
  /** The check-in behind it, without the client's words (those are in the alert's detail). */
  checkIn: z
    .object({ id: uuid, day: z.number().int(), answeredAt: z.string().nullable() })
    .nullable(),
});
export type StaffAlert = z.infer<typeof staffAlert>;

export const staffAlertList = z.object({
  items: z.array(staffAlert),
  /** Unread alerts for the signed-in member (theirs and clinic-wide). */
  unread: z.number().int(),
});
export type StaffAlertList = z.infer<typeof staffAlertList>;

export const alertsQuery = z.object({
  /** How many to return, unread first then newest. */
  limit: z.coerce.number().int().min(1).max(100).default(30),
});

/** One alert with what the client said; reading it is audited. */
export const staffAlertDetail = staffAlert.extend({
  answer: z
    .object({
      answer: z.enum(["fine", "concern"]).nullable(),
      note: z.string(),
      /** A photo the client sent, stored with their scalp photos. */
      photoId: uuid.nullable(),
    })
    .nullable(),
});
export type StaffAlertDetail = z.infer<typeof staffAlertDetail>;
