import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { member, organization } from "./auth.ts";
import { tenantColumns, timestamps, tz } from "./columns.ts";

/** One row per clinic: branding and locale. Keyed by the organisation itself. */
export const clinicSettings = pgTable("clinic_settings", {
  orgId: text("org_id")
    .primaryKey()
    .references(() => organization.id, { onDelete: "cascade" }),
  legalName: text("legal_name"),
  email: text("email"),
  phone: text("phone"),
  website: text("website"),
  primaryColour: text("primary_colour").notNull().default("#1f6f78"),
  accentColour: text("accent_colour").notNull().default("#c8873a"),
  logoFile: text("logo_file"),
  locale: text("locale").notNull().default("en-GB"),
  currency: text("currency").notNull().default("GBP"),
  ...timestamps(),
});

export const location = pgTable(
  "location",
  {
    ...tenantColumns(),
    name: text("name").notNull(),
    addressLine1: text("address_line1").notNull().default(""),
    addressLine2: text("address_line2").notNull().default(""),
    city: text("city").notNull().default(""),
    postcode: text("postcode").notNull().default(""),
    country: text("country").notNull().default("GB"),
    phone: text("phone").notNull().default(""),
    timeZone: text("time_zone").notNull(),
    active: boolean("active").notNull().default(true),
    ...timestamps(),
  },
  (t) => [index("location_org_idx").on(t.orgId)],
);

const minuteChecks = (name: string) =>
  check(name, sql`opens_min >= 0 and closes_min <= 1440 and closes_min > opens_min`);

export const locationHours = pgTable(
  "location_hours",
  {
    ...tenantColumns(),
    locationId: uuid("location_id")
      .notNull()
      .references(() => location.id, { onDelete: "cascade" }),
    weekday: smallint("weekday").notNull(),
    opensMin: smallint("opens_min").notNull(),
    closesMin: smallint("closes_min").notNull(),
  },
  (t) => [
    index("location_hours_location_idx").on(t.locationId),
    check("location_hours_weekday", sql`weekday between 1 and 7`),
    minuteChecks("location_hours_minutes"),
  ],
);

/** A closure or a day with special hours; `hours` replaces the weekday's usual hours. */
export const locationSpecialDay = pgTable(
  "location_special_day",
  {
    ...tenantColumns(),
    locationId: uuid("location_id")
      .notNull()
      .references(() => location.id, { onDelete: "cascade" }),
    date: date("date", { mode: "string" }).notNull(),
    closed: boolean("closed").notNull().default(true),
    hours: jsonb("hours").$type<{ opens: string; closes: string }[]>().notNull().default([]),
    reason: text("reason").notNull().default(""),
  },
  (t) => [uniqueIndex("location_special_day_uq").on(t.locationId, t.date)],
);

export const room = pgTable(
  "room",
  {
    ...tenantColumns(),
    locationId: uuid("location_id")
      .notNull()
      .references(() => location.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    active: boolean("active").notNull().default(true),
    ...timestamps(),
  },
  (t) => [index("room_location_idx").on(t.locationId)],
);

/** A practitioner's own weekly hours; a member with no rows follows the location's opening hours. */
export const staffHours = pgTable(
  "staff_hours",
  {
    ...tenantColumns(),
    memberId: text("member_id")
      .notNull()
      .references(() => member.id, { onDelete: "cascade" }),
    weekday: smallint("weekday").notNull(),
    opensMin: smallint("opens_min").notNull(),
    closesMin: smallint("closes_min").notNull(),
  },
  (t) => [
    index("staff_hours_member_idx").on(t.memberId),
    check("staff_hours_weekday", sql`weekday between 1 and 7`),
    minuteChecks("staff_hours_minutes"),
  ],
);

export const staffTimeOff = pgTable(
  "staff_time_off",
  {
    ...tenantColumns(),
    memberId: text("member_id")
      .notNull()
      .references(() => member.id, { onDelete: "cascade" }),
    startsAt: tz("starts_at").notNull(),
    endsAt: tz("ends_at").notNull(),
    reason: text("reason").notNull().default(""),
    createdAt: tz("created_at").notNull().defaultNow(),
  },
  (t) => [
    index("staff_time_off_member_idx").on(t.memberId),
    check("staff_time_off_order", sql`ends_at > starts_at`),
  ],
);

export const serviceKinds = ["consultation", "treatment", "touch_up", "other"] as const;
export type ServiceKind = (typeof serviceKinds)[number];

export const service = pgTable(
  "service",
  {
    ...tenantColumns(),
    name: text("name").notNull(),
    kind: text("kind").$type<ServiceKind>().notNull(),
    description: text("description").notNull().default(""),
    durationMin: integer("duration_min").notNull(),
    bufferBeforeMin: integer("buffer_before_min").notNull().default(0),
    bufferAfterMin: integer("buffer_after_min").notNull().default(0),
    needsRoom: boolean("needs_room").notNull().default(true),
    pricePence: integer("price_pence").notNull().default(0),
    colour: text("colour").notNull().default("#1f6f78"),
    active: boolean("active").notNull().default(true),
    /** Bookable no sooner than this many minutes from now… */
    minNoticeMin: integer("min_notice_min").notNull().default(0),
    /** …and no further ahead than this many days. */
    maxHorizonDays: integer("max_horizon_days").notNull().default(365),
    ...timestamps(),
  },
  (t) => [
    index("service_org_idx").on(t.orgId),
    check(
      "service_booking_window",
      sql`min_notice_min between 0 and 43200 and max_horizon_days between 1 and 1095`,
    ),
    check("service_duration", sql`duration_min between 5 and 720`),
    check(
      "service_buffers",
      sql`buffer_before_min between 0 and 240 and buffer_after_min between 0 and 240`,
    ),
    check("service_price", sql`price_pence >= 0`),
    check("service_kind", sql`kind in ('consultation','treatment','touch_up','other')`),
  ],
);
