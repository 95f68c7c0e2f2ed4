import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext, Browser, Locator, Page } from "playwright-core";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { applicableExpectations } from "../src/domain/assessment/assessment.ts";
import { epochToLocal, wallClockToEpoch } from "../src/domain/time/zoned.ts";
import { healthyAnswers, sampleAssessment } from "../src/server/testing/consultation-fixtures.ts";
import {
  demo,
  gone,
  launchBrowser,
  NAVIGATION_TIMEOUT,
  newSession,
  type Session,
  screenshot,
  signIn,
  visible,
  waitForSettled,
} from "./support/browser.ts";
import { addDays, CLINIC_ZONE, nextWeekday } from "./support/dates.ts";
import { watchServerErrors } from "./support/server-log.ts";

/**
 * Acceptance (issue 4): the staff calendar in day and week views for the demo clinic, a plain
 * appointment dragged to another time, and session 2 of a three-session course dragged into the
 * next week with the later session re-arranged. Screenshots: e2e/screenshots/calendar-*.png.
 */
const baseUrl = inject("baseUrl");
const serverLog = watchServerErrors();
// A weekday of the demo week ahead, which the seed fills with appointments.
const demoDate = nextWeekday(3, 1);
const tag = Date.now().toString(36).slice(-4);
let browser: Browser;
let session: Session;

interface CalendarView {
  location: { id: string };
  appointments: { status: string; practitioner: { id: string } }[];
  practitioners: { id: string; name: string }[];
  rooms: { id: string; name: string }[];
  services: { id: string; name: string; kind: string }[];
}
interface Appointment {
  id: string;
  startsAt: string;
  course: { id: string; session: number } | null;
}

const at = (date: string, hhmm: string) => {
  const [h, m] = hhmm.split(":").map(Number) as [number, number];
  return new Date(wallClockToEpoch(date, h * 60 + m, CLINIC_ZONE)).toISOString();
};
const localOf = (iso: string) => epochToLocal(Date.parse(iso), CLINIC_ZONE);
const localTime = (iso: string) => {
  const minutes = localOf(iso).minutes;
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
};

async function json<T>(request: APIRequestContext, method: string, url: string, data?: unknown) {
  const res = await request.fetch(`/api${url}`, { method, data });
  const text = await res.text();
  if (!res.ok()) throw new Error(`${method} ${url} → ${res.status()} ${text.slice(0, 300)}`);
  return JSON.parse(text) as T;
}

async function calendarOf(request: APIRequestContext, date: string, days = 1) {
  return json<CalendarView>(request, "GET", `/calendar?from=${date}&days=${days}`);
}

/**
 * The first date from `candidates` on which `name` has nothing booked for `weeks` weeks, so the
 * spec also passes against a server an earlier run has already booked into.
 */
async function freeDate(
  request: APIRequestContext,
  name: string,
  candidates: string[],
  weeks: number,
) {
  for (const date of candidates) {
    let free = true;
    let view: CalendarView | null = null;
    for (let w = 0; w < weeks && free; w += 2) {
      const part = await calendarOf(request, addDays(date, w * 7), 14);
      view ??= part;
      const id = part.practitioners.find((p) => p.name === name)?.id;
      free = !part.appointments.some((a) => a.status === "booked" && a.practitioner.id === id);
    }
    if (free && view) return { date, view };
  }
  throw new Error(`${name} has no free weeks in the dates tried`);
}

const weeksAhead = (weekday: number, fromDays: number, step: number) =>
  Array.from({ length: 12 }, (_, i) => nextWeekday(weekday, fromDays + i * step));

async function newClient(request: APIRequestContext, first: string, last: string) {
  // An adult's date of birth: screening needs it before treatment can be booked.
  return json<{ id: string }>(request, "POST", "/clients", {
    firstName: first,
    lastName: last,
    dateOfBirth: "1984-03-12",
  });
}

async function appointmentsOf(request: APIRequestContext, clientId: string) {
  return (
    await json<{ items: Appointment[] }>(request, "GET", `/appointments?clientId=${clientId}`)
  ).items;
}

