import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { organization } from "../db/schema/index.ts";
import { createTenant } from "../db/tenant.ts";
import { createTestApp, type TestApp } from "../testing/test-app.ts";
import { savePublicBooking } from "../use-cases/public-booking/settings-store.ts";
import { widgetFile } from "./widget-assets.ts";

const CLINIC_SITE = "https://www.example-clinic.co.uk";

describe("widget bundle and hosted booking page", () => {
  let t: TestApp;
  let slug = "";
  let offSlug = "";

  beforeAll(async () => {
    if (!existsSync(widgetFile)) {
      const { build } = await import("vite");
      await build({
        configFile: fileURLToPath(new URL("../../../vite.widget.config.ts", import.meta.url)),
        logLevel: "warn",
      });
    }
    t = await createTestApp();
    const open = await t.addClinic("Harbour & <Scalp> Studio");
    const off = await t.addClinic("Closed Studio");
    const slugOf = async (orgId: string) => {
      const [row] = await t.db
        .select({ slug: organization.slug })
        .from(organization)
        .where(eq(organization.id, orgId));
      return row?.slug ?? "";
    };
    slug = await slugOf(open.orgId);
    offSlug = await slugOf(off.orgId);
    const settings = { intro: "", showEstimate: true, embedOrigins: [CLINIC_SITE] };
    for (const [orgId, enabled] of [
      [open.orgId, true],
      [off.orgId, false],
    ] as const) {
      const owner = await t.addStaff(orgId, "owner");
      await savePublicBooking(
        createTenant(t.db, orgId),
        { ...settings, enabled },
        owner.userId,
        new Date(),
      );
    }
  });
  afterAll(async () => {
    await t?.close();
  });

  it("serves the script to any website with an ETag and a short cache", async () => {
    const res = await t.request("GET", "/widget/stipple-booking.js", {
      headers: { origin: CLINIC_SITE },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("cross-origin-resource-policy")).toBe("cross-origin");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("cache-control")).toBe("public, max-age=300");
    const etag = res.headers.get("etag") ?? "";
    expect(etag).toMatch(/^"[0-9a-f]{16}"$/);
    expect((await res.text()).length).toBeGreaterThan(1000);

    const again = await t.request("GET", "/widget/stipple-booking.js", {
      headers: { "if-none-match": etag },
    });
    expect(again.status).toBe(304);

    const hashed = await t.request("GET", `/widget/stipple-booking.js?v=${etag.slice(1, -1)}`);
    expect(hashed.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const stale = await t.request("GET", "/widget/stipple-booking.js?v=0000000000000000");
    expect(stale.headers.get("cache-control")).toBe("public, max-age=300");
  });

  it("serves the hosted page framed only by the clinic's own websites", async () => {
    const res = await t.request("GET", `/book/${slug}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    expect(res.headers.get("x-frame-options")).toBeNull();
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain(`frame-ancestors 'self' ${CLINIC_SITE}`);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    const html = await res.text();
    // The clinic's name is escaped in the title.
    expect(html).toContain(
      "<title>Book a consultation · Harbour &amp; &lt;Scalp&gt; Studio</title>",
    );
    const etag = (await t.request("GET", "/widget/stipple-booking.js")).headers.get("etag") ?? "";
    expect(html).toContain(
      `<script src="/widget/stipple-booking.js?v=${etag.slice(1, -1)}" data-clinic="${slug}" async></script>`,
    );
    expect(html).toContain(`data-stipple-booking data-clinic="${slug}" data-layout="page"`);
  });

  it("answers 404 for an unknown clinic or one with online booking off", async () => {
    for (const path of [`/book/${offSlug}`, "/book/no-such-clinic", "/book/Bad%20Slug"]) {
      const res = await t.request("GET", path);
      expect(res.status, path).toBe(404);
      expect(res.headers.get("content-type")).toMatch(/^text\/html/);
      const html = await res.text();
      expect(html).toContain("Online booking is not available");
      expect(html).not.toContain("stipple-booking.js");
      // Nothing of another clinic may frame it.
      expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'self'");
      expect(res.headers.get("content-security-policy")).not.toContain(CLINIC_SITE);
    }
  });

  it("keeps every other page unframeable", async () => {
    for (const path of ["/", "/settings", "/healthz"]) {
      const res = await t.request("GET", path);
      expect(res.headers.get("x-frame-options"), path).toBe("DENY");
      expect(res.headers.get("cross-origin-resource-policy"), path).toBe("same-origin");
    }
  });
});
