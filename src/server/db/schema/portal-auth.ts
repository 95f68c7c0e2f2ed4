/**
 * Tables of the client portal's own Better Auth instance (email one-time codes). Kept apart from
 * the staff tables so that a client's session can never be mistaken for a staff session and a
 * client can never reach a staff route. Field names must match Better Auth's.
 */
import { boolean, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { organization } from "./auth.ts";
import { client } from "./clients.ts";

const tz = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

export const portalUser = pgTable("portal_user", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  email: text("email").notNull().unique(),
  emailVerified: boolean("email_verified").notNull().default(false),
  image: text("image"),
  createdAt: tz("created_at").notNull().defaultNow(),
  updatedAt: tz("updated_at").notNull().defaultNow(),
});

export const portalSession = pgTable(
  "portal_session",
  {
    id: text("id").primaryKey(),
    expiresAt: tz("expires_at").notNull(),
    token: text("token").notNull().unique(),
    createdAt: tz("created_at").notNull().defaultNow(),
    updatedAt: tz("updated_at").notNull().defaultNow(),
    ipAddress: text("ip_address"),
    userAgent: text("user_agent"),
    userId: text("user_id")
      .notNull()
      .references(() => portalUser.id, { onDelete: "cascade" }),
  },
  (t) => [index("portal_session_user_idx").on(t.userId)],
);

export const portalAccount = pgTable(
  "portal_account",
  {
    id: text("id").primaryKey(),
    accountId: text("account_id").notNull(),
    providerId: text("provider_id").notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => portalUser.id, { onDelete: "cascade" }),
    accessToken: text("access_token"),
    refreshToken: text("refresh_token"),
    idToken: text("id_token"),
    accessTokenExpiresAt: tz("access_token_expires_at"),
    refreshTokenExpiresAt: tz("refresh_token_expires_at"),
    scope: text("scope"),
    password: text("password"),
    createdAt: tz("created_at").notNull().defaultNow(),
    updatedAt: tz("updated_at").notNull().defaultNow(),
  },
  (t) => [index("portal_account_user_idx").on(t.userId)],
);

export const portalVerification = pgTable(
  "portal_verification",
  {
    id: text("id").primaryKey(),
    identifier: text("identifier").notNull(),
    value: text("value").notNull(),
    expiresAt: tz("expires_at").notNull(),
    createdAt: tz("created_at").notNull().defaultNow(),
    updatedAt: tz("updated_at").notNull().defaultNow(),
  },
  (t) => [index("portal_verification_identifier_idx").on(t.identifier)],
);

/**
 * Which client record a portal user is, in one clinic. A person who is a client of two clinics has
 * two links; a portal session only ever reads the client of the clinic in its URL.
 */
export const portalClientLink = pgTable(
  "portal_client_link",
  {
    userId: text("user_id")
      .notNull()
      .references(() => portalUser.id, { onDelete: "cascade" }),
    orgId: text("org_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
    clientId: uuid("client_id")
      .notNull()
      .references(() => client.id, { onDelete: "cascade" }),
    createdAt: tz("created_at").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("portal_client_link_user_org_uq").on(t.userId, t.orgId),
    uniqueIndex("portal_client_link_client_uq").on(t.clientId),
  ],
);
