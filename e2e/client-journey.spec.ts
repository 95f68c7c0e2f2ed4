import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser, Page } from "playwright-core";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Assessment } from "../src/domain/assessment/assessment.ts";
import { applicableExpectations } from "../src/domain/assessment/assessment.ts";
import { sampleAssessment } from "../src/server/testing/consultation-fixtures.ts";
import type { ConsultationDetail } from "../src/shared/contracts/consultations.ts";
import type { PublicBookingSettingsView } from "../src/shared/contracts/public-booking.ts";
import {
  CLINIC_NAME,
  demo,
  gone,
  launchBrowser,
  NAVIGATION_TIMEOUT,
  newSession,
  type Session,
  screenshot,
  signIn,
  viewports,
  visible,
  waitForSettled,
} from "./support/browser.ts";
import {
  axeProblems,
  drawSignature,
  emailedCode,
  portalSignIn,
  signatureDataUrl,
} from "./support/client-steps.ts";
import { watchServerErrors } from "./support/server-log.ts";

/**
 * Acceptance 1 of the client journey, end to end for one person, on a phone (390×844) and on a
 * desktop: a stranger books a consultation through the widget embedded in a plain page on another
 * origin, verifies the emailed code, uploads guided photos and fills the intake on the prep page;
 * the clinic holds the consultation and the client accepts a plan; later the client signs in to
 * the portal, signs the consent forms, books the course and reschedules one session. axe on every
 * client page. Screenshots: e2e/screenshots/journey-<viewport>-*.png.
 */
const baseUrl = inject("baseUrl");
const serverLog = watchServerErrors();
const SLUG = "southampton-smp-studio";
const suffix = Date.now().toString(36).slice(-5);

// Norwood IV, matching the picture chosen in the widget; otherwise the usual sample.
const assessment: Assessment = { ...sampleAssessment, norwood: "IV", fitzpatrick: 2, greyPct: 5 };

let browser: Browser;
let staff: Session;
let site: Server;
let siteOrigin = "";
let savedSettings: PublicBookingSettingsView | null = null;
let scalpJpeg: Buffer;

async function api<T>(page: Page, method: string, path: string, data?: unknown, status = 200) {
  const res = await page.request.fetch(`${baseUrl}/api${path}`, { method, data });
  const text = await res.text();
  expect(res.status(), `${method} ${path}: ${text}`).toBe(status);
  return (text ? JSON.parse(text) : undefined) as T;
}

/** A link in the portal's own navigation. */
function nav(page: Page, name: string) {
  return page
    .getByRole("navigation", { name: "Your portal" })
    .getByRole("link", { name, exact: true });
}

/** Screenshot plus axe: every client-facing screen of the journey passes both. */
async function step(page: Page, name: string) {
  await waitForSettled(page);
  expect(await axeProblems(page), name).toEqual([]);
  await screenshot(page, `journey-${name}`);
}

/** The clinic's website: a plain page on another origin with only the widget's script tag. */
function startClinicSite(): Promise<Server> {
  const server = createServer((_req, res) => {
    res.setHeader("content-type", "text/html; charset=utf-8");
    res.end(`<!doctype html><html lang="en-GB"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Harbour Street Clinic</title></head>
<body><main><h1>Harbour Street Clinic</h1>
<script src="${baseUrl}/widget/stipple-booking.js" data-clinic="${SLUG}" async></script></main></body></html>`);
  });
  return new Promise((resolve) => server.listen(0, "localhost", () => resolve(server)));
}

/** A warm, evenly lit test photo (plain skin tone) for the guided views. */
async function testPhoto(): Promise<Buffer> {
  return sharp({
    create: { width: 900, height: 900, channels: 3, background: { r: 205, g: 170, b: 150 } },
  })
    .jpeg({ quality: 80 })
    .toBuffer();
}

