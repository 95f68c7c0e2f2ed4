import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  demo,
  field,
  gone,
  launchBrowser,
  NAVIGATION_TIMEOUT,
  newSession,
  openNav,
  type Session,
  screenshot,
  signIn,
  visible,
  waitForSettled,
} from "./support/browser.ts";
import { watchServerErrors } from "./support/server-log.ts";

/**
 * Stock: a practitioner sees the demo clinic's expired pigment flagged, adds a pigment and a needle
 * batch (the needle's configuration checked first), and opens a batch's recall list with its CSV
 * download. Screenshots: e2e/screenshots/stock-*.png.
 */
const baseUrl = inject("baseUrl");
const serverLog = watchServerErrors();
const suffix = Date.now().toString(36).slice(-5).toUpperCase();
const pigmentLot = `E2E-P-${suffix}`;
const needleLot = `E2E-N-${suffix}`;

let browser: Browser;
let staff: Session;

beforeAll(async () => {
  browser = await launchBrowser();
  staff = await newSession(browser, baseUrl);
  await signIn(staff.page, demo.alex);
});

afterAll(async () => {
  await staff?.context.close();
  await browser?.close();
});

describe("stock", () => {
  it("lists the demo batches with the expired pigment flagged in red", async () => {
    const { page } = staff;
    await openNav(page, "Stock");
    await page.waitForURL((url) => url.pathname === "/stock");
    await visible(page.getByRole("heading", { level: 1, name: "Stock" }), NAVIGATION_TIMEOUT);
    await waitForSettled(page);
    const expired = page.getByRole("row").filter({ hasText: "TP1-230914" });
    await visible(expired.getByText(/^Expired \d+ days ago$/));
    const soon = page.getByRole("row").filter({ hasText: "TP3-240502" });
    await visible(soon.getByText(/^Expires in \d+ days$/));
    await visible(page.getByRole("status").filter({ hasText: "1 expired batch" }));
    await screenshot(page, "stock-list");
  });

  it("adds a pigment batch", async () => {
    const { page } = staff;
    await page.getByRole("button", { name: "Add batch" }).first().click();
    const drawer = page.getByRole("dialog", { name: "Add a batch" });
    await visible(drawer);
    await field(drawer, "Brand").fill("Tricopigment");
    await field(drawer, "Product and shade").fill("Shade 4 Dark Brown");
    await field(drawer, "Lot number").fill(pigmentLot);
    await field(drawer, "Expiry date").fill("31/12/2027");
    await field(drawer, "Quantity").fill("2");
    await drawer.getByRole("button", { name: "Add batch" }).click();
    await gone(drawer);
    const row = page.getByRole("row").filter({ hasText: pigmentLot });
    await visible(row.getByText("31/12/2027"));
    await visible(row.getByText("Shade 4 Dark Brown"));
  });

  it("checks a needle's configuration, then adds the needle batch", async () => {
    const { page } = staff;
    await page.getByRole("button", { name: "Add batch" }).first().click();
    const drawer = page.getByRole("dialog", { name: "Add a batch" });
    await visible(drawer);
    await drawer.getByText("Needle", { exact: true }).click();
    await field(drawer, "Brand").fill("Kwadron");
    await field(drawer, "Product").fill("Optima cartridge 0803");
    await field(drawer, "Lot number").fill(needleLot);
    await field(drawer, "Configuration").fill("3XL");
    await field(drawer, "Diameter (mm)").fill("0.25");
    await field(drawer, "Expiry date").fill("30/06/2028");
    await drawer.getByRole("button", { name: "Add batch" }).click();
    await visible(drawer.getByText("Use a configuration like 1RL, 3RL, 5RS or 5M1"));
    await screenshot(page, "stock-needle-invalid");
    await field(drawer, "Configuration").fill("3RL");
    await drawer.getByRole("button", { name: "Add batch" }).click();
    await gone(drawer);
    await page.getByText("Needles", { exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get("kind") === "needle");
    // The previous list stays on screen until the needles arrive: wait for the pigment to leave.
    await gone(page.getByRole("row").filter({ hasText: pigmentLot }));
    const row = page.getByRole("row").filter({ hasText: needleLot });
    await visible(row.getByText("3RL · 0.25 mm"));
    await screenshot(page, "stock-needles");
  });

  it("opens a batch's recall list with a CSV download", async () => {
    const { page } = staff;
    await page.getByText("All", { exact: true }).click();
    await page.getByRole("link", { name: "TP2-240718" }).click();
    await page.waitForURL((url) => url.pathname.startsWith("/stock/"));
    await visible(
      page.getByRole("heading", { level: 1, name: "Tricopigment Shade 2 Dark Ash" }),
      NAVIGATION_TIMEOUT,
    );
    await visible(page.getByRole("heading", { name: "Recall list" }));
    const download = page.getByRole("link", { name: "Download CSV" });
    await visible(download);
    expect(await download.getAttribute("href")).toMatch(
      /^\/api\/stock\/batches\/[0-9a-f-]{36}\/recall\.csv$/,
    );
    await screenshot(page, "stock-recall");
    expect(staff.pageErrors).toEqual([]);
    expect(serverLog.errors()).toEqual([]);
  });

  it("records a patch test on a client and refuses a reading before the clinic's 48 hours", async () => {
    const { page } = staff;
    const made = await page.request.post("/api/clients", {
      data: { firstName: "Patch", lastName: `Tester${suffix}` },
    });
    expect(made.status()).toBe(201);
    const { id } = (await made.json()) as { id: string };
    await page.goto(`/clients/${id}`);
    const card = page.locator(".mantine-Card-root").filter({
      has: page.getByRole("heading", { name: "Patch tests" }),
    });
    await visible(card.getByText("No patch test recorded."), NAVIGATION_TIMEOUT);
    await card.getByRole("button", { name: "Record test" }).click();
    await card.getByLabel("Pigment tested").click();
    await page.getByRole("option", { name: new RegExp(`lot ${pigmentLot}$`) }).click();
    await card.getByRole("button", { name: "Save test" }).click();
    await visible(card.getByText("To be read", { exact: true }));
    await card.getByRole("button", { name: "Record reading" }).click();
    await card.getByRole("button", { name: "Save reading" }).click();
    await visible(
      card.getByRole("alert").filter({ hasText: /reads patch tests at least 48 hours later/ }),
    );
    await screenshot(page, "stock-patch-test");
  });

  it("keeps Stock away from reception", async () => {
    const reception = await newSession(browser, baseUrl);
    try {
      await signIn(reception.page, demo.reception);
      await visible(reception.page.getByRole("navigation", { name: "Main" }), NAVIGATION_TIMEOUT);
      await expect(
        reception.page.getByRole("navigation", { name: "Main" }).getByText("Stock").count(),
      ).resolves.toBe(0);
      const res = await reception.page.request.get("/api/stock/batches");
      expect(res.status()).toBe(403);
    } finally {
      await reception.context.close();
    }
  });
});
