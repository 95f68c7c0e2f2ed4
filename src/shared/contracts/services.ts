import { z } from "zod";
import { hexColour, requiredText, shortText, uuid } from "./common.ts";

export const serviceKind = z.enum(["consultation", "treatment", "touch_up", "other"]);
export type ServiceKind = z.infer<typeof serviceKind>;

const minutes = (label: string, min: number, max: number) =>
  z
    .number({ message: `${label} must be a number of minutes` })
    .int(`${label} must be whole minutes`)
    .min(min, `must be at least ${min} minutes`)
    .max(max, `must be at most ${max} minutes`);

export const serviceInput = z.object({
  name: requiredText("Name", 120),
  kind: serviceKind,
  description: shortText(2000).optional(),
  durationMin: minutes("Duration", 5, 720),
  bufferBeforeMin: minutes("Buffer", 0, 240).optional(),
  bufferAfterMin: minutes("Buffer", 0, 240).optional(),
  needsRoom: z.boolean().optional(),
  pricePence: z
    .number({ message: "Price must be a number of pence" })
    .int("Price must be whole pence")
    .min(0, "must not be negative")
    .max(10_000_000, "must be at most 10000000 pence")
    .optional(),
  colour: hexColour.optional(),
  /** Online booking stops this many minutes before a start (24 h = 1440); 0 = until the start. */
  minNoticeMin: z
    .number({ message: "Minimum notice must be a number of minutes" })
    .int("Minimum notice must be whole minutes")
    .min(0, "must not be negative")
    .max(43_200, "must be at most 43200 minutes (30 days)")
    .optional(),
  /** How many days ahead the service can be booked. */
  maxHorizonDays: z
    .number({ message: "Booking horizon must be a number of days" })
    .int("Booking horizon must be whole days")
    .min(1, "must be at least 1 day")
    .max(1095, "must be at most 1095 days (3 years)")
    .optional(),
});
export type ServiceInput = z.input<typeof serviceInput>;

/** PATCH /api/services/{id}: any subset; `active: false` archives (services are never deleted). */
export const servicePatch = serviceInput.partial().extend({ active: z.boolean().optional() });
export type ServicePatch = z.input<typeof servicePatch>;

export const service = z.object({
  id: uuid,
  name: z.string(),
  kind: serviceKind,
  description: z.string(),
  durationMin: z.number().int(),
  bufferBeforeMin: z.number().int(),
  bufferAfterMin: z.number().int(),
  needsRoom: z.boolean(),
  pricePence: z.number().int(),
  colour: z.string(),
  minNoticeMin: z.number().int(),
  maxHorizonDays: z.number().int(),
  active: z.boolean(),
});
export type Service = z.infer<typeof service>;

export const serviceListQuery = z.object({
  includeInactive: z
    .enum(["true", "false"], { message: "must be true or false" })
    .optional()
    .transform((v) => v === "true"),
});
export const serviceList = z.object({ items: z.array(service) });
export type ServiceList = z.infer<typeof serviceList>;