async function bookThroughWidget(page: Page, who: Person, label: string): Promise<string> {
  await page.goto(siteOrigin);
  const heading = (name: string) => page.getByRole("heading", { name, level: 2 });
  await visible(heading("Book a free consultation"), NAVIGATION_TIMEOUT);
  await step(page, `${label}-01-widget-welcome`);
  await page.getByRole("button", { name: "Get started" }).click();

  await visible(heading("Which picture is closest to your hair?"));
  await page.getByRole("radio", { name: "Norwood IV" }).check();
  await visible(page.getByText("likely sessions"));
  await step(page, `${label}-02-widget-estimate`);
  await page.getByRole("button", { name: "Continue" }).click();

  await visible(heading("Your consultation"));
  await page.getByRole("radio", { name: /^In person/ }).check();
  await step(page, `${label}-03-widget-consultation`);
  await page.getByRole("button", { name: "See available times" }).click();

  await visible(heading("Choose a time"));
  for (let week = 0; ; week++) {
    await page.locator('[aria-busy="true"]').first().waitFor({ state: "detached" });
    if (await page.locator("button.time").first().isVisible()) break;
    if (week === 4) throw new Error("No free consultation time in the next four weeks");
    await page.getByRole("button", { name: "Next week", exact: true }).first().click();
  }
  await step(page, `${label}-04-widget-times`);
  await page.locator("button.time").first().click();

  await visible(heading("Your details"));
  await page.getByLabel("First name").fill(who.first);
  await page.getByLabel("Last name").fill(who.last);
  await page.getByLabel("Email").fill(who.email);
  await step(page, `${label}-05-widget-details`);
  const asked = Date.now();
  await page.getByRole("button", { name: "Send my code" }).click();

  await visible(heading("Check your email"));
  const code = await emailedCode(baseUrl, who.email, `Your booking code for ${CLINIC_NAME}`, asked);
  await page.getByLabel("6-digit code").fill(code);
  await step(page, `${label}-06-widget-code`);
  await page.getByRole("button", { name: "Confirm booking" }).click();

  await visible(heading("You're booked in"));
  await step(page, `${label}-07-widget-booked`);
  const prep = page.getByRole("link", { name: /Upload your photos and answer a few questions/ });
  const href = await prep.getAttribute("href");
  if (!href) throw new Error("The confirmation has no prep link");
  return href;
}

const GUIDED = [
  ["front_hairline", "Front hairline"],
  ["left_temple", "Left temple"],
  ["right_temple", "Right temple"],
  ["top", "Top of the head"],
  ["crown", "Crown"],
  ["back", "Back of the head"],
] as const;

async function uploadGuidedPhotos(page: Page, label: string) {
  for (const [i, [view, title]] of GUIDED.entries()) {
    await visible(page.getByRole("heading", { name: title }), NAVIGATION_TIMEOUT);
    if (i === 0) await step(page, `${label}-09-prep-photo-guide`);
    await page.getByTestId(`camera-${view}`).setInputFiles({
      name: `${view}.jpg`,
      mimeType: "image/jpeg",
      buffer: scalpJpeg,
    });
    await visible(page.getByRole("img", { name: `Your photo: ${title}` }), NAVIGATION_TIMEOUT);
    if (i === 0) await step(page, `${label}-10-prep-photo-sent`);
    await page.getByRole("button", { name: "Next", exact: true }).click();
  }
  // Scars are optional: none here.
  await visible(page.getByRole("heading", { name: "Scars (optional)" }));
  await step(page, `${label}-11-prep-scars`);
  await page.getByRole("button", { name: "Finish photos" }).click();
}

/** The questionnaire one section at a time, answered "No" throughout (nothing to report). */
async function fillIntake(page: Page, who: Person, label: string) {
  await visible(page.getByText(/Questions · section 1 of \d+/), NAVIGATION_TIMEOUT);
  for (let first = true; ; first = false) {
    const heading = page.getByRole("heading", { level: 2 });
    await visible(heading);
    for (const radio of await page.getByRole("radio", { name: /^No\b/ }).all()) await radio.click();
    if (first) await step(page, `${label}-12-prep-intake`);
    const send = page.getByRole("button", { name: "Send my answers" });
    if (await send.count()) {
      await send.click();
      break;
    }
    const before = await heading.textContent();
    await page.getByRole("button", { name: "Save and continue" }).click();
    await page.waitForFunction(
      (previous) => document.querySelector("h2")?.textContent !== previous,
      before,
    );
  }
  await visible(page.getByRole("heading", { name: `Thank you, ${who.first}` }), NAVIGATION_TIMEOUT);
  await step(page, `${label}-13-prep-done`);
}

