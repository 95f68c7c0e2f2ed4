import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Assessment } from "../src/domain/assessment/assessment.ts";
import { applicableExpectations } from "../src/domain/assessment/assessment.ts";
import { INTAKE_QUESTIONNAIRE, nothingToReport } from "../src/domain/screening/index.ts";
import type { ConsultationDetail } from "../src/shared/contracts/consultations.ts";
import type { BookedCourse, CourseProposal } from "../src/shared/contracts/scheduling.ts";
import type { Service } from "../src/shared/contracts/services.ts";
import {
  chooseOption,
  demo,
  gone,
  launchBrowser,
  NAVIGATION_TIMEOUT,
  newSession,
  type Session,
  signIn,
  visible,
  waitForSettled,
} from "./support/browser.ts";
import { watchServerErrors } from "./support/server-log.ts";

/**
 * Acceptance, on a tablet in the treatment room: a practitioner opens session 1 of a booked course,
 * the checklist fails on pre-care and passes with an override, two zones are recorded with their
 * batches, the session is signed off (and can then only be amended), and the aftercare messages
 * appear in the client's message timeline. Screenshots: e2e/screenshots/treatment-day-*.png.
 */
const baseUrl = inject("baseUrl");
const serverLog = watchServerErrors();
const tablet = { width: 1024, height: 768 };
const client = { first: "Morgan", last: `Hale${Date.now().toString(36).slice(-4)}` };
const fullName = `${client.first} ${client.last}`;
let browser: Browser;
let session: Session;
let clientId = "";
let appointmentId = "";

const assessment: Assessment = {
  caseType: "male_pattern",
  norwood: "IV",
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

async function call<T>(page: Page, method: string, path: string, data?: unknown, status = 200) {
  const res = await page.request.fetch(`/api${path}`, { method, data });
  const text = await res.text();
  expect(res.status(), `${method} ${path}: ${text}`).toBe(status);
  return (text ? JSON.parse(text) : undefined) as T;
}

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
 * The whole screen in one picture, taken with a window as tall as the page so the sticky header
 * sits at the top rather than across the middle of a full-page capture.
 */
async function tabletShot(page: Page, name: string) {
  const dir = path.resolve(import.meta.dirname, "screenshots");
  mkdirSync(dir, { recursive: true });
  await page.evaluate(() => window.scrollTo(0, 0));
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: tablet.width, height: Math.max(height, tablet.height) });
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(dir, `${name}.png`), animations: "disabled" });
  await page.setViewportSize(tablet);
}

/** A skin-toned field with a few pigment dots, as a phone camera would send it. */
function scalpLike(): Promise<Buffer> {
  const dots = Array.from({ length: 120 }, (_, i) => {
    const cx = 150 + ((i * 97) % 600);
    const cy = 150 + ((i * 53) % 700);
    return `<circle cx="${cx}" cy="${cy}" r="3" fill="#3b2f2a" fill-opacity="0.85"/>`;
  }).join("");
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="900" height="1200"><rect width="900" height="1200" fill="#d8b49a"/>${dots}</svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer();
}

const item = (page: Page, id: string) => page.locator(`[data-item="${id}"]`);

beforeAll(async () => {
  browser = await launchBrowser();
  session = await newSession(browser, baseUrl, tablet);
  await signIn(session.page, demo.alex);
});
afterAll(async () => {
  await session?.context.close();
  await browser?.close();
});

