import { describe, expect, it } from "vitest";
import { createUrlSigner } from "./signed-urls.ts";

const signer = createUrlSigner("a-test-secret-that-is-long-enough-0123456789");
const target = {
  orgId: "org_1",
  photoId: "4f1c2a5e-1111-4a4a-8b8b-123456789abc",
  variant: "thumb" as const,
};
const now = Date.UTC(2026, 10, 24, 12, 0, 0);

function parse(url: string) {
  const u = new URL(url, "http://x");
  return { exp: Number(u.searchParams.get("exp")), sig: u.searchParams.get("sig") ?? "" };
}

describe("photo URL signer", () => {
  it("accepts its own URL until it expires", () => {
    const url = signer.sign(target, now + 300_000);
    expect(url).toMatch(
      /^\/api\/files\/photos\/org_1\/4f1c2a5e-[^/]+\/thumb\?exp=\d+&sig=[\w-]{43}$/,
    );
    const { exp, sig } = parse(url);
    expect(signer.verify(target, exp, sig, now)).toBe("ok");
    expect(signer.verify(target, exp, sig, now + 300_000)).toBe("expired");
  });

  it("rejects a URL moved to another clinic, photo or variant, or with a changed expiry", () => {
    const { exp, sig } = parse(signer.sign(target, now + 300_000));
    expect(signer.verify({ ...target, orgId: "org_2" }, exp, sig, now)).toBe("forged");
    expect(signer.verify({ ...target, variant: "full" }, exp, sig, now)).toBe("forged");
    expect(
      signer.verify({ ...target, photoId: "4f1c2a5e-1111-4a4a-8b8b-123456789abd" }, exp, sig, now),
    ).toBe("forged");
    expect(signer.verify(target, exp + 3600, sig, now)).toBe("forged");
    expect(signer.verify(target, exp, "x".repeat(43), now)).toBe("forged");
  });

  it("uses a key of its own per secret", () => {
    const other = createUrlSigner("another-secret-that-is-long-enough-9876543210");
    const { exp, sig } = parse(signer.sign(target, now + 300_000));
    expect(other.verify(target, exp, sig, now)).toBe("forged");
  });
});
