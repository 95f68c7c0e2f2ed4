import { describe, expect, it } from "vitest";
import {
  CLIENT_LINK_VALID_DAYS,
  clientLinkExpiry,
  hashClientLinkToken,
  isPortalMinted,
  looksLikeClientLinkToken,
  newClientLinkToken,
  PORTAL_LINK_HOURS,
  prepUrl,
} from "./link-token.ts";

const DAY = 86_400_000;
const now = new Date("2026-11-24T10:00:00Z");

describe("prep link tokens", () => {
  it("are 32 random bytes in base64url, stored only as a sha256 hex hash", () => {
    const a = newClientLinkToken();
    const b = newClientLinkToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a).not.toBe(b);
    expect(looksLikeClientLinkToken(a)).toBe(true);
    expect(looksLikeClientLinkToken(`${a}x`)).toBe(false);
    expect(hashClientLinkToken(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashClientLinkToken(a)).not.toContain(a);
    expect(prepUrl("https://clinic.example", a)).toBe(`https://clinic.example/prep/${a}`);
  });

  it("stay open at least the set number of days, and until the day after the consultation", () => {
    expect(clientLinkExpiry("2026-11-26", now).getTime()).toBe(
      now.getTime() + CLIENT_LINK_VALID_DAYS * DAY,
    );
    expect(clientLinkExpiry("2027-01-20", now).toISOString()).toBe("2027-01-22T00:00:00.000Z");
  });

  it("tells the portal's short-lived links from the ones sent", () => {
    const createdAt = now;
    expect(
      isPortalMinted({
        createdBy: null,
        createdAt,
        expiresAt: new Date(now.getTime() + PORTAL_LINK_HOURS * 3_600_000),
      }),
    ).toBe(true);
    expect(
      isPortalMinted({
        createdBy: null,
        createdAt,
        expiresAt: clientLinkExpiry("2026-11-30", now),
      }),
    ).toBe(false);
    expect(
      isPortalMinted({
        createdBy: "u1",
        createdAt,
        expiresAt: new Date(now.getTime() + 3_600_000),
      }),
    ).toBe(false);
  });
});
