import { z } from "zod";

/** Shared building blocks for request and response contracts. */
export const uuid = z.uuid({ message: "must be a valid id" });
export const entityId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, "must be a valid id");
export const shortText = (max = 200) =>
  z.string().trim().max(max, `must be at most ${max} characters`);
export const requiredText = (label: string, max = 200) =>
  z.string().trim().min(1, `${label} is required`).max(max, `must be at most ${max} characters`);
export const isoDate = z.iso.date({ message: "must be a date like 2026-11-24" });
export const isoInstant = z.iso.datetime({
  offset: true,
  message: "must be a date and time like 2026-11-24T09:30:00Z",
});
export const localTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, "must be a time like 09:30");
export const hexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, "must be a colour like #1f6f78");
export const email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ message: "must be a valid email address" }));
export const phone = z
  .string()
  .trim()
  .max(32, "must be at most 32 characters")
  .regex(/^\+?[0-9 ()-]{6,}$/, "must be a phone number like 07700 900123 or +44 7700 900123");

export const pageQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});

export const paged = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });

export const idParam = z.object({ id: uuid });

export const problemSchema = z.object({
  type: z.string().optional(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
});
export type ProblemBody = z.infer<typeof problemSchema>;
