import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Assessment } from "../src/domain/assessment/assessment.ts";
import { applicableExpectations } from "../src/domain/assessment/assessment.ts";
import { INTAKE_QUESTIONNAIRE, nothingToReport } from "../src/domain/screening/index.ts";
import type { Appointment } from "../src/shared/contracts/appointments.ts";
import type { ConsultationDetail } from "../src/shared/contracts/consultations.ts";
import {
  animationsDone,
  demo,
  gone,
  launchBrowser,
  NAVIGATION_TIMEOUT,
  newSession,
  readOutbox,
  type Session,
  screenshot,
  signIn,
  visible,
  waitForSettled,
} from "./support/browser.ts";
import { signatureDataUrl } from "./support/client-steps.ts";
import { watchServerErrors } from "./support/server-log.ts";

/**
 * Issue 6: a client with an accepted plan signs in to the portal with the code from the dev
 * outbox, books the course, reschedules one session (the consequence shown first) and joins the
 * waiting list; a client after a treatment visit reports a concern. Phone (390×844) and desktop;
 * axe on every page. Screenshots: e2e/screenshots/portal-booking-*.png.
 */
const baseUrl = inject("baseUrl");
const serverLog = watchServerErrors();
const SLUG = "southampton-smp-studio";
const suffix = Date.now().toString(36).slice(-4);
const person = { first: "Ellis", last: `Carver${suffix}` };
const email = `${person.first}.${person.last}@example.com`.toLowerCase();
const phone = { width: 390, height: 844 };
const desktop = { width: 1280, height: 800 };

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

let browser: Browser;
let staff: Session;
let client: Session;

async function call<T>(page: Page, method: string, path: string, data?: unknown, status = 200) {
  const res = await page.request.fetch(`/api${path}`, { method, data });
  const text = await res.text();
  expect(res.status(), `${method} ${path}: ${text}`).toBe(status);
  return (text ? JSON.parse(text) : undefined) as T;
}

/**
 * The pages and dialogs this spec covers. The portal's shared header and footer (PortalLayout)
 * are checked by the portal shell's own browser test, not here.
 */
async function axeCheck(page: Page, name: string) {
  await animationsDone(page);
  const results = await new AxeBuilder({ page }).exclude("header").exclude("footer").analyze();
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

/** The newest sign-in code emailed to `to`, waiting for it to arrive. */
async function signInCode(to: string, after: number): Promise<string> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const messages = await readOutbox(baseUrl, to);
    const m = messages.find(
      (x) => x.subject.startsWith("Your sign-in code") && Date.parse(x.createdAt) >= after - 1000,
    );
    const code = m && /\b(\d{6})\b/.exec(m.bodyText)?.[1];
    if (code) return code;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`no sign-in code reached ${to}`);
}

/** Signs in to the portal the way a client does: email, then the code from the outbox. */
async function portalSignIn(page: Page, address: string) {
  await page.goto(`/portal/${SLUG}/sign-in`);
  await page.getByLabel("Email address").fill(address);
  const asked = Date.now();
  await page.getByRole("button", { name: "Email me a code" }).click();
  const code = await signInCode(address, asked);
  await page.getByLabel("6-digit code").fill(code);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(
    (url) => url.pathname === `/portal/${SLUG}` || url.pathname === `/portal/${SLUG}/`,
  );
}

beforeAll(async () => {
  browser = await launchBrowser();
  staff = await newSession(browser, baseUrl);
  await signIn(staff.page, demo.alex);
  const { page } = staff;
  // A client who had their consultation and signed a three-session plan, through the staff API.
  const { id: clientId } = await call<{ id: string }>(
    page,
    "POST",
    "/clients",
    { firstName: person.first, lastName: person.last, dateOfBirth: "1985-03-14", email },
    201,
  );
  let c = await call<ConsultationDetail>(
    page,
    "POST",
    "/consultations",
    { clientId, mode: "in_person" },
    201,
  );
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
  await call(page, "POST", `/plans/${plan.id}/accept`, {
    signedName: `${person.first} ${person.last}`,
    signature: await signatureDataUrl(page),
    version: plan.version,
  });
  client = await newSession(browser, baseUrl, phone);
});