/** The clinic holds the consultation: reviews the answers, assesses, plans; the client signs the plan. */
async function clinicPlans(who: Person) {
  const page = staff.page;
  const found = await api<{ items: { id: string; email: string | null }[] }>(
    page,
    "GET",
    `/clients?q=${encodeURIComponent(who.email)}`,
  );
  const clientId = found.items.find((c) => c.email === who.email)?.id;
  if (!clientId) throw new Error(`The booking made no client for ${who.email}`);
  await api(page, "PATCH", `/clients/${clientId}`, { dateOfBirth: "1986-05-20" });
  const list = await api<{ items: { id: string }[] }>(
    page,
    "GET",
    `/clients/${clientId}/consultations`,
  );
  const booked = list.items[0];
  if (!booked) throw new Error("The booking made no consultation");
  const path = `/consultations/${booked.id}`;
  let c = await api<ConsultationDetail>(page, "GET", path);
  // The client's own answers arrived through the prep page; the practitioner confirms them.
  expect(c.intake?.source).toBe("client");
  expect(c.intake?.missing).toEqual([]);
  c = await api(page, "PUT", `${path}/intake`, {
    questionnaireVersion: c.intake?.version,
    answers: c.intake?.answers,
    version: c.version,
  });
  expect(c.screening?.verdict).toBe("proceed");
  c = await api(page, "PUT", `${path}/assessment`, { assessment, version: c.version });
  c = await api(page, "PUT", `${path}/expectations`, {
    ticked: applicableExpectations(assessment).map((e) => e.id),
    version: c.version,
  });
  c = await api(page, "POST", `${path}/plan`, undefined, 201);
  const plan = c.plan;
  if (!plan) throw new Error("No plan was drafted");
  await api(page, "POST", `/plans/${plan.id}/accept`, {
    signedName: `${who.first} ${who.last}`,
    signature: await signatureDataUrl(page),
    version: plan.version,
  });
}

async function signConsents(page: Page, label: string) {
  await nav(page, "Forms").click();
  await visible(page.getByRole("heading", { level: 1, name: "Forms" }), NAVIGATION_TIMEOUT);
  await step(page, `${label}-15-portal-forms`);
  const titles = await page
    .getByRole("button", { name: /^Read and sign: / })
    .evaluateAll((els) =>
      els.map((e) => (e.getAttribute("aria-label") ?? "").replace("Read and sign: ", "")),
    );
  expect(titles.length).toBeGreaterThan(0);
  for (const [i, title] of titles.entries()) {
    await page.getByRole("button", { name: `Read and sign: ${title}` }).click();
    await visible(page.getByRole("heading", { name: title }));
    await page.getByLabel("I have read and agree").check();
    await drawSignature(page);
    if (i === 0) await step(page, `${label}-16-portal-sign`);
    await page.getByRole("button", { name: "Sign", exact: true }).click();
    await visible(page.getByText(`“${title}” is signed`));
  }
  await visible(page.getByText("You have signed everything the clinic needs. Thank you."));
  await step(page, `${label}-17-portal-forms-signed`);
}

async function bookCourse(page: Page, label: string) {
  await nav(page, "Book").click();
  await visible(
    page.getByRole("heading", { level: 1, name: "Book your sessions" }),
    NAVIGATION_TIMEOUT,
  );
  await page.getByRole("button", { name: "Find dates" }).click();
  await visible(page.getByRole("heading", { name: "Proposed dates" }));
  await step(page, `${label}-18-portal-proposal`);
  await page.getByRole("button", { name: /^Book all \d+ sessions$/ }).click();
  await visible(
    page.getByRole("heading", { name: "Your sessions are booked" }),
    NAVIGATION_TIMEOUT,
  );
  await step(page, `${label}-19-portal-booked`);
}

async function rescheduleOne(page: Page, label: string) {
  await nav(page, "Appointments").click();
  await visible(
    page.getByRole("heading", { level: 1, name: "Your appointments" }),
    NAVIGATION_TIMEOUT,
  );
  await step(page, `${label}-20-portal-appointments`);
  await page
    .getByRole("button", { name: /^Reschedule / })
    .last()
    .click();
  const dialog = page.getByRole("dialog", { name: "Reschedule" });
  const times = dialog.getByRole("group", { name: "Free times" }).getByRole("button");
  await visible(times.first(), NAVIGATION_TIMEOUT);
  await times.nth(1).click();
  await visible(dialog.getByText("What this means"));
  await step(page, `${label}-21-portal-reschedule`);
  await dialog.getByRole("button", { name: "Confirm new time" }).click();
  await visible(dialog.getByText(/^Moved to /));
  await step(page, `${label}-22-portal-rescheduled`);
  await dialog.getByRole("button", { name: "Done" }).click();
  await gone(dialog);
}

