import { sql } from "drizzle-orm";
import { date, index, pgTable, text } from "drizzle-orm/pg-core";
import { tenantColumns, timestamps, tz } from "./columns.ts";

export const client = pgTable(
  "client",
  {
    ...tenantColumns(),
    firstName: text("first_name").notNull(),
    lastName: text("last_name").notNull(),
    preferredName: text("preferred_name").notNull().default(""),
    email: text("email"),
    phone: text("phone"),
    dateOfBirth: date("date_of_birth", { mode: "string" }),
    addressLine1: text("address_line1").notNull().default(""),
    city: text("city").notNull().default(""),
    postcode: text("postcode").notNull().default(""),
    notes: text("notes").notNull().default(""),
    archivedAt: tz("archived_at"),
    ...timestamps(),
  },
  (t) => [
    index("client_org_name_idx").on(t.orgId, t.lastName, t.firstName),
    index("client_org_email_idx").on(t.orgId, sql`lower(${t.email})`),
  ],
);
