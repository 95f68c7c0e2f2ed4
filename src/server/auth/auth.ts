import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { organization, twoFactor } from "better-auth/plugins";
import { and, asc, eq } from "drizzle-orm";
import type { Database } from "../db/client.ts";
import * as schema from "../db/schema/index.ts";
import type { Logger } from "../logger.ts";
import type { Mailer } from "../notify/mailer.ts";
import { passwordResetEmail } from "../notify/templates.ts";
import { accessControl, authRoles } from "./roles.ts";

export const CLIENT_IP_HEADER = "x-stipple-client-ip";

export interface AuthOptions {
  db: Database;
  secret: string;
  publicUrl: string;
  signInRateLimit: number;
  mailer: Mailer;
  log: Logger;
}

/** The Better Auth instance: staff email + password, clinics as organisations, optional TOTP. */
export function createAuth({ db, secret, publicUrl, signInRateLimit, mailer, log }: AuthOptions) {
  return betterAuth({
    appName: "Stipple",
    baseURL: publicUrl,
    basePath: "/api/auth",
    secret,
    trustedOrigins: [publicUrl],
    database: drizzleAdapter(db, {
      provider: "pg",
      schema: {
        user: schema.user,
        session: schema.session,
        account: schema.account,
        verification: schema.verification,
        organization: schema.organization,
        member: schema.member,
        invitation: schema.invitation,
        twoFactor: schema.twoFactor,
        rateLimit: schema.rateLimit,
      },
    }),
    logger: {
      log: (level, message) => {
        const fn = level === "error" ? log.error : level === "warn" ? log.warn : log.debug;
        fn.call(log, { component: "auth" }, message);
      },
    },
    emailAndPassword: {
      enabled: true,
      // Staff accounts come only from invitations (and the demo seed), never open sign-up.
      disableSignUp: true,
      minPasswordLength: 10,
      maxPasswordLength: 128,
      resetPasswordTokenExpiresIn: 60 * 60,
      revokeSessionsOnPasswordReset: true,
      sendResetPassword: async ({ user, url }) => {
        await mailer.send({ to: user.email, ...passwordResetEmail({ name: user.name, url }) });
      },
    },
    session: {
      expiresIn: 60 * 60 * 12,
      updateAge: 60 * 60,
    },
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 300,
      customRules: {
        "/sign-in/email": { window: 60, max: signInRateLimit },
        "/request-password-reset": { window: 60, max: signInRateLimit },
        "/two-factor/verify-totp": { window: 60, max: signInRateLimit },
        "/two-factor/verify-backup-code": { window: 60, max: signInRateLimit },
      },
    },
    advanced: {
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
      useSecureCookies: publicUrl.startsWith("https://"),
    },
    databaseHooks: {
      session: {
        create: {
          // A staff member normally belongs to one clinic: open it on sign-in.
          before: async (session) => {
            const [first] = await db
              .select({ orgId: schema.member.organizationId })
              .from(schema.member)
              .where(and(eq(schema.member.userId, session.userId), eq(schema.member.active, true)))
              .orderBy(asc(schema.member.createdAt))
              .limit(1);
            return { data: { ...session, activeOrganizationId: first?.orgId ?? null } };
          },
        },
      },
    },
    plugins: [
      organization({
        ac: accessControl,
        roles: authRoles,
        creatorRole: "owner",
        allowUserToCreateOrganization: false,
        invitationExpiresIn: 60 * 60 * 24 * 7,
        // Stipple sends invitations itself (staff routes) so the email names the clinic properly.
        sendInvitationEmail: async () => {},
      }),
      twoFactor({ issuer: "Stipple" }),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;
