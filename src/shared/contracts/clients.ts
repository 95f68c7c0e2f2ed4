import { z } from "zod";
import {
  email,
  isoDate,
  paged,
  pageQuery,
  phone,
  requiredText,
  shortText,
  uuid,
} from "./common.ts";

const optional = <T extends z.ZodType>(schema: T) =>
  z.union([z.literal("").transform(() => null), z.null(), schema]).optional();

export const clientInput = z.object({
  firstName: requiredText("First name", 100),
  lastName: requiredText("Last name", 100),
  preferredName: shortText(100).optional(),
  email: optional(email),
  phone: optional(phone),
  dateOfBirth: optional(isoDate),
  addressLine1: shortText(200).optional(),
  city: shortText(100).optional(),
  postcode: shortText(16).optional(),
  notes: shortText(10_000).optional(),
});
export type ClientInput = z.input<typeof clientInput>;

export const clientPatch = clientInput.partial();

export const client = z.object({
  id: uuid,
  firstName: z.string(),
  lastName: z.string(),
  preferredName: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  dateOfBirth: z.string().nullable(),
  addressLine1: z.string(),
  city: z.string(),
  postcode: z.string(),
  notes: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Client = z.infer<typeof client>;

export const clientListQuery = pageQuery.extend({ q: shortText(100).optional() });
export const clientSummary = client
  .pick({
    id: true,
    firstName: true,
    lastName: true,
    preferredName: true,
    email: true,
    phone: true,
  })
  .extend({
    nextAppointmentAt: z.string().nullable(),
  });
export type ClientSummary = z.infer<typeof clientSummary>;
export const clientList = paged(clientSummary);
export type ClientList = z.infer<typeof clientList>;
