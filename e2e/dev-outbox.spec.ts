import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  demo,
  field,
  launchBrowser,
  newSession,
  type Session,
  screenshot,
  visible,
  waitForEmailLink,
  waitForSettled,
} from "./support/browser.ts";
import { watchServerErrors } from "./support/server-log.ts";

/**
 * The dev outbox page: with no SMTP server or SMS provider configured, what Stipple sent is read
 * here, with its delivery status, and filtered by channel. Uses Priya's account, which no other
 * spec asks a reset link for.
 */
describe("dev outbox", () => {
  const baseUrl = inject("baseUrl");
  const serverLog = watchServerErrors();
  const email = demo.priya;
  let browser: Browser;
  let session: Session;

  beforeAll(async () => {
    browser = await launchBrowser();
    session = await newSession(browser, baseUrl);
  });
  afterAll(async () => {
    await session?.context.close();
    await browser?.close();
  });

  it("shows a sent email with its status, and filters by channel", async () => {
    const { page } = session;
    await page.goto("/sign-in");
    await page.getByRole("link", { name: "Forgot password?" }).click();
    await field(page, "Email").fill(email);
    await page.getByRole("button", { name: "Send reset link" }).click();
    await visible(page.getByRole("heading", { name: "Check your email" }));
    await waitForEmailLink(baseUrl, email, /password/i, /reset-password/);

    await page.goto("/dev/outbox");
    await visible(page.getByRole("heading", { name: "Outbox" }));
    await waitForSettled(page);
    await field(page, "Filter").fill("priya@");
    const card = await visible(
      page.getByTestId("outbox-message").filter({ hasText: "Reset your Stipple password" }),
    );
    expect(await card.textContent()).toContain("Sent");
    expect(await card.textContent()).toContain(email);
    await screenshot(page, "dev-outbox-email");

    await page.getByText("SMS", { exact: true }).click();
    await waitForSettled(page);
    // Password resets are emails: none of them is listed under SMS.
    await visible(page.getByText(/No messages (match|yet)/));
    await screenshot(page, "dev-outbox-sms-filter");

    expect(serverLog.errors()).toEqual([]);
  });
});
