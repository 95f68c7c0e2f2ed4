import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  DEMO_PASSWORD,
  demo,
  field,
  launchBrowser,
  newSession,
  type Session,
  signIn,
  visible,
  waitForEmailLink,
} from "./support/browser.ts";
import { watchServerErrors } from "./support/server-log.ts";

/**
 * A forgotten password: ask for a link, read it from the dev outbox, choose a new password and
 * sign in with it. Uses the admin demo account, which no other spec signs in with.
 */
describe("password reset", () => {
  const baseUrl = inject("baseUrl");
  const serverLog = watchServerErrors();
  const email = demo.admin;
  const newPassword = "a fresh reset password 42";
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

  it("sends a reset link that sets a new password", async () => {
    const { page } = session;
    await page.goto("/sign-in");
    await page.getByRole("link", { name: "Forgot password?" }).click();
    await visible(page.getByRole("heading", { name: "Reset your password" }));
    await field(page, "Email").fill(email);
    await page.getByRole("button", { name: "Send reset link" }).click();
    await visible(page.getByRole("heading", { name: "Check your email" }));
    expect(await page.getByRole("status").textContent()).toContain(email);

    const link = await waitForEmailLink(baseUrl, email, /password/i, /reset-password/);
    expect(link.startsWith(baseUrl)).toBe(true);

    await page.goto(link);
    await visible(page.getByRole("heading", { name: "Choose a new password" }));
    await field(page, "New password").fill(newPassword);
    await field(page, "Confirm password").fill(newPassword);
    await page.getByRole("button", { name: "Save new password" }).click();
    await visible(page.getByRole("heading", { name: "Password changed" }));

    await page.getByRole("link", { name: "Sign in" }).click();
    await page.waitForURL((url) => url.pathname === "/sign-in");
  });

  it("refuses the old password and accepts the new one", async () => {
    const { page } = session;
    await page.goto("/sign-in");
    await field(page, "Email").fill(email);
    await field(page, "Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    const alert = await visible(page.getByRole("alert"));
    expect(await alert.textContent()).toMatch(/not right/i);

    await signIn(page, email, newPassword);
    expect(new URL(page.url()).pathname).toBe("/appointments");
  });

  it("a used reset link no longer works", async () => {
    const { page } = session;
    const link = await waitForEmailLink(baseUrl, email, /password/i, /reset-password/);
    await page.goto(link);
    await visible(page.getByRole("heading", { name: "This link has expired" }));
  });

  it("made the server log no errors", () => {
    expect(session.pageErrors).toEqual([]);
    expect(serverLog.errors()).toEqual([]);
  });
});
