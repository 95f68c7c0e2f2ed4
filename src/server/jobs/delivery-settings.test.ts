import { describe, expect, it } from "vitest";
import { parseEnv } from "../env.ts";
import { backoffSeconds, deliverySettings } from "./delivery-settings.ts";

describe("retry backoff", () => {
  const settings = {
    maxAttempts: 6,
    backoffSeconds: 60,
    backoffMaxSeconds: 600,
    leaseSeconds: 900,
  };

  it("doubles after each failed attempt and stops at the cap", () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => backoffSeconds(settings, n))).toEqual([
      60, 120, 240, 480, 600, 600,
    ]);
  });

  it("never overflows for absurd attempt counts", () => {
    expect(backoffSeconds(settings, 10_000)).toBe(600);
    expect(backoffSeconds(settings, 0)).toBe(60);
  });
});

describe("delivery settings", () => {
  it("have sane defaults: the lease is far longer than a transport may take", () => {
    const env = parseEnv({});
    expect(deliverySettings(env)).toEqual({
      maxAttempts: 5,
      backoffSeconds: 60,
      backoffMaxSeconds: 3600,
      leaseSeconds: 600,
    });
    expect(env.TRANSPORT_TIMEOUT_SECONDS * 4).toBeLessThanOrEqual(env.DELIVERY_LEASE_SECONDS);
    expect(env.WORKER).toBe(true);
  });

  it("refuse a lease too short for the transport timeout, and read WORKER=off", () => {
    expect(() =>
      parseEnv({ DELIVERY_LEASE_SECONDS: "60", TRANSPORT_TIMEOUT_SECONDS: "30" }),
    ).toThrow(/DELIVERY_LEASE_SECONDS: must be at least four times TRANSPORT_TIMEOUT_SECONDS/);
    expect(parseEnv({ WORKER: "off" }).WORKER).toBe(false);
    expect(() => parseEnv({ WORKER: "maybe" })).toThrow(/WORKER/);
  });
});
