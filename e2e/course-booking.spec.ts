import { mkdirSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Assessment } from "../src/domain/assessment/assessment.ts";
import { applicableExpectations } from "../src/domain/assessment/assessment.ts";
import { INTAKE_QUESTIONNAIRE, nothingToReport } from "../src/domain/screening/index.ts";
import type { Appointment } from "../src/shared/contracts/appointments.ts";
import type { ConsultationDetail } from "../src/shared/contracts/consultations.ts";
import type { CourseProposal, CourseProposalInput } from "../src/shared/contracts/scheduling.ts";
import type { Service } from "../src/shared/contracts/services.ts";
import {
  demo,
  gone,
  launchBrowser,
  NAVIGATION_TIMEOUT,
  newSession,
  type Session,
  signIn,
  viewports,
  visible,
  waitForSettled,
} from "./support/browser.ts";
import { watchServerErrors } from "./support/server-log.ts";

/**
 * A practitioner books a client's accepted three-session plan as one course: finds dates, moves
 * session 2 to another free time (the later session follows), books all three, and sees them on
 * the client's page. Screenshots: e2e/screenshots/course-proposal.png and course-booked.png.
 */
const baseUrl = inject("baseUrl");
const serverLog = watchServerErrors();
const client = { first: "Rowan", last: `Ellery${Date.now().toString(36).slice(-4)}` };
const fullName = `${client.first} ${client.last}`;
let browser: Browser;
let session: Session;
let clientId = "";
let consultationId = "";
/** The last proposal the page received, and what it asked for. */
let lastProposal: { input: CourseProposalInput; body: CourseProposal } | null = null;
/** The fresh proposal carried by the last 409 from booking. */
let conflictAlternatives: CourseProposal | null = null;

const assessment: Assessment = {
  caseType: "male_pattern",
  norwood: "V",
  ludwig: null,
  savin: null,
  alopeciaLastActivity: null,
  alopeciaPatchCount: null,
  alopeciaAreaCm2: null,
  scars: [],
  birthmarkAreaCm2: null,
  fitzpatrick: 3,
  hairColour: "dark_brown",
  greyPct: 10,
  hairLengthPlan: "shaved",
  hairlineStyle: "natural",
  hairlineHeightCm: 8,
  skinFlags: { dryOrFlaky: false, thick: false, sensitive: false },
  goals: "",
  notes: "",
};

beforeAll(async () => {
  browser = await launchBrowser();
  session = await newSession(browser, baseUrl);
  await signIn(session.page, demo.alex);
  session.page.on("response", async (res) => {
    if (res.url().endsWith("/course") && res.status() === 409) {
      conflictAlternatives = ((await res.json()) as { alternatives: CourseProposal }).alternatives;
    }
    if (!res.url().endsWith("/course-proposal") || !res.ok()) return;
    lastProposal = { input: res.request().postDataJSON(), body: await res.json() };
  });
});
afterAll(async () => {
  await session?.context.close();
  await browser?.close();
});

/** JSON from the API with the signed-in session's cookie; fails the test on any other status. */
async function call<T>(page: Page, method: string, path: string, data?: unknown, status = 200) {
  const res = await page.request.fetch(`/api${path}`, { method, data });
  const text = await res.text();
  expect(res.status(), `${method} ${path}: ${text}`).toBe(status);
  return (text ? JSON.parse(text) : undefined) as T;
}

/** A drawn signature as the pad would send it: a real PNG made by the browser's canvas. */
function drawnSignature(page: Page): Promise<string> {
  return page.evaluate(() => {
    const canvas = document.createElement("canvas");
    canvas.width = 300;
    canvas.height = 100;
    const ctx = canvas.getContext("2d") as CanvasRenderingContext2D;
    ctx.lineWidth = 3;
    ctx.beginPath();
    ctx.moveTo(10, 70);
    ctx.bezierCurveTo(60, 10, 120, 110, 180, 50);
    ctx.lineTo(290, 60);
    ctx.stroke();
    return canvas.toDataURL("image/png");
  });
}

/**
 * The whole page in one picture, taken with a window as tall as the page so the sticky header and
 * the Book bar sit where they belong rather than across the middle of a full-page capture.
 */
async function tallScreenshot(page: Page, name: string) {
  const dir = path.resolve(import.meta.dirname, "screenshots");
  mkdirSync(dir, { recursive: true });
  const size = page.viewportSize() ?? viewports.desktop;
  await page.evaluate(() => window.scrollTo(0, 0));
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: size.width, height: Math.max(height, size.height) });
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(dir, `${name}.png`), animations: "disabled" });
  await page.setViewportSize(size);
}

