import { text, timestamp, uuid } from "drizzle-orm/pg-core";
import { organization } from "./auth.ts";

export const tz = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

/** Every tenant table starts with these: a uuid key and the owning clinic. */
export const tenantColumns = () => ({
  id: uuid("id").primaryKey().defaultRandom(),
  orgId: text("org_id")
    .notNull()
    .references(() => organization.id, { onDelete: "cascade" }),
});

export const timestamps = () => ({
  createdAt: tz("created_at").notNull().defaultNow(),
  updatedAt: tz("updated_at").notNull().defaultNow(),
});
