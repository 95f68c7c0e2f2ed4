import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { emailOTP } from "better-auth/plugins";
import { CLIENT_IP_HEADER } from "../auth/auth.ts";
import type { Database } from "../db/client.ts";
import * as schema from "../db/schema/index.ts";
import type { Logger } from "../logger.ts";
import type { Mailer } from "../notify/mailer.ts";
import { findClinicClientByEmail, loadPortalClinicById } from "./clinic-lookup.ts";
import { portalRateLimitStorage } from "./rate-limit-storage.ts";
import { portalSignInCodeEmail } from "./sign-in-code-email.ts";

/** The clinic a code request is for; set only by Stipple's own code route, never by a browser. */
export const PORTAL_ORG_HEADER = "x-stipple-portal-org";
export const PORTAL_COOKIE_PREFIX = "stipple-portal";
export const PORTAL_CODE_MINUTES = 10;
export const PORTAL_CODE_ATTEMPTS = 3;

export interface PortalAuthOptions {
  db: Database;
  secret: string;
  publicUrl: string;
  /** Code requests and code checks per address per minute. */
  codeRateLimit: number;
  mailer: Mailer;
  log: Logger;
}

/**
 * The client portal's own Better Auth instance: sign-in by an emailed six-digit code only, on the
 * portal_* tables, with its own cookies. A client session here is never a staff session.
 */
export function createPortalAuth({
  db,
  secret,
  publicUrl,
  codeRateLimit,
  mailer,
  log,
}: PortalAuthOptions) {
  return betterAuth({
    appName: "Stipple client portal",
    baseURL: publicUrl,
    basePath: "/api/portal-auth",
    secret,
    trustedOrigins: [publicUrl],
    database: drizzleAdapter(db, {
      provider: "pg",
      schema: {
        user: schema.portalUser,
        session: schema.portalSession,
        account: schema.portalAccount,
        verification: schema.portalVerification,
      },
    }),
    logger: {
      log: (level, message) => {
        const fn = level === "error" ? log.error : level === "warn" ? log.warn : log.debug;
        fn.call(log, { component: "portal-auth" }, message);
      },
    },
    emailAndPassword: { enabled: false },
    session: {
      // A week, renewed once a day while the client keeps using the portal.
      expiresIn: 60 * 60 * 24 * 7,
      updateAge: 60 * 60 * 24,
    },
    rateLimit: {
      enabled: true,
      window: 60,
      max: 120,
      customStorage: portalRateLimitStorage(db),
      customRules: {
        "/email-otp/send-verification-otp": { window: 60, max: codeRateLimit },
        "/sign-in/email-otp": { window: 60, max: codeRateLimit },
      },
    },
    advanced: {
      cookiePrefix: PORTAL_COOKIE_PREFIX,
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
      useSecureCookies: publicUrl.startsWith("https://"),
    },
    plugins: [
      emailOTP({
        otpLength: 6,
        expiresIn: PORTAL_CODE_MINUTES * 60,
        allowedAttempts: PORTAL_CODE_ATTEMPTS,
        storeOTP: "hashed",
        disableSignUp: false,
        sendVerificationOTP: async ({ email, otp, type }, ctx) => {
          if (type !== "sign-in") return;
          const orgId =
            ctx?.headers?.get(PORTAL_ORG_HEADER) ?? ctx?.request?.headers.get(PORTAL_ORG_HEADER);
          if (!orgId) return;
          const clinic = await loadPortalClinicById(db, orgId);
          // Only a client of that clinic gets a code; the answer to the request is the same.
          if (!clinic || (await findClinicClientByEmail(db, orgId, email)).length === 0) return;
          await mailer.send({
            orgId,
            to: email,
            ...portalSignInCodeEmail({
              clinicName: clinic.name,
              code: otp,
              minutes: PORTAL_CODE_MINUTES,
              portalUrl: `${publicUrl}/portal/${clinic.slug}`,
              primaryColour: clinic.primaryColour,
            }),
          });
        },
      }),
    ],
  });
}

export type PortalAuth = ReturnType<typeof createPortalAuth>;
