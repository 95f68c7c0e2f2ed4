import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Appointment } from "../src/shared/contracts/appointments.ts";
import type { SlotsResponse } from "../src/shared/contracts/scheduling.ts";
import type { WaitlistView } from "../src/shared/contracts/waitlist.ts";
import {
  animationsDone,
  CLINIC_NAME,
  chooseOption,
  demo,
  gone,
  launchBrowser,
  NAVIGATION_TIMEOUT,
  newSession,
  openNav,
  type Session,
  screenshot,
  signIn,
  visible,
  waitForEmailLink,
  waitForSettled,
} from "./support/browser.ts";
import { addDays, clinicToday, isoWeekday } from "./support/dates.ts";
import { watchServerErrors } from "./support/server-log.ts";

/**
 * Acceptance (issue 4): reception puts two clients on the waitlist for Alex Morgan; an
 * appointment of Alex's is cancelled; the first client declines the offer from their email, the
 * second accepts it on their phone, and the waitlist shows them booked. Screenshots:
 * e2e/screenshots/waitlist-*.png; axe on the staff page and the client's page.
 */
const baseUrl = inject("baseUrl");
const serverLog = watchServerErrors();
const suffix = Date.now().toString(36).slice(-4);
const first = { firstName: "Wren", lastName: `Ashby${suffix}` };
const second = { firstName: "Quinn", lastName: `Hale${suffix}` };
const emailOf = (c: { firstName: string; lastName: string }) =>
  `${c.firstName}.${c.lastName}@example.com`.toLowerCase();
const nameOf = (c: { firstName: string; lastName: string }) => `${c.firstName} ${c.lastName}`;
const SUBJECT = new RegExp(`^An earlier appointment is available at ${CLINIC_NAME}$`);
const OFFER_LINK = /\/waitlist-offer\/[A-Za-z0-9_-]{43}$/;
const phone = { width: 390, height: 844 };

let browser: Browser;
let staff: Session;
let blocking: Appointment;
let secondClientId = "";

async function call<T>(page: Page, method: string, path: string, data?: unknown, status = 200) {
  const res = await page.request.fetch(`/api${path}`, { method, data });
  const text = await res.text();
  expect(res.status(), `${method} ${path}: ${text}`).toBe(status);
  return (text ? JSON.parse(text) : undefined) as T;
}

async function axeProblems(page: Page): Promise<string[]> {
  await animationsDone(page);
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "critical" || v.impact === "serious")
    .map((v) => `[${v.impact}] ${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(" | ")})`);
}

/** A weekday 3–9 days ahead (inside the form's default four weeks) with a free video slot. */
async function freeVideoSlot(page: Page, serviceId: string, practitionerId: string) {
  let date = addDays(clinicToday(), 3);
  while (isoWeekday(date) > 5) date = addDays(date, 1);
  const slots = await call<SlotsResponse>(
    page,
    "GET",
    `/slots?serviceId=${serviceId}&practitionerId=${practitionerId}&from=${date}&days=7&locationId=${await locationId(page)}`,
  );
  const slot = slots.slots.find((s) => isoWeekday(clinicToday(new Date(s.startsAt))) <= 5);
  if (!slot) throw new Error("Alex has no free video consultation in the coming week");
  return slot;
}

async function locationId(page: Page): Promise<string> {
  const view = await call<WaitlistView>(page, "GET", "/waitlist");
  return view.location.id;
}

beforeAll(async () => {
  browser = await launchBrowser();
  staff = await newSession(browser, baseUrl);
  await signIn(staff.page, demo.reception);
  const { page } = staff;
  for (const c of [first, second]) {
    const made = await call<{ id: string }>(
      page,
      "POST",
      "/clients",
      { ...c, email: emailOf(c) },
      201,
    );
    if (c === second) secondClientId = made.id;
  }
  // Someone else's appointment with Alex that will be cancelled and offered on.
  const other = await call<{ id: string }>(
    page,
    "POST",
    "/clients",
    { firstName: "Sky", lastName: `Moreau${suffix}` },
    201,
  );
  const view = await call<WaitlistView>(page, "GET", "/waitlist");
  const alex = view.practitioners.find((p) => p.name === "Alex Morgan");
  const video = view.services.find((s) => s.name === "Video consultation");
  if (!alex || !video) throw new Error("The demo clinic has no Alex Morgan or video consultation");
  const slot = await freeVideoSlot(page, video.id, alex.id);
  blocking = await call<Appointment>(
    page,
    "POST",
    "/appointments",
    {
      clientId: other.id,
      serviceId: video.id,
      locationId: view.location.id,
      practitionerId: alex.id,
      startsAt: slot.startsAt,
    },
    201,
  );
});

afterAll(async () => {
  try {
    // Leave nobody from this journey waiting for later specs.
    const page = staff?.page;
    if (page) {
      const view = await call<WaitlistView>(page, "GET", "/waitlist?include=open");
      for (const e of view.entries.filter((x) => x.client.name.endsWith(suffix))) {
        await page.request.post(`/api/waitlist/${e.id}/withdraw`);
      }
    }
  } finally {
    await staff?.context.close();
    await browser?.close();
  }
});