/** A client with a signed three-session plan, made through the API as staff would. */
async function clientWithAcceptedPlan(request: APIRequestContext, last: string) {
  const client = await newClient(request, "Rowan", last);
  type Detail = { id: string; version: number; plan: { id: string; version: number } | null };
  let c = await json<Detail>(request, "POST", "/consultations", { clientId: client.id });
  c = await json<Detail>(request, "PUT", `/consultations/${c.id}/intake`, {
    questionnaireVersion: 1,
    answers: healthyAnswers(),
    version: c.version,
  });
  c = await json<Detail>(request, "PUT", `/consultations/${c.id}/assessment`, {
    assessment: sampleAssessment,
    version: c.version,
  });
  c = await json<Detail>(request, "PUT", `/consultations/${c.id}/expectations`, {
    ticked: applicableExpectations(sampleAssessment).map((e) => e.id),
    version: c.version,
  });
  c = await json<Detail>(request, "POST", `/consultations/${c.id}/plan`);
  if (!c.plan) throw new Error("no plan drafted");
  const png = await sharp(
    Buffer.from(
      `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="150"><path d="M20 100 C 80 10, 140 140, 200 60 S 320 20, 380 110" stroke="#000" stroke-width="6" fill="none"/></svg>`,
    ),
  )
    .png()
    .toBuffer();
  await json(request, "POST", `/plans/${c.plan.id}/accept`, {
    signedName: `Rowan ${last}`,
    signature: `data:image/png;base64,${png.toString("base64")}`,
    version: c.plan.version,
  });
  return { clientId: client.id, planId: c.plan.id };
}

/** Saves the screenshot and fails on critical axe violations; serious ones are printed. */
async function capture(page: Page, name: string) {
  await waitForSettled(page);
  await screenshot(page, name);
  const results = await new AxeBuilder({ page }).analyze();
  const describeViolation = (v: (typeof results.violations)[number]) =>
    `${name}: [${v.impact}] ${v.id}: ${v.help} (${v.nodes
      .slice(0, 3)
      .map((n) => n.target.join(" "))
      .join(" | ")})`;
  const serious = results.violations.filter((v) => v.impact === "serious");
  if (serious.length) console.warn(serious.map(describeViolation).join("\n"));
  expect(results.violations.filter((v) => v.impact === "critical").map(describeViolation)).toEqual(
    [],
  );
}

/** Presses on an appointment near its top and drags it by (dx, dy) with the mouse. */
async function drag(page: Page, block: Locator, dx: number, dy: number) {
  await block.scrollIntoViewIfNeeded();
  const box = await block.boundingBox();
  if (!box) throw new Error("the appointment is not on screen");
  const x = box.x + Math.min(box.width / 2, 24);
  const y = box.y + 8;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 4, y + 4, { steps: 2 });
  await page.mouse.move(x + dx, y + dy, { steps: 16 });
  await page.mouse.up();
}

/** The top edge of the hour labelled `hhmm` on the time axis. */
async function hourLine(page: Page, hhmm: string): Promise<number> {
  const label = page.locator(".rbc-time-gutter .rbc-timeslot-group").filter({ hasText: hhmm });
  const box = await label.first().boundingBox();
  if (!box) throw new Error(`no ${hhmm} on the time axis`);
  return box.y;
}

beforeAll(async () => {
  browser = await launchBrowser();
  session = await newSession(browser, baseUrl);
  await signIn(session.page, demo.owner);
});
afterAll(async () => {
  await session?.context.close();
  await browser?.close();
});

