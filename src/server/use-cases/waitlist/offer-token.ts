import { createHash, randomBytes } from "node:crypto";

/** A new secret for a client's offer link: 32 random bytes, base64url (43 characters). */
export const newOfferToken = () => randomBytes(32).toString("base64url");

/** Only this is stored: a leaked database does not open anyone's offer. */
export const hashOfferToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** The client's page for an offer. */
export const offerUrl = (publicUrl: string, token: string) =>
  `${publicUrl}/waitlist-offer/${encodeURIComponent(token)}`;
