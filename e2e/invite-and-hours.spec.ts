import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  CLINIC_NAME,
  chooseOption,
  demo,
  field,
  gone,
  launchBrowser,
  NAVIGATION_TIMEOUT,
  newSession,
  openNav,
  openSettingsSection,
  type Session,
  signIn,
  visible,
  waitForEmailLink,
} from "./support/browser.ts";
import { nextWeekday } from "./support/dates.ts";
import { watchServerErrors } from "./support/server-log.ts";

interface WeeklyPeriod {
  weekday: number;
  opens: string;
  closes: string;
}

/**
 * Acceptance: the owner invites a practitioner, who joins from the emailed link; the owner then
 * shortens Saturday's opening hours and the appointments view and booking follow.
 */
describe("invite a practitioner, change opening hours", () => {
  const baseUrl = inject("baseUrl");
  const serverLog = watchServerErrors();
  const invitee = { email: "morgan.blake@example.com", name: "Morgan Blake" };
  const inviteePassword = "morgan chooses a long password";
  // The next Saturday at least two days ahead, in the clinic's zone.
  const saturday = nextWeekday(6, 2);
  let browser: Browser;
  let owner: Session;
  let newcomer: Session | undefined;
  let savedHours: { locationId: string; hours: WeeklyPeriod[] } | undefined;

  beforeAll(async () => {
    browser = await launchBrowser();
    owner = await newSession(browser, baseUrl);
    await signIn(owner.page, demo.owner);
    // Remember the weekly hours so the change can be undone for the specs that run later.
    const res = await owner.context.request.get("/api/locations");
    expect(res.status()).toBe(200);
    const { items } = (await res.json()) as { items: { id: string; hours: WeeklyPeriod[] }[] };
    const first = items[0];
    if (first) savedHours = { locationId: first.id, hours: first.hours };
  });

  afterAll(async () => {
    if (savedHours) {
      const res = await owner.context.request.put(`/api/locations/${savedHours.locationId}/hours`, {
        data: { hours: savedHours.hours },
      });
      if (res.status() !== 200)
        console.warn(`e2e: could not restore opening hours (${res.status()})`);
    }
    await newcomer?.context.close();
    await owner?.context.close();
    await browser?.close();
  });

  it("the owner invites a new practitioner from Settings → Staff", async () => {
    const { page } = owner;
    await openNav(page, "Settings");
    await page.waitForURL((url) => url.pathname.startsWith("/settings"));
    await openSettingsSection(page, "Staff");

    await page.getByRole("button", { name: "Invite staff" }).click();
    const dialog = await visible(page.getByRole("dialog"));
    await field(dialog, "Email").fill(invitee.email);
    await chooseOption(dialog, "Role", "Practitioner");
    await dialog.getByRole("button", { name: "Send invitation" }).click();
    await gone(page.getByRole("dialog"));

    // The pending invitation is listed.
    await visible(page.getByRole("main").getByText(invitee.email));
  });

  it("the invitee accepts from the emailed link and gets the practitioner role", async () => {
    const link = await waitForEmailLink(baseUrl, invitee.email, /join/i, /\/invite\/[^/?#\s]+/);
    expect(link.startsWith(`${baseUrl}/invite/`)).toBe(true);

    newcomer = await newSession(browser, baseUrl);
    const { page } = newcomer;
    await page.goto(link);
    await visible(page.getByRole("heading", { name: `Join ${CLINIC_NAME}` }), NAVIGATION_TIMEOUT);
    expect(await page.getByRole("main").textContent()).toMatch(/practitioner/i);
    await field(page, "Your name").fill(invitee.name);
    await field(page, "Password").fill(inviteePassword);
    await field(page, "Confirm password").fill(inviteePassword);
    await page.getByRole("button", { name: "Accept invitation" }).click();

    await page.waitForURL((url) => url.pathname === "/appointments", {
      timeout: NAVIGATION_TIMEOUT,
    });
    const menu = await visible(
      page.getByRole("button", { name: `Account menu for ${invitee.name}` }),
    );
    expect(await menu.textContent()).toContain("Practitioner");

    const nav = page.getByRole("navigation", { name: "Main", exact: true });
    await visible(nav.getByRole("link", { name: "Appointments" }));
    expect(await nav.getByRole("link", { name: "Settings" }).count()).toBe(0);
    // Settings stay closed even by address.
    await page.goto("/settings");
    await page.waitForURL((url) => !url.pathname.startsWith("/settings"));
  });

  it("the invitee can sign in again with the chosen password", async () => {
    const session = await newSession(browser, baseUrl);
    try {
      await signIn(session.page, invitee.email, inviteePassword);
    } finally {
      await session.context.close();
    }
  });

  it("the owner closes at 13:00 on Saturdays", async () => {
    const { page } = owner;
    await page.goto("/settings");
    await openSettingsSection(page, "Locations");
    const closes = await hoursField(page, "Saturday closes");
    expect(await page.getByRole("switch", { name: "Open on Saturday" }).isChecked()).toBe(true);
    expect(await closes.inputValue()).toBe("18:00");

    await closes.fill("13:00");
    await page.getByRole("button", { name: "Save opening hours" }).click();
    await visible(page.getByText("Opening hours saved"));
  });

  it("the appointments view shows Saturday's shorter day", async () => {
    const { page } = owner;
    await page.goto(`/appointments?date=${saturday}`);
    // Practitioners without their own hours follow the opening hours (shown under their name).
    await visible(page.getByText(/09:00\s*[–-]\s*13:00/));
    expect(await page.getByText(/09:00\s*[–-]\s*18:00/).count()).toBe(0);
  });

  it("a booking at 15:00 that Saturday is refused with the opening hours", async () => {
    const { page } = owner;
    await page.getByRole("button", { name: "New appointment" }).click();
    const dialog = await visible(page.getByRole("dialog", { name: "New appointment" }));
    const clientField = field(dialog, "Client");
    await clientField.click();
    await clientField.fill("Okafor");
    await page
      .getByRole("option", { name: /Daniel Okafor/ })
      .first()
      .click();
    await chooseOption(dialog, "Service", /^Video consultation/);
    await chooseOption(dialog, "Start time", "15:00");
    await chooseOption(dialog, "Practitioner", "Jamie Fraser");
    await dialog.getByRole("button", { name: "Book appointment" }).click();

    const alert = await visible(dialog.getByRole("alert"));
    const text = await alert.textContent();
    expect(text).toMatch(/is open 09:00\s*[–-]\s*13:00/);
    expect(text).toContain("15:00");
    await dialog.getByRole("button", { name: "Cancel" }).click();
  });

  it("made the server log no errors", () => {
    expect(owner.pageErrors).toEqual([]);
    expect(newcomer?.pageErrors ?? []).toEqual([]);
    expect(serverLog.errors()).toEqual([]);
  });
});

/** The weekly hours editor's field; with several locations the tab may list them first. */
async function hoursField(page: Page, label: string): Promise<Locator> {
  const input = field(page, label);
  const location = page
    .getByRole("main")
    .getByRole("link", { name: /^Southampton/ })
    .or(page.getByRole("main").getByRole("button", { name: /^Southampton/ }));
  await input.or(location).first().waitFor({ state: "visible", timeout: NAVIGATION_TIMEOUT });
  if (!(await input.isVisible())) await location.first().click();
  return visible(input);
}
