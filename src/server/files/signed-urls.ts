import { createHmac, timingSafeEqual } from "node:crypto";

export type SignedVariant = "full" | "thumb";

export interface SignedFileTarget {
  orgId: string;
  photoId: string;
  variant: SignedVariant;
}

export type SignatureCheck = "ok" | "forged" | "expired";

/**
 * Short-lived capability URLs for photo files: an HMAC (key derived from the auth secret, so it is
 * never the session-signing key itself) over clinic, photo, variant and expiry. Changing any part
 * of the URL, or moving it to another clinic, breaks the signature.
 */
export function createUrlSigner(authSecret: string, purpose = "photo-file-urls-v1") {
  if (authSecret.length < 16) throw new Error("the auth secret is too short to derive URL keys");
  const key = createHmac("sha256", authSecret).update(purpose).digest();
  const mac = (t: SignedFileTarget, exp: number) =>
    createHmac("sha256", key)
      .update(`${t.orgId}\n${t.photoId}\n${t.variant}\n${exp}`)
      .digest("base64url");
  return {
    /** Path (under /api) and expiry in epoch seconds. */
    sign(t: SignedFileTarget, expiresAtMs: number): string {
      const exp = Math.floor(expiresAtMs / 1000);
      const path = `/api/files/photos/${encodeURIComponent(t.orgId)}/${t.photoId}/${t.variant}`;
      return `${path}?exp=${exp}&sig=${mac(t, exp)}`;
    },
    verify(t: SignedFileTarget, exp: number, sig: string, nowMs: number): SignatureCheck {
      const expected = Buffer.from(mac(t, exp));
      const given = Buffer.from(sig);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return "forged";
      return exp * 1000 <= nowMs ? "expired" : "ok";
    },
  };
}

export type UrlSigner = ReturnType<typeof createUrlSigner>;