/** Documents (the plan and the signed forms), photos, then sign out. */
async function documentsAndSignOut(page: Page, label: string) {
  await nav(page, "Documents").click();
  await visible(
    page.getByRole("heading", { level: 1, name: "Your documents" }),
    NAVIGATION_TIMEOUT,
  );
  await visible(page.getByRole("link", { name: /plan/i }).first());
  await step(page, `${label}-23-portal-documents`);
  await nav(page, "Photos").click();
  await visible(page.getByRole("heading", { level: 1, name: "Your photos" }), NAVIGATION_TIMEOUT);
  await step(page, `${label}-24-portal-photos`);
  await page.getByRole("button", { name: "Sign out" }).click();
  await visible(
    page.getByRole("heading", { level: 1, name: "Sign in to your client portal" }),
    NAVIGATION_TIMEOUT,
  );
  // Signed out for real: the portal's API no longer answers for this browser.
  const me = await page.request.get(`${baseUrl}/api/portal/${SLUG}/me`);
  expect(me.status()).toBe(401);
}

interface Person {
  first: string;
  last: string;
  email: string;
}

beforeAll(async () => {
  scalpJpeg = await testPhoto();
  site = await startClinicSite();
  siteOrigin = `http://localhost:${(site.address() as AddressInfo).port}`;
  browser = await launchBrowser();
  staff = await newSession(browser, baseUrl);
  await signIn(staff.page, demo.owner);
  savedSettings = await api<PublicBookingSettingsView>(
    staff.page,
    "GET",
    "/public-booking-settings",
  );
  await api(staff.page, "PUT", "/public-booking-settings", {
    enabled: true,
    intro: savedSettings.intro,
    showEstimate: true,
    embedOrigins: [...savedSettings.embedOrigins.filter((o) => o !== siteOrigin), siteOrigin],
  });
});

afterAll(async () => {
  try {
    if (savedSettings && staff) {
      await api(staff.page, "PUT", "/public-booking-settings", {
        enabled: savedSettings.enabled,
        intro: savedSettings.intro,
        showEstimate: savedSettings.showEstimate,
        embedOrigins: savedSettings.embedOrigins,
      });
    }
  } finally {
    await staff?.context.close();
    await browser?.close();
    await new Promise((resolve) => site?.close(resolve));
  }
  expect(serverLog.errors()).toEqual([]);
});

describe("a stranger becomes a client: widget, prep, portal", () => {
  for (const [label, viewport] of [
    ["phone", { width: 390, height: 844 }],
    ["desktop", viewports.desktop],
  ] as const) {
    it(`books, prepares, signs, books the course and reschedules (${label})`, async () => {
      const who: Person = {
        first: "Rowan",
        last: `Ellery${label === "phone" ? "P" : "D"}${suffix}`,
        email: `rowan.ellery.${label}.${suffix}@example.com`,
      };
      const session = await newSession(browser, siteOrigin, viewport);
      const { page } = session;
      try {
        const prepUrl = await bookThroughWidget(page, who, label);

        await page.goto(prepUrl);
        await visible(page.getByRole("button", { name: "Start", exact: true }), NAVIGATION_TIMEOUT);
        await step(page, `${label}-08-prep-welcome`);
        await page.getByRole("button", { name: "Start", exact: true }).click();
        await uploadGuidedPhotos(page, label);
        await fillIntake(page, who, label);

        await clinicPlans(who);

        await portalSignIn(page, baseUrl, SLUG, who.email);
        await step(page, `${label}-14-portal-home`);
        await signConsents(page, label);
        await bookCourse(page, label);
        await rescheduleOne(page, label);
        await documentsAndSignOut(page, label);
        expect(session.pageErrors).toEqual([]);
      } finally {
        await session.context.close();
      }
    });
  }
});