afterAll(async () => {
  await client?.context.close();
  await staff?.context.close();
  await browser?.close();
  expect(serverLog.errors()).toEqual([]);
});

describe("portal booking on a phone", () => {
  it("signs in with the emailed code", async () => {
    await portalSignIn(client.page, email);
  });

  it("proposes the whole course and changes one session", async () => {
    const { page } = client;
    await page.getByRole("link", { name: "Book", exact: true }).click();
    await visible(
      page.getByRole("heading", { level: 1, name: "Book your sessions" }),
      NAVIGATION_TIMEOUT,
    );
    await visible(page.getByText(/at least \d+ days apart so your skin heals/));
    await page.getByRole("button", { name: "Find dates" }).click();
    await visible(page.getByRole("heading", { name: "Proposed dates" }));
    await visible(page.getByRole("timer"));
    await visible(page.getByText(/with Alex Morgan/).first());
    await screenshot(page, "portal-booking-proposal");
    await axeCheck(page, "proposal");

    // Change session 3 to another offered time (keyboard only).
    await page.getByRole("button", { name: "Change session 3" }).focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Change session 3" });
    await visible(dialog);
    await waitForSettled(page);
    const times = dialog
      .getByRole("group", { name: "Free times for session 3" })
      .getByRole("button");
    await visible(times.first());
    await times.nth(1).click();
    await screenshot(page, "portal-booking-change-session");
    await axeCheck(page, "change session");
    await dialog.getByRole("button", { name: "Use this time" }).click();
    await gone(dialog);
    await visible(page.getByRole("timer"), NAVIGATION_TIMEOUT);
  }, 240_000);

  it("books all three sessions at once", async () => {
    const { page } = client;
    await page.getByRole("button", { name: /^Book all 3 sessions$/ }).click();
    // Booking a whole course also plans every session's messages: time for a slow machine.
    await visible(
      page.getByRole("heading", { name: "Your sessions are booked" }),
      2 * NAVIGATION_TIMEOUT,
    );
    await screenshot(page, "portal-booking-booked");
    await axeCheck(page, "booked");
  }, 240_000);

  it("reschedules one session, seeing the consequence before confirming", async () => {
    const { page } = client;
    await page.getByRole("link", { name: "Appointments", exact: true }).click();
    await visible(
      page.getByRole("heading", { level: 1, name: "Your appointments" }),
      NAVIGATION_TIMEOUT,
    );
    await waitForSettled(page);
    await screenshot(page, "portal-booking-appointments");
    await axeCheck(page, "appointments");
    await page
      .getByRole("button", { name: /^Reschedule / })
      .last()
      .click();
    const dialog = page.getByRole("dialog", { name: "Reschedule" });
    await visible(dialog.getByText(/Moving it is free/));
    await visible(dialog.getByText(/so your skin can heal between sessions/));
    const times = dialog.getByRole("group", { name: "Free times" }).getByRole("button");
    await times.nth(1).click();
    await visible(dialog.getByRole("button", { name: "Confirm new time" }));
    await visible(dialog.getByText("What this means"));
    await screenshot(page, "portal-booking-reschedule-confirm");
    await axeCheck(page, "reschedule confirm");
    await dialog.getByRole("button", { name: "Confirm new time" }).click();
    await visible(dialog.getByText(/^Moved to /));
    await dialog.getByRole("button", { name: "Done" }).click();
    await gone(dialog);

    // Cancel shows its consequence first; the client keeps the appointment. The last session is
    // weeks away whatever the time of day, so cancelling it is always within the free notice.
    await page
      .getByRole("button", { name: /^Cancel / })
      .last()
      .click();
    const cancel = page.getByRole("dialog", { name: "Cancel appointment" });
    await visible(cancel.getByText(/Cancelling is free/));
    await screenshot(page, "portal-booking-cancel");
    await axeCheck(page, "cancel");
    await cancel.getByRole("button", { name: "Keep appointment" }).click();
    await gone(cancel);
  }, 240_000);

  it("joins the waiting list", async () => {
    const { page } = client;
    await page.getByRole("link", { name: "Waiting list", exact: true }).click();
    await visible(
      page.getByRole("heading", { level: 1, name: "Waiting list" }),
      NAVIGATION_TIMEOUT,
    );
    await visible(page.getByText("You are not on the waiting list."));
    const today = new Date();
    const iso = (d: Date) => d.toISOString().slice(0, 10);
    await page.getByLabel("From").fill(iso(new Date(today.getTime() + 86_400_000)));
    await page.getByLabel("Until").fill(iso(new Date(today.getTime() + 21 * 86_400_000)));
    // The chip's checkbox is visually hidden behind its label, as for a keyboard user's Space.
    await page.getByRole("checkbox", { name: "Tue" }).focus();
    await page.keyboard.press("Space");
    await expect.poll(() => page.getByRole("checkbox", { name: "Tue" }).isChecked()).toBe(true);
    await page.getByRole("button", { name: "Join the waiting list" }).click();
    await visible(page.getByText(/You are on the waiting list/));
    await visible(page.getByText(/Prefers Tuesdays; any time/));
    await screenshot(page, "portal-booking-waitlist");
    await axeCheck(page, "waitlist");
    // Leave again, so this entry does not take the offers other journeys wait for.
    await page.getByRole("button", { name: "Leave", exact: true }).first().click();
    const leave = page.getByRole("dialog", { name: "Leave the waiting list?" });
    await leave.getByRole("button", { name: "Leave", exact: true }).click();
    await gone(leave);
    await visible(page.getByText("You are not on the waiting list."));
  }, 240_000);
});