describe("waitlist", () => {
  it("lets reception add two clients to Alex Morgan's waitlist", async () => {
    const { page } = staff;
    await openNav(page, "Waitlist");
    await page.waitForURL((url) => url.pathname === "/waitlist");
    await visible(page.getByRole("heading", { level: 1, name: "Waitlist" }), NAVIGATION_TIMEOUT);
    await waitForSettled(page);
    for (const c of [first, second]) {
      await page.getByRole("button", { name: "Add to waitlist" }).first().click();
      const modal = page.getByRole("dialog", { name: "Add to waitlist" });
      await visible(modal);
      await chooseOption(modal, "Client", nameOf(c));
      await chooseOption(modal, "Service", /^Video consultation/);
      await chooseOption(modal, "Practitioner", "Alex Morgan");
      await modal.getByLabel("Notes").fill(c === first ? "Mornings are best" : "");
      if (c === first) {
        await screenshot(page, "waitlist-add");
        expect(await axeProblems(page)).toEqual([]);
      }
      await modal.getByRole("button", { name: "Add to waitlist" }).click();
      await gone(modal);
      await visible(page.getByRole("row").filter({ hasText: nameOf(c) }));
    }
    const rows = page.getByRole("row");
    const firstRow = rows.filter({ hasText: nameOf(first) });
    const secondRow = rows.filter({ hasText: nameOf(second) });
    await visible(firstRow.getByText("Waiting", { exact: true }));
    await visible(secondRow.getByText("Waiting", { exact: true }));
    // Queue order: the first added is ahead.
    const firstPlace = Number(await firstRow.getByRole("cell").first().textContent());
    const secondPlace = Number(await secondRow.getByRole("cell").first().textContent());
    expect(secondPlace).toBeGreaterThan(firstPlace);
  });

  it("offers Alex's cancelled time to the first client, who declines from the email", async () => {
    await call(staff.page, "POST", `/appointments/${blocking.id}/cancel`, {
      reason: "Client rang to cancel",
    });
    const link = await waitForEmailLink(baseUrl, emailOf(first), SUBJECT, OFFER_LINK);
    // Reception sees the offer and how long it is held.
    await staff.page.reload();
    await waitForSettled(staff.page);
    const offered = staff.page.getByRole("row").filter({ hasText: nameOf(first) });
    await visible(offered.getByText(/^Offered until (.+ )?\d\d:\d\d$/));
    await visible(offered.getByRole("button", { name: "Accept for client" }));
    await screenshot(staff.page, "waitlist-offered");

    const client = await newSession(browser, baseUrl, phone);
    try {
      const { page } = client;
      await page.goto(new URL(link).pathname);
      await visible(page.getByRole("heading", { name: "An earlier appointment is available" }));
      await visible(page.getByText(/^Video consultation with Alex Morgan$/));
      await visible(page.getByRole("timer"));
      await page.getByRole("button", { name: "No thanks" }).click();
      const confirm = page.getByRole("dialog", { name: "Decline this time?" });
      await confirm.getByRole("button", { name: "Decline" }).click();
      await visible(page.getByRole("heading", { name: "Offer declined" }));
      await visible(page.getByText(/You keep your place on the waiting list/));
      expect(client.pageErrors).toEqual([]);
    } finally {
      await client.context.close();
    }
  });

  it("offers the same time to the second client, who accepts it on their phone", async () => {
    const link = await waitForEmailLink(baseUrl, emailOf(second), SUBJECT, OFFER_LINK);
    const client = await newSession(browser, baseUrl, phone);
    try {
      const { page } = client;
      await page.goto(new URL(link).pathname);
      await visible(page.getByRole("heading", { name: "An earlier appointment is available" }));
      await visible(page.getByText(/^Held for you for/));
      await visible(page.getByText(CLINIC_NAME).first());
      await waitForSettled(page);
      await screenshot(page, "waitlist-offer-phone");
      expect(await axeProblems(page)).toEqual([]);

      await page.getByRole("button", { name: "Accept this appointment" }).click();
      await visible(page.getByRole("heading", { name: "You're booked" }));
      await screenshot(page, "waitlist-offer-booked-phone");
      expect(await axeProblems(page)).toEqual([]);
      expect(client.pageErrors).toEqual([]);
    } finally {
      await client.context.close();
    }
    const booked = await call<{ items: Appointment[] }>(
      staff.page,
      "GET",
      `/appointments?clientId=${secondClientId}`,
    );
    expect(booked.items).toHaveLength(1);
    expect(booked.items[0]).toMatchObject({
      status: "booked",
      startsAt: blocking.startsAt,
      practitioner: { name: "Alex Morgan" },
    });
  });

  it("shows the second client booked on the waitlist, and the first still waiting", async () => {
    const { page } = staff;
    await page.reload();
    await waitForSettled(page);
    const rows = page.getByRole("row");
    await visible(rows.filter({ hasText: nameOf(second) }).getByText("Booked", { exact: true }));
    const firstRow = rows.filter({ hasText: nameOf(first) });
    await visible(firstRow.getByText("Waiting", { exact: true }));
    await visible(firstRow.getByText(/^Declined /));
    await screenshot(page, "waitlist-page");
    expect(await axeProblems(page)).toEqual([]);
    expect(staff.pageErrors).toEqual([]);
    expect(serverLog.errors()).toEqual([]);
  });
});