describe("staff calendar", () => {
  it("day view: a column per practitioner, coloured by service", async () => {
    const { page } = session;
    await page.goto(`/appointments?date=${demoDate}`);
    const grid = await visible(
      page.getByRole("region", { name: /^Appointments at / }),
      NAVIGATION_TIMEOUT,
    );
    for (const name of ["Alex Morgan", "Jamie Fraser", "Priya Nair"])
      await visible(grid.getByText(name, { exact: true }));
    await visible(grid.getByRole("button", { name: /^\d{2}:\d{2}\s*[–-]\s*\d{2}:\d{2}, / }));
    await capture(page, "calendar-day");
  });

  it("week view: the week from Monday, times in the clinic's clock, Sunday closed", async () => {
    const { page } = session;
    await page.getByText("Week", { exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get("view") === "week");
    const grid = await visible(page.getByRole("region", { name: /^Appointments at / }));
    await visible(grid.getByText(/^Mon \d+$/));
    await visible(grid.getByText("Closed", { exact: true }));
    await capture(page, "calendar-week");
  });

  it("drags a plain appointment to another time and saves it", async () => {
    const { page } = session;
    const { date, view } = await freeDate(page.request, "Priya Nair", weeksAhead(2, 35, 7), 1);
    const priya = view.practitioners.find((p) => p.name === "Priya Nair");
    const consultation = view.services.find((s) => s.name === "Consultation");
    if (!priya || !consultation) throw new Error("demo clinic without Priya or Consultation");
    const client = await newClient(page.request, "Ellis", `Dragwell${tag}`);
    await json(page.request, "POST", "/appointments", {
      clientId: client.id,
      serviceId: consultation.id,
      locationId: view.location.id,
      practitionerId: priya.id,
      roomId: view.rooms[0]?.id,
      startsAt: at(date, "10:00"),
    });

    await page.goto(`/appointments?date=${date}`);
    const block = await visible(page.getByRole("button", { name: new RegExp(`Dragwell${tag}`) }));
    expect(await block.textContent()).toMatch(/^10:00–10:45/);
    const dy = (await hourLine(page, "12:00")) - (await hourLine(page, "10:00"));
    await drag(page, block, 0, dy);

    await visible(page.getByText("Appointment moved"));
    await visible(
      page.getByRole("button", { name: new RegExp(`^12:00–12:45, Ellis Dragwell${tag}`) }),
    );
    const [saved] = await appointmentsOf(page.request, client.id);
    expect(saved && localTime(saved.startsAt)).toBe("12:00");
  });

  it("drags session 2 of a course into the next week and accepts the re-flow", async () => {
    const { page } = session;
    const { clientId, planId } = await clientWithAcceptedPlan(page.request, `Courseley${tag}`);
    // Six weeks ahead or later, clear of the demo bookings: session 1 on a Monday, then gaps of
    // 10 to 28 days, so Alex must be free for six weeks.
    const { date: monday, view } = await freeDate(
      page.request,
      "Alex Morgan",
      weeksAhead(1, 42, 49),
      6,
    );
    const alex = view.practitioners.find((p) => p.name === "Alex Morgan");
    const treatment = view.services.find((s) => s.kind === "treatment");
    if (!alex || !treatment) throw new Error("demo clinic without Alex or a treatment service");
    const proposal = await json<{
      best: { practitioner: { id: string }; room: { id: string } | null; startsAt: string }[];
    }>(page.request, "POST", `/plans/${planId}/course-proposal`, {
      locationId: view.location.id,
      serviceId: treatment.id,
      practitionerId: alex.id,
      onlyPreferred: true,
      fromDate: monday,
    });
    expect(proposal.best).toHaveLength(3);
    await json(page.request, "POST", `/plans/${planId}/course`, {
      locationId: view.location.id,
      serviceId: treatment.id,
      sessions: proposal.best.map((s) => ({
        practitionerId: s.practitioner.id,
        roomId: s.room?.id ?? null,
        startsAt: s.startsAt,
      })),
    });
    const before = await appointmentsOf(page.request, clientId);
    const second = before.find((a) => a.course?.session === 2);
    const third = before.find((a) => a.course?.session === 3);
    if (!second || !third) throw new Error("the course has no sessions 2 and 3");
    const secondDate = localOf(second.startsAt).date;

    // Two weeks from the Monday of session 2's week, Alex's appointments only.
    await page.goto(`/appointments?date=${secondDate}&view=fortnight&who=${alex.id}`);
    const block = await visible(page.getByRole("button", { name: /Session 2 of 3/ }));
    const columns = page.locator(".rbc-time-content .rbc-day-slot");
    expect(await columns.count()).toBe(14);
    const first = await columns.nth(0).boundingBox();
    const next = await columns.nth(1).boundingBox();
    if (!first || !next) throw new Error("no day columns");
    await drag(page, block, 7 * (next.x - first.x), 0);

    const dialog = await visible(
      page.getByRole("dialog", { name: "Move session 2 and re-arrange the later sessions?" }),
    );
    const newDate = addDays(secondDate, 7);
    expect(await dialog.textContent()).toContain("Session 3 · Alex Morgan");
    await screenshot(page, "calendar-reflow");
    await dialog.getByRole("button", { name: "Move and re-arrange" }).click();
    await gone(page.getByRole("dialog", { name: /Move session 2/ }));
    await visible(page.getByText("Course re-arranged"));

    const after = await appointmentsOf(page.request, clientId);
    const moved = after.find((a) => a.id === second.id);
    const later = after.find((a) => a.id === third.id);
    expect(moved && localOf(moved.startsAt).date).toBe(newDate);
    expect(moved && localTime(moved.startsAt)).toBe(localTime(second.startsAt));
    // Session 3 keeps at least the 10-day healing gap after the moved session 2.
    expect(later && localOf(later.startsAt).date >= addDays(newDate, 10)).toBe(true);
    await visible(page.getByRole("button", { name: /Session 2 of 3/ }));
  });

  it("opens an appointment from the keyboard", async () => {
    const { page } = session;
    await page.goto(`/appointments?date=${demoDate}`);
    const block = await visible(
      page.getByRole("button", { name: /^\d{2}:\d{2}\s*[–-]\s*\d{2}:\d{2}, / }),
      NAVIGATION_TIMEOUT,
    );
    await block.focus();
    await page.keyboard.press("Enter");
    const drawer = await visible(page.getByRole("dialog", { name: "Appointment details" }));
    await visible(drawer.getByRole("button", { name: "Move" }));
    await page.keyboard.press("Escape");
    await gone(page.getByRole("dialog", { name: "Appointment details" }));
  });

  it("had no errors in the page or on the server", () => {
    expect(session.pageErrors).toEqual([]);
    expect(serverLog.errors()).toEqual([]);
  });
});
