import { createHash, randomBytes } from "node:crypto";

/** A new secret for a client's prep link: 32 random bytes, base64url (43 characters). */
export const newClientLinkToken = () => randomBytes(32).toString("base64url");

/** Only this is stored: a leaked database opens nobody's prep page. */
export const hashClientLinkToken = (token: string) =>
  createHash("sha256").update(token).digest("hex");

/** The client's page for a prep link. */
export const prepUrl = (publicUrl: string, token: string) =>
  `${publicUrl}/prep/${encodeURIComponent(token)}`;

/** A token as minted: 43 base64url characters. Anything else is not worth a database lookup. */
export const looksLikeClientLinkToken = (token: string) => /^[A-Za-z0-9_-]{43}$/.test(token);

const DAY_MS = 86_400_000;

/**
 * How long a link sent for a consultation stays open: at least this many days, and always until
 * the day after the consultation, so a client booked weeks ahead can still prepare.
 */
export const CLIENT_LINK_VALID_DAYS = 14;

/**
 * A link handed to a signed-in portal client is short-lived: only hashes are stored, so the portal
 * gets a fresh link each time it asks rather than the one emailed.
 */
export const PORTAL_LINK_HOURS = 12;

/** When a link for a consultation held on `heldOn` (yyyy-mm-dd) expires, minted at `now`. */
export function clientLinkExpiry(heldOn: string, now: Date): Date {
  const minimum = now.getTime() + CLIENT_LINK_VALID_DAYS * DAY_MS;
  // The end of the day after the consultation, in UTC (the latest zone offset is under a day).
  const afterConsultation = Date.parse(`${heldOn}T00:00:00Z`) + 2 * DAY_MS;
  return new Date(Math.max(minimum, Number.isNaN(afterConsultation) ? 0 : afterConsultation));
}

/** A portal-minted link: no staff author and a lifetime of at most PORTAL_LINK_HOURS. */
export function isPortalMinted(row: {
  createdBy: string | null;
  createdAt: Date;
  expiresAt: Date;
}) {
  return (
    row.createdBy === null &&
    row.expiresAt.getTime() - row.createdAt.getTime() <= PORTAL_LINK_HOURS * 3_600_000
  );
}