async function axeCheck(page: Page, name: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations
    .filter((v) => v.impact === "critical" || v.impact === "serious")
    .map(
      (v) =>
        `${name}: [${v.impact}] ${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(" | ")})`,
    );
  expect(bad).toEqual([]);
}

describe("booking a course from an accepted plan", () => {
  it("has a client with an accepted three-session plan and nothing booked", async () => {
    const { page } = session;
    ({ id: clientId } = await call<{ id: string }>(
      page,
      "POST",
      "/clients",
      { firstName: client.first, lastName: client.last, dateOfBirth: "1986-05-02" },
      201,
    ));
    let c = await call<ConsultationDetail>(
      page,
      "POST",
      "/consultations",
      { clientId, mode: "in_person" },
      201,
    );
    consultationId = c.id;
    const path = `/consultations/${c.id}`;
    c = await call(page, "PUT", `${path}/intake`, {
      questionnaireVersion: INTAKE_QUESTIONNAIRE.version,
      answers: nothingToReport(INTAKE_QUESTIONNAIRE),
      version: c.version,
    });
    c = await call(page, "PUT", `${path}/assessment`, { assessment, version: c.version });
    c = await call(page, "PUT", `${path}/expectations`, {
      ticked: applicableExpectations(assessment).map((e) => e.id),
      version: c.version,
    });
    c = await call(page, "POST", `${path}/plan`, undefined, 201);
    const plan = c.plan;
    if (!plan) throw new Error("No plan was drafted");
    expect(plan.plan.sessions).toHaveLength(3);
    await call(page, "POST", `/plans/${plan.id}/accept`, {
      signedName: fullName,
      signature: await drawnSignature(page),
      version: plan.version,
    });
  });

  it("finds dates for the whole course and holds them", async () => {
    const { page } = session;
    await page.goto(`/clients/${clientId}`);
    await visible(page.getByRole("heading", { level: 1, name: fullName }), NAVIGATION_TIMEOUT);
    await page.getByRole("link", { name: "Book sessions" }).click();
    await page.waitForURL((url) => url.pathname === `/consultations/${consultationId}/book`);
    await visible(page.getByRole("heading", { level: 1, name: fullName }));
    await visible(
      page.getByText("10–28 days after session 1").or(page.getByText(/days after session 1/)),
    );

    await page.getByRole("button", { name: "Find dates" }).click();
    const sessions = page.getByRole("list", { name: "Sessions" });
    await visible(sessions);
    expect(await sessions.getByRole("listitem").count()).toBe(3);
    await visible(page.getByText(/days after session 1/).nth(1));
    await visible(page.getByText(/^Held for you for \d+:\d\d$/), NAVIGATION_TIMEOUT);
    await waitForSettled(page);
    await tallScreenshot(page, "course-proposal");
    await axeCheck(page, "proposal");
  });

  it("moves session 2 to another free time; the course is re-placed around it", async () => {
    const { page } = session;
    const card = page
      .getByRole("listitem")
      .filter({ has: page.getByText("Session 2", { exact: true }) });
    const change = page.getByRole("button", { name: /^Change session 2/ });
    // "Change session 2, now Tue 15 Dec 2026 10:00"
    const before = await change.getAttribute("aria-label");
    await change.click();
    const dialog = await visible(page.getByRole("dialog", { name: "Change session 2" }));
    const days = dialog.getByRole("group", { name: "Day" }).getByRole("button");
    await visible(days);
    // Another day than the proposed one, then its first start time.
    const count = await days.count();
    expect(count).toBeGreaterThan(1);
    for (let i = 0; i < count; i++) {
      if ((await days.nth(i).getAttribute("aria-pressed")) !== "true") {
        await days.nth(i).click();
        break;
      }
    }
    const times = dialog
      .getByRole("group", { name: /^Start time on / })
      .getByRole("button", { disabled: false });
    await page.screenshot({
      path: path.resolve(import.meta.dirname, "screenshots/course-change.png"),
      animations: "disabled",
    });
    await times.first().click();
    await gone(page.getByRole("dialog", { name: "Change session 2" }));

    await visible(page.getByText(/^Session 2 moved to /), NAVIGATION_TIMEOUT);
    await visible(card.getByText("Your choice"));
    expect(await change.getAttribute("aria-label")).not.toBe(before);
    await visible(page.getByText(/^Held for you for \d+:\d\d$/), NAVIGATION_TIMEOUT);
    await tallScreenshot(page, "course-changed");
  });

  it("says which session was taken meanwhile and shows fresh dates in its place", async () => {
    const { page } = session;
    const shown = lastProposal?.body.best;
    const third = shown?.[2];
    if (!lastProposal || !third) throw new Error("No proposal seen");
    // Meanwhile reception books another client with session 3's practitioner at its start.
    const other = await call<{ id: string }>(
      page,
      "POST",
      "/clients",
      { firstName: "Casey", lastName: `Morrow${Date.now().toString(36).slice(-4)}` },
      201,
    );
    // A consultation needs no screening: it takes the practitioner at session 3's start.
    const { items: services } = await call<{ items: Service[] }>(page, "GET", "/services");
    const consult = services.find((x) => x.kind === "consultation");
    if (!consult) throw new Error("The demo clinic has no consultation service");
    await call(
      page,
      "POST",
      "/appointments",
      {
        clientId: other.id,
        serviceId: consult.id,
        locationId: lastProposal.input.locationId,
        practitionerId: third.practitioner.id,
        roomId: consult.needsRoom ? (third.room?.id ?? null) : null,
        startsAt: third.startsAt,
      },
      201,
    );

    await page.getByRole("button", { name: "Book 3 sessions" }).click();
    const dialog = await visible(page.getByRole("dialog", { name: "Book these 3 sessions?" }));
    await dialog.getByRole("button", { name: "Book 3 sessions" }).click();
    await visible(
      page.getByText("Session 3 was taken while you were choosing"),
      NAVIGATION_TIMEOUT,
    );
    await visible(page.getByText(/Nothing was booked\. These are fresh dates/));
    const sessions = page.getByRole("list", { name: "Sessions" });
    expect(await sessions.getByRole("listitem").count()).toBe(3);
    // The fresh course no longer uses the taken time.
    const fresh = (conflictAlternatives as CourseProposal | null)?.best?.[2];
    expect(fresh).toBeDefined();
    expect(
      fresh?.startsAt === third.startsAt && fresh.practitioner.id === third.practitioner.id,
    ).toBe(false);
    await visible(page.getByText(/^Held for you for \d+:\d\d$/), NAVIGATION_TIMEOUT);
    await tallScreenshot(page, "course-conflict");
  });

  it("books all three sessions at once", async () => {
    const { page } = session;
    await page.getByRole("button", { name: "Book 3 sessions" }).click();
    const dialog = await visible(page.getByRole("dialog", { name: "Book these 3 sessions?" }));
    expect(await dialog.getByRole("row").count()).toBe(4);
    await dialog.getByRole("button", { name: "Book 3 sessions" }).click();

    await visible(page.getByRole("heading", { name: "3 sessions booked" }), NAVIGATION_TIMEOUT);
    const booked = page.getByRole("list", { name: "Booked sessions" });
    expect(await booked.getByRole("listitem").count()).toBe(3);
    expect(await booked.getByRole("link", { name: /^Open day in calendar/ }).count()).toBe(3);
    await waitForSettled(page);
    await tallScreenshot(page, "course-booked");
    await axeCheck(page, "booked");

    const { items } = await call<{ items: Appointment[] }>(
      page,
      "GET",
      `/appointments?clientId=${clientId}`,
    );
    const course = items.filter((a) => a.course && a.status === "booked");
    expect(course.map((a) => a.course?.session).sort()).toEqual([1, 2, 3]);
  });

  it("shows the three appointments on the client's page", async () => {
    const { page } = session;
    await page
      .getByRole("link", { name: `Back to ${fullName}` })
      .first()
      .click();
    await page.waitForURL((url) => url.pathname === `/clients/${clientId}`);
    const upcoming = page.getByRole("list", { name: /^upcoming$/i });
    await visible(upcoming);
    expect(await upcoming.getByRole("listitem").count()).toBe(3);
    expect(await page.getByRole("link", { name: "Book sessions" }).count()).toBe(0);
  });

  it("says so, as the server words it, when the plan's sessions are already booked (tablet)", async () => {
    const tablet = await newSession(browser, baseUrl, viewports.tablet);
    try {
      const { page } = tablet;
      await signIn(page, demo.alex);
      await page.goto(`/consultations/${consultationId}/book`);
      await visible(page.getByRole("heading", { level: 1, name: fullName }), NAVIGATION_TIMEOUT);
      await page.getByRole("button", { name: "Find dates" }).click();
      await visible(page.getByText("Dates could not be found"), NAVIGATION_TIMEOUT);
      await visible(page.getByText(/The sessions of this plan are already booked/));
      await tallScreenshot(page, "course-already-booked-tablet");
      expect(tablet.pageErrors).toEqual([]);
    } finally {
      await tablet.context.close();
    }
    expect(serverLog.errors()).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