describe("the treatment day", () => {
  it("has a client with a signed plan and session 1 of the course booked", async () => {
    const { page } = session;
    ({ id: clientId } = await call<{ id: string }>(
      page,
      "POST",
      "/clients",
      {
        firstName: client.first,
        lastName: client.last,
        dateOfBirth: "1984-09-12",
        email: `${client.last.toLowerCase()}@example.com`,
      },
      201,
    ));
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
      signedName: fullName,
      signature: await drawnSignature(page),
      version: plan.version,
    });
    const { items: locations } = await call<{ items: { id: string }[] }>(page, "GET", "/locations");
    const { items: services } = await call<{ items: Service[] }>(page, "GET", "/services");
    const locationId = locations[0]?.id as string;
    const serviceId = services.find((s) => s.kind === "treatment")?.id as string;
    // The course with the signed-in practitioner, who runs the session.
    const me = await call<{ member: { id: string } }>(page, "GET", "/me");
    const proposal = await call<CourseProposal>(page, "POST", `/plans/${plan.id}/course-proposal`, {
      locationId,
      serviceId,
      practitionerId: me.member.id,
      onlyPreferred: true,
    });
    expect(proposal.best, proposal.message).not.toBeNull();
    const booked = await call<BookedCourse>(
      page,
      "POST",
      `/plans/${plan.id}/course`,
      {
        locationId,
        serviceId,
        sessions: (proposal.best ?? []).map((s) => ({
          practitionerId: s.practitioner.id,
          roomId: s.room?.id ?? null,
          startsAt: s.startsAt,
        })),
      },
      201,
    );
    appointmentId = booked.appointments[0]?.id as string;
    expect(appointmentId).toBeTruthy();
  });

  it("fails the start checklist on pre-care, then starts with an override", async () => {
    const { page } = session;
    await page.goto(`/appointments/${appointmentId}/session`);
    await visible(page.getByRole("heading", { level: 1, name: fullName }), NAVIGATION_TIMEOUT);
    await tabletShot(page, "treatment-day-0-opened");
    await visible(item(page, "consent").getByText("Passed"));
    await visible(item(page, "age").getByText("Passed"));
    const start = page.getByRole("button", { name: "Start session" });
    expect(await start.isDisabled()).toBe(true);

    await page
      .getByRole("radiogroup", { name: "Has anything changed since the consultation?" })
      .getByText("No change")
      .click();
    await page
      .getByRole("radiogroup", { name: /unwell today/ })
      .getByText("No", { exact: true })
      .click();
    for (const label of [/^Head shaved/, /^No aspirin/, /^No sunburn/]) {
      await page.getByRole("radiogroup", { name: label }).getByText("Yes", { exact: true }).click();
    }
    await page
      .getByRole("radiogroup", { name: /^No alcohol/ })
      .getByText("No", { exact: true })
      .click();
    await visible(item(page, "pre_care").getByText("Failed"));
    await visible(item(page, "pre_care").getByText(/Not followed: No alcohol/));
    await visible(item(page, "screening").getByText("Passed"));
    expect(await start.isDisabled()).toBe(true);
    await tabletShot(page, "treatment-day-1-checklist-failed");

    await item(page, "pre_care").getByRole("button", { name: "Override…" }).click();
    await item(page, "pre_care")
      .getByLabel(/^Reason for going ahead/)
      .fill("One small glass of wine two nights ago; no bleeding risk on the day.");
    await visible(item(page, "pre_care").getByText("Overridden"));
    await expect.poll(() => start.isDisabled(), { timeout: 20_000 }).toBe(false);
    await tabletShot(page, "treatment-day-2-checklist-overridden");
    await start.click();
    await visible(page.getByText("In session"), NAVIGATION_TIMEOUT);
  });

  it("records two zones with their batches", async () => {
    const { page } = session;
    for (const pigment of [/^Tricopigment Shade 2/, /^Tricopigment Shade 3/]) {
      await page.getByRole("button", { name: "Record a zone" }).click();
      const dialog = await visible(page.getByRole("dialog", { name: "Record a zone" }));
      await chooseOption(dialog, "Pigment batch", pigment);
      await chooseOption(dialog, "Needle batch", /lot/);
      await dialog.getByLabel("Skin response and reactions").fill("Mild redness, no bleeding.");
      await dialog.getByRole("button", { name: "Add zone" }).click();
      await gone(page.getByRole("dialog", { name: "Record a zone" }));
    }
    expect(await page.locator("[data-zone]").count()).toBe(2);
    await waitForSettled(page);
  });

  it("takes a session photo", async () => {
    const { page } = session;
    const photos = page.getByRole("region", { name: "Photos" });
    await photos
      .getByRole("button", { name: /: add photo$/ })
      .first()
      .click();
    const dialog = await visible(page.getByRole("dialog"));
    await dialog.locator('input[type="file"]').setInputFiles({
      name: "front.jpg",
      mimeType: "image/jpeg",
      buffer: await scalpLike(),
    });
    await visible(dialog.getByRole("img", { name: /^New photo/ }));
    await dialog.getByRole("button", { name: "Save photo" }).click();
    await dialog.waitFor({ state: "detached" });
    await visible(photos.getByRole("button", { name: /: retake or view$/ }), NAVIGATION_TIMEOUT);
    await tabletShot(page, "treatment-day-3-zones");
  });

  it("signs off after the end time, and the record becomes read-only with amendments", async () => {
    const { page } = session;
    await page.getByRole("button", { name: "End now" }).click();
    await visible(page.getByText("Ready to sign off."));
    await page.getByRole("button", { name: "Sign off session" }).click();
    const dialog = await visible(page.getByRole("dialog", { name: "Sign off this session?" }));
    await visible(dialog.getByText(/cannot be edited/));
    await page.screenshot({
      path: path.resolve(import.meta.dirname, "screenshots/treatment-day-4-sign-off-confirm.png"),
      animations: "disabled",
    });
    await dialog.getByRole("button", { name: "Sign off", exact: true }).click();
    await visible(page.getByText("Signed record"), NAVIGATION_TIMEOUT);
    expect(await page.getByRole("button", { name: "Record a zone" }).count()).toBe(0);
    await visible(page.getByRole("link", { name: "Print aftercare sheet" }));

    await page.getByRole("button", { name: "Add amendment" }).click();
    const amend = await visible(page.getByRole("dialog", { name: "Add an amendment" }));
    await chooseOption(amend, "Field", "Coverage (%)");
    await amend.getByLabel("Correct value").fill("35");
    await amend.getByLabel(/^Reason/).fill("Coverage was read from the wrong zone's notes.");
    await amend.getByRole("button", { name: "Add amendment" }).click();
    await gone(page.getByRole("dialog", { name: "Add an amendment" }));
    await visible(
      page.getByText("Coverage was read from the wrong zone's notes.", { exact: false }),
    );
    await visible(page.getByText("Amended").first());
    await tabletShot(page, "treatment-day-5-signed");
  });

  it("shows the aftercare messages in the client's message timeline", async () => {
    const { page } = session;
    await page.goto(`/clients/${clientId}`);
    await visible(page.getByRole("heading", { level: 1, name: fullName }), NAVIGATION_TIMEOUT);
    const messages = page.getByRole("region", { name: "Messages" });
    await visible(messages.getByText(/^Aftercare/), NAVIGATION_TIMEOUT);
    await messages.scrollIntoViewIfNeeded();
    await messages.screenshot({
      path: path.resolve(import.meta.dirname, "screenshots/treatment-day-6-client-messages.png"),
      animations: "disabled",
    });
    expect(session.pageErrors).toEqual([]);
    expect(serverLog.errors()).toEqual([]);
  });
});
