import { organizationClient, twoFactorClient } from "better-auth/client/plugins";
import { createAuthClient } from "better-auth/react";

/** Better Auth on the same origin under /api/auth: sign-in, password reset, two-factor. */
export const authClient = createAuthClient({
  baseURL: window.location.origin,
  basePath: "/api/auth",
  plugins: [organizationClient(), twoFactorClient()],
});

export interface AuthErrorLike {
  status?: number;
  code?: string;
  message?: string;
}

/** A sentence for a Better Auth error, with Stipple's wording for the common cases. */
export function authErrorMessage(
  error: AuthErrorLike | null | undefined,
  fallback: string,
): string {
  if (!error) return fallback;
  if (error.status === 429) return "Too many attempts, wait a minute and try again.";
  switch (error.code) {
    case "INVALID_EMAIL_OR_PASSWORD":
    case "INVALID_PASSWORD":
      return "The password is not right.";
    case "INVALID_CODE":
    case "INVALID_TWO_FACTOR_CODE":
      return "That code is not right. Check your authenticator app and try again.";
    case "INVALID_BACKUP_CODE":
      return "That backup code is not right, or it has already been used.";
    case "INVALID_TOKEN":
      return "This reset link has expired or was already used. Ask for a new one.";
    case "PASSWORD_TOO_SHORT":
      return "The password is too short: use at least 10 characters.";
    case "PASSWORD_TOO_LONG":
      return "The password is too long: use at most 128 characters.";
    case "INVALID_TWO_FACTOR_COOKIE":
      return "The sign-in took too long. Start again with your email and password.";
    default:
      return error.message || fallback;
  }
}