describe("report a concern on desktop", () => {
  it("a client after a treatment visit reports a concern and the practitioner is told", async () => {
    // A demo client who had a treatment visit in the last weeks.
    const { page: sp } = staff;
    const clients = await call<{ items: { id: string; email: string | null }[] }>(
      sp,
      "GET",
      "/clients?pageSize=100",
    );
    let chosen: { email: string; practitioner: string } | null = null;
    for (const c of clients.items) {
      if (!c.email) continue;
      const list = await call<{ items: Appointment[] }>(
        sp,
        "GET",
        `/appointments?clientId=${c.id}`,
      );
      const visit = list.items.find(
        (a) =>
          a.service.kind === "treatment" &&
          a.status === "completed" &&
          Date.parse(a.startsAt) > Date.now() - 21 * 86_400_000,
      );
      if (visit) {
        chosen = { email: c.email, practitioner: visit.practitioner.name };
        break;
      }
    }
    if (!chosen) throw new Error("The demo clinic has no client with a recent treatment visit");
    const desk = await newSession(browser, baseUrl, desktop);
    try {
      const { page } = desk;
      await portalSignIn(page, chosen.email);
      await page.getByRole("link", { name: "Check-ins", exact: true }).click();
      await visible(
        page.getByRole("heading", { level: 1, name: "How are you healing?" }),
        NAVIGATION_TIMEOUT,
      );
      await page
        .getByLabel(/What's wrong/)
        .last()
        .fill("The top feels sore and looks red.");
      await screenshot(page, "portal-booking-concern");
      await axeCheck(page, "concern");
      await page.getByRole("button", { name: "Send to the clinic" }).last().click();
      await visible(page.getByText("Sent. Your practitioner will be in touch."));
      await screenshot(page, "portal-booking-concern-sent");
      expect(desk.pageErrors).toEqual([]);
    } finally {
      await desk.context.close();
    }
    expect(client.pageErrors).toEqual([]);
  }, 240_000);
});
