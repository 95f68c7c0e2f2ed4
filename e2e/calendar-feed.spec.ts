import AxeBuilder from "@axe-core/playwright";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  demo,
  gone,
  launchBrowser,
  newSession,
  type Session,
  screenshot,
  signIn,
  visible,
  waitForSettled,
} from "./support/browser.ts";
import { watchServerErrors } from "./support/server-log.ts";

/**
 * Account → Calendar feed: a practitioner creates their private feed link, a calendar app can
 * fetch it, a new link replaces it and turning it off stops it. Uses Priya's account, which no
 * other spec changes, and leaves the feed off as it was found.
 */
describe("calendar feed", () => {
  const baseUrl = inject("baseUrl");
  const serverLog = watchServerErrors();
  let browser: Browser;
  let session: Session;

  beforeAll(async () => {
    browser = await launchBrowser();
    session = await newSession(browser, baseUrl);
    await signIn(session.page, demo.priya);
  });
  afterAll(async () => {
    try {
      await session?.page.request.delete("/api/me/calendar-feed");
    } finally {
      await session?.context.close();
      await browser?.close();
    }
  });

  const card = (page: Page): Locator => page.getByRole("region", { name: "Calendar feed" });

  async function feedUrl(page: Page): Promise<string> {
    const input = await visible(page.getByLabel("Your calendar feed link"));
    return input.inputValue();
  }

  async function fetchFeed(page: Page, url: string) {
    const res = await page.request.get(url);
    return { status: res.status(), type: res.headers()["content-type"], text: await res.text() };
  }

  it("creates a feed link that a calendar app can read, with discreet entries", async () => {
    const { page } = session;
    await page.goto("/account");
    await visible(page.getByRole("heading", { name: "Calendar feed" }));
    await waitForSettled(page);
    const section = card(page);
    await visible(section.getByText("Off", { exact: true }));

    await section.getByRole("button", { name: "Create feed link" }).click();
    const url = await feedUrl(page);
    expect(url).toMatch(new RegExp(`^${baseUrl}/api/feeds/[\\w-]{43}/calendar\\.ics$`));
    await visible(section.getByText("On", { exact: true }));
    await visible(page.getByRole("link", { name: "Open in my calendar app" }));
    await page.getByRole("tab", { name: "Apple Calendar" }).click();
    await visible(page.getByText("File → New Calendar Subscription", { exact: false }));
    await page.getByRole("tab", { name: "Google Calendar" }).click();

    const feed = await fetchFeed(page, url);
    expect(feed.status).toBe(200);
    expect(feed.type).toContain("text/calendar");
    expect(feed.text).toContain("BEGIN:VCALENDAR");
    expect(feed.text).toContain("BEGIN:VTIMEZONE\r\nTZID:Europe/London");
    // No service or health words. Room labels are the clinic's own ("Treatment room 1") and may
    // appear in an event's description, so the check names the demo services themselves.
    expect(feed.text).not.toMatch(/treatment session|consultation|touch-up|SMP session|hair/i);
    for (const summary of feed.text.match(/^SUMMARY:.*$/gm) ?? []) {
      expect(summary).toMatch(/^SUMMARY:Appointment – /);
    }

    const axe = await new AxeBuilder({ page })
      .include('section[aria-labelledby="calendar-feed-title"]')
      .analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await screenshot(page, "account-calendar-feed-created");
  });

  it("replaces the link after a confirmation, and the old one stops working", async () => {
    const { page } = session;
    const oldUrl = await feedUrl(page);
    await card(page).getByRole("button", { name: "Get a new link" }).click();
    const dialog = await visible(page.getByRole("dialog", { name: "Get a new calendar link?" }));
    await screenshot(page, "account-calendar-feed-rotate-confirm");
    await dialog.getByRole("button", { name: "Get a new link" }).click();
    await gone(page.getByRole("dialog", { name: "Get a new calendar link?" }));
    await visible(page.getByText("New link ready"));
    const newUrl = await feedUrl(page);
    expect(newUrl).not.toBe(oldUrl);
    expect((await fetchFeed(page, oldUrl)).status).toBe(404);
    expect((await fetchFeed(page, newUrl)).status).toBe(200);

    // After a reload the link is never shown again, only the feed's status.
    await page.reload();
    await visible(page.getByTestId("calendar-feed-status"));
    expect(await page.getByLabel("Your calendar feed link").count()).toBe(0);
    expect(await page.getByTestId("calendar-feed-status").textContent()).toMatch(
      /Link created \d{2}\/\d{2}\/\d{4}, \d{2}:\d{2} · last used/,
    );
    await screenshot(page, "account-calendar-feed-on");

    await card(page).getByRole("button", { name: "Turn off" }).click();
    const off = await visible(page.getByRole("dialog", { name: "Turn off your calendar feed?" }));
    await off.getByRole("button", { name: "Turn off" }).click();
    await visible(card(page).getByRole("button", { name: "Create feed link" }));
    expect((await fetchFeed(page, newUrl)).status).toBe(404);
    expect(session.pageErrors).toEqual([]);
    expect(serverLog.errors()).toEqual([]);
  });
});
