import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  chooseOption,
  demo,
  field,
  gone,
  launchBrowser,
  newSession,
  openNav,
  type Session,
  signIn,
  signOut,
  visible,
} from "./support/browser.ts";
import { nextWeekday } from "./support/dates.ts";
import { watchServerErrors } from "./support/server-log.ts";

/**
 * Acceptance: the receptionist adds a client, books them in, is stopped from double-booking the
 * practitioner, and signs out.
 */
describe("receptionist journey", () => {
  const baseUrl = inject("baseUrl");
  const serverLog = watchServerErrors();
  // A Tuesday at least two days ahead (clinic time), late afternoon: the demo week leaves
  // Priya Nair free after 14:30.
  const date = nextWeekday(2, 2);
  const client = { first: "Robin", last: "Ashdown", email: "robin.ashdown@example.com" };
  const fullName = `${client.first} ${client.last}`;
  const practitioner = "Priya Nair";
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

  it("refuses a wrong password with a clear message", async () => {
    const { page } = session;
    await page.goto("/sign-in");
    await field(page, "Email").fill(demo.reception);
    await field(page, "Password").fill("not-the-password-123");
    await page.getByRole("button", { name: "Sign in" }).click();
    const alert = await visible(page.getByRole("alert"));
    expect(await alert.textContent()).toContain("Email or password is not right");
    expect(new URL(page.url()).pathname).toBe("/sign-in");
  });

  it("signs in and adds a new client", async () => {
    const { page } = session;
    await signIn(page, demo.reception);
    await openNav(page, "Clients");
    await page.waitForURL((url) => url.pathname === "/clients");

    await page.getByRole("button", { name: "New client" }).click();
    const dialog = await visible(page.getByRole("dialog", { name: "New client" }));
    await field(dialog, "First name").fill(client.first);
    await field(dialog, "Last name").fill(client.last);
    await field(dialog, "Email").fill(client.email);
    await field(dialog, "Phone").fill("07700 900555");
    await dialog.getByRole("button", { name: /^(Add client|Save)/ }).click();

    await page.waitForURL((url) => /^\/clients\/[^/]+$/.test(url.pathname));
    await visible(page.getByRole("heading", { level: 1, name: fullName }));
    await gone(page.getByRole("dialog", { name: "New client" }));
  });

  it("books the client with a practitioner and sees it on the calendar", async () => {
    const { page } = session;
    await openNav(page, "Appointments");
    await page.waitForURL((url) => url.pathname === "/appointments");
    await page.goto(`/appointments?date=${date}`);

    const dialog = await openBooking(page);
    await pickClient(dialog, client.last, fullName);
    await chooseOption(dialog, "Service", /^Video consultation/);
    await chooseOption(dialog, "Start time", "16:15");
    await chooseOption(dialog, "Practitioner", practitioner);
    await dialog.getByRole("button", { name: "Book appointment" }).click();
    await gone(page.getByRole("dialog", { name: "New appointment" }));

    // Appointments on the calendar are named "16:15–16:45, <client>, <service>…".
    const block = await visible(page.getByRole("button", { name: new RegExp(fullName) }));
    expect(await block.textContent()).toMatch(/^16:15/);
  });

  it("will not double-book the practitioner and names who is busy", async () => {
    const { page } = session;
    const dialog = await openBooking(page);
    await pickClient(dialog, "Whitfield", "James Whitfield");
    await chooseOption(dialog, "Service", /^Video consultation/);
    await chooseOption(dialog, "Start time", "16:30");
    await chooseOption(dialog, "Practitioner", practitioner);
    await dialog.getByRole("button", { name: "Book appointment" }).click();

    const alert = await visible(dialog.getByRole("alert"));
    const text = await alert.textContent();
    expect(text).toContain(`${practitioner} is already booked`);
    expect(text).toContain(fullName);
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await gone(page.getByRole("dialog", { name: "New appointment" }));
  });

  it("signs out back to the sign-in page", async () => {
    const { page } = session;
    await signOut(page);
    await visible(page.getByRole("heading", { name: "Sign in" }));
    // The app is closed again without a session.
    await page.goto("/appointments");
    await page.waitForURL((url) => url.pathname === "/sign-in");
  });

  it("made the server log no errors", () => {
    expect(session.pageErrors).toEqual([]);
    expect(serverLog.errors()).toEqual([]);
  });
});

async function openBooking(page: Page): Promise<Locator> {
  await page.getByRole("button", { name: "New appointment" }).click();
  return visible(page.getByRole("dialog", { name: "New appointment" }));
}

/** The booking form's client search: type part of the name, pick the match. */
async function pickClient(dialog: Locator, typed: string, name: string) {
  const input = field(dialog, "Client");
  await input.click();
  await input.fill(typed);
  await dialog
    .page()
    .getByRole("option", { name: new RegExp(name) })
    .first()
    .click();
}
