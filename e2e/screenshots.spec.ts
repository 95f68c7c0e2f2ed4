import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  demo,
  launchBrowser,
  NAVIGATION_TIMEOUT,
  newSession,
  type Session,
  screenshot,
  signIn,
  type ViewportName,
  viewports,
  visible,
  waitForSettled,
} from "./support/browser.ts";
import { nextWeekday } from "./support/dates.ts";
import { watchServerErrors } from "./support/server-log.ts";

/**
 * Acceptance 8: every main screen at desktop (1280×800) and tablet (820×1180) size, saved to
 * e2e/screenshots/<viewport>-<screen>.png, each checked with axe. Critical violations fail the
 * screen; serious ones are listed at the end of the run.
 */
const baseUrl = inject("baseUrl");
const serverLog = watchServerErrors();
// A weekday in the demo week ahead, which the seed fills with appointments.
const appointmentsDate = nextWeekday(3, 1);
const serious: string[] = [];
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  if (serious.length > 0) {
    console.warn(`axe: ${serious.length} serious violation(s):\n${serious.join("\n")}`);
  }
});

/** Waits for the screen to settle, saves its screenshot and fails on critical axe violations. */
async function capture(page: Page, viewport: ViewportName, screen: string) {
  await waitForSettled(page);
  await screenshot(page, `${viewport}-${screen}`);
  const results = await new AxeBuilder({ page }).analyze();
  const describeViolation = (v: (typeof results.violations)[number]) =>
    `${viewport}-${screen}: [${v.impact}] ${v.id}: ${v.help} (${v.nodes.length}×: ${v.nodes
      .slice(0, 3)
      .map((n) => n.target.join(" "))
      .join(" | ")})`;
  for (const v of results.violations.filter((x) => x.impact === "serious")) {
    serious.push(describeViolation(v));
  }
  const critical = results.violations.filter((v) => v.impact === "critical");
  expect(critical.map(describeViolation)).toEqual([]);
}

describe.each(Object.keys(viewports) as ViewportName[])("%s screens", (viewport) => {
  let session: Session;

  beforeAll(async () => {
    session = await newSession(browser, baseUrl, viewports[viewport]);
    await signIn(session.page, demo.owner);
  });
  afterAll(async () => {
    await session?.context.close();
  });

  it("sign-in page", async () => {
    // A context of its own: the screens below share one signed-in session.
    const signedOut = await newSession(browser, baseUrl, viewports[viewport]);
    try {
      const { page } = signedOut;
      await page.goto("/sign-in");
      await visible(page.getByRole("heading", { name: "Sign in" }), NAVIGATION_TIMEOUT);
      await capture(page, viewport, "sign-in");
      expect(signedOut.pageErrors).toEqual([]);
    } finally {
      await signedOut.context.close();
    }
  });

  it("clients list", async () => {
    const { page } = session;
    await page.goto("/clients");
    await visible(page.getByRole("heading", { level: 1, name: "Clients" }));
    await visible(page.getByText(/of \d+ clients/));
    await capture(page, viewport, "clients");
  });

  it("a client page", async () => {
    const { page } = session;
    await page.goto("/clients?q=Whitfield");
    await page
      .getByRole("link", { name: /James Whitfield/ })
      .first()
      .click();
    await page.waitForURL((url) => /^\/clients\/[^/]+$/.test(url.pathname));
    await visible(page.getByRole("heading", { level: 1, name: /James Whitfield/ }));
    await capture(page, viewport, "client");
  });

  it("appointments day view", async () => {
    const { page } = session;
    await page.goto(`/appointments?date=${appointmentsDate}`);
    await visible(page.getByRole("button", { name: "New appointment" }));
    // Appointment blocks are buttons named "10:00–10:30, <client>, <service>…".
    await visible(page.getByRole("button", { name: /^\d{2}:\d{2}\s*[–-]\s*\d{2}:\d{2}, / }));
    await capture(page, viewport, "appointments");
  });

  for (const section of ["clinic", "locations", "staff", "services"] as const) {
    it(`settings: ${section}`, async () => {
      const { page } = session;
      await page.goto(`/settings/${section}`);
      const tab = await visible(page.getByRole("tab", { name: new RegExp(`^${section}$`, "i") }));
      expect(await tab.getAttribute("aria-selected")).toBe("true");
      await visible(page.getByRole("tabpanel"));
      await capture(page, viewport, `settings-${section}`);
    });
  }

  it("had no uncaught errors in the page", () => {
    expect(session.pageErrors).toEqual([]);
  });
});

describe("server", () => {
  it("logged no errors while the screens were taken", () => {
    expect(serverLog.errors()).toEqual([]);
  });
});
