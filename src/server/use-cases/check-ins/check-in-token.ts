import { createHash, randomBytes } from "node:crypto";

/** A new secret for a client's check-in link: 32 random bytes, base64url (43 characters). */
export const newCheckInToken = () => randomBytes(32).toString("base64url");

/** Only this is stored: a leaked database does not open anyone's check-in. */
export const hashCheckInToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** The client's page for a check-in. */
export const checkInUrl = (publicUrl: string, token: string) =>
  `${publicUrl}/check-in/${encodeURIComponent(token)}`;
