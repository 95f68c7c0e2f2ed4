import { z } from "zod";
import { uuid } from "./common.ts";

export const staffRole = z.enum(["owner", "admin", "practitioner", "receptionist"]);
export type StaffRole = z.infer<typeof staffRole>;

/** The signed-in staff member, their role and their clinic (GET /api/me). */
export const me = z.object({
  user: z.object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    twoFactorEnabled: z.boolean(),
  }),
  member: z.object({ id: z.string(), role: staffRole }),
  clinic: z.object({
    id: z.string(),
    name: z.string(),
    slug: z.string(),
    primaryColour: z.string(),
    accentColour: z.string(),
    /** `/api/clinic/logo?v=…` when the clinic has a logo. */
    logoUrl: z.string().nullable(),
    locale: z.string(),
    currency: z.string(),
    /** The first active location's zone; Europe/London when there is none. */
    timeZone: z.string(),
    /** The first active location, if any. */
    locationId: uuid.nullable(),
  }),
});
export type Me = z.infer<typeof me>;
