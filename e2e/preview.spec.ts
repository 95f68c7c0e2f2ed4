import type { Browser, Page } from "playwright-core";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { generateSampleScalp } from "../src/domain/preview/sample-scalp.ts";
import { healthyAnswers, sampleAssessment } from "../src/server/testing/consultation-fixtures.ts";
import {
  demo,
  field,
  launchBrowser,
  NAVIGATION_TIMEOUT,
  newSession,
  type Session,
  screenshot,
  signIn,
  visible,
  waitForSettled,
} from "./support/browser.ts";
import {
  drawOn,
  frameDone,
  recordFrameTimes,
  saveAfterCanvas,
  setSlider,
} from "./support/preview.ts";
import { watchServerErrors } from "./support/server-log.ts";

/**
 * A practitioner shows a client the SMP preview in the consultation: a photo of the client's head
 * (a generated sample scalp, never a real person) is uploaded through the editor, the scale is
 * calibrated, the hairline drawn from the five helpers, the treatment area painted, density and
 * shade tried, before and after compared, the design saved, and the client accepts the plan with
 * it, which freezes the design. Screenshots: e2e/screenshots/preview-*.png. The time from a slider
 * change to the new frame is recorded (printed), never asserted.
 */
const baseUrl = inject("baseUrl");
const serverLog = watchServerErrors();
const client = { first: "Casey", last: `Preview${Date.now().toString(36).slice(-4)}` };
let browser: Browser;
let session: Session;
let consultationId = "";
const frameTimes: number[] = [];

async function api(page: Page, method: "POST" | "PUT" | "GET", url: string, data?: unknown) {
  const res = await page.request.fetch(url, { method, data });
  expect(res.status(), `${method} ${url}: ${await res.text()}`).toBeLessThan(300);
  return res.json();
}

/** A consultation ready to sign: medical questions, assessment, plan and expectations done. */
async function readyConsultation(page: Page) {
  const made = await api(page, "POST", "/api/clients", {
    firstName: client.first,
    lastName: client.last,
  });
  let c = await api(page, "POST", "/api/consultations", { clientId: made.id, mode: "in_person" });
  c = await api(page, "PUT", `/api/consultations/${c.id}/intake`, {
    questionnaireVersion: 1,
    answers: healthyAnswers(),
    version: c.version,
  });
  c = await api(page, "PUT", `/api/consultations/${c.id}/assessment`, {
    assessment: sampleAssessment,
    version: c.version,
  });
  c = await api(page, "POST", `/api/consultations/${c.id}/plan`);
  await api(page, "PUT", `/api/consultations/${c.id}/expectations`, {
    ticked: c.expectationsMissing,
    version: c.version,
  });
  return c.id as string;
}

/** Picks a segmented-control option by its visible label (the radio itself is hidden). */
async function segment(page: Page, label: string) {
  await page.locator("label").getByText(label, { exact: true }).click();
}

async function sampleScalpJpeg(): Promise<Buffer> {
  const img = generateSampleScalp("receding_front", 1200, 1200);
  const raw = { raw: { width: img.width, height: img.height, channels: 4 as const } };
  return sharp(Buffer.from(img.data.buffer), raw).removeAlpha().jpeg({ quality: 90 }).toBuffer();
}

beforeAll(async () => {
  browser = await launchBrowser();
  session = await newSession(browser, baseUrl, { width: 1366, height: 900 });
  await signIn(session.page, demo.alex);
  consultationId = await readyConsultation(session.page);
});
afterAll(async () => {
  if (frameTimes.length > 0) {
    const sorted = [...frameTimes].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
    console.info(
      `preview: slider change to new frame at 1024 px, ${frameTimes.length} changes: median ${median.toFixed(0)} ms, min ${sorted[0]?.toFixed(0)} ms, max ${sorted.at(-1)?.toFixed(0)} ms`,
    );
  }
  await session?.context.close();
  await browser?.close();
});

describe("SMP preview", () => {
  it("opens from the consultation and takes a photo through the existing upload", async () => {
    const { page } = session;
    await page.goto(`/consultations/${consultationId}`);
    await page.getByRole("link", { name: "Preview", exact: true }).click();
    await page.waitForURL(`**/consultations/${consultationId}/preview`);
    await visible(page.getByText("No photos of this client yet"));
    await page.getByRole("button", { name: "Take or upload a photo" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.locator('input[type="file"]').setInputFiles({
      name: "front.jpg",
      mimeType: "image/jpeg",
      buffer: await sampleScalpJpeg(),
    });
    await dialog.getByRole("button", { name: "Save photo" }).click();
    await dialog.waitFor({ state: "detached", timeout: NAVIGATION_TIMEOUT });
    await page.getByRole("button", { name: /^Front hairline, / }).click();
    await visible(page.getByTestId("preview-canvas"), NAVIGATION_TIMEOUT);
    await frameDone(page);
  });

  it("calibrates, draws the hairline from the helpers and paints the area", async () => {
    const { page } = session;
    const canvas = page.getByTestId("preview-canvas");
    // Scale: the sample head is about 165 mm across 1000 of its 1200 px.
    await field(page, "Known distance").fill("165");
    await drawOn(page, canvas, [
      [0.0833, 0.9],
      [0.9167, 0.9],
    ]);
    await visible(page.getByText(/Calibrated: 6\.\d\d pixels per mm/));

    await segment(page, "Helpers");
    for (const at of [
      [0.5, 0.64],
      [0.7, 0.6],
      [0.3, 0.6],
      [0.8, 0.55],
      [0.2, 0.55],
    ] as const) {
      await drawOn(page, canvas, [at]);
    }
    await page.getByRole("button", { name: "Draw hairline through helpers" }).click();

    // Move one hairline point a little, by pointer, then nudge it by keyboard.
    await segment(page, "Hairline");
    await drawOn(page, canvas, [
      [0.6, 0.62],
      [0.6, 0.635],
    ]);
    await canvas.press("ArrowUp");

    await segment(page, "Paint");
    for (const y of [0.36, 0.44, 0.52, 0.6]) {
      await drawOn(page, canvas, [
        [0.16, y],
        [0.5, y - 0.02],
        [0.84, y],
      ]);
    }
    await segment(page, "Erase");
    await drawOn(page, canvas, [
      [0.5, 0.3],
      [0.5, 0.33],
    ]);
    // Undo the erase, redo it, undo again: the area stays as painted.
    await page.getByRole("button", { name: "Undo" }).click();
    await page.getByRole("button", { name: "Redo" }).click();
    await page.keyboard.press("Control+z");
    await segment(page, "Hairline");
    await frameDone(page);
    await screenshot(page, "preview-editor");
  });

  it("re-renders live as the density changes, and compares before and after", async () => {
    const { page } = session;
    await recordFrameTimes(page, frameTimes);
    await setSlider(page, "Density", 120);
    await segment(page, "Before / after");
    await visible(page.getByTestId("compare-slider-canvas"));
    await setSlider(page, "Before and after divider", 55);
    await screenshot(page, "preview-before-after");
    await segment(page, "Side by side");
    await visible(page.getByRole("img", { name: "After (simulation)" }));
    await screenshot(page, "preview-side-by-side");
  });

  it("shows the result at three densities and two shades", async () => {
    const { page } = session;
    for (const shade of [45, 90]) {
      await setSlider(page, "Shade", shade);
      for (const density of [60, 100, 140]) {
        await setSlider(page, "Density", density);
        await saveAfterCanvas(page, `preview-density-${density}-shade-${shade}`);
      }
    }
    await screenshot(page, "preview-side-by-side-dense");
    await setSlider(page, "Shade", 80);
    await setSlider(page, "Density", 100);
  });

  it("saves the design, rendered on the server", async () => {
    const { page } = session;
    await page.getByRole("button", { name: "Save preview" }).click();
    await visible(page.getByText("Preview saved"), NAVIGATION_TIMEOUT);
    await visible(page.getByRole("img", { name: /saved simulation as stored/ }));
    const state = await api(page, "GET", `/api/consultations/${consultationId}/preview`);
    expect(state.preview).toMatchObject({ status: "draft", version: 1 });
    expect(state.preview.design.hairline.length).toBeGreaterThanOrEqual(5);
    expect(state.preview.design.calibration.mm).toBe(165);
    const image = await page.request.get(state.preview.renderUrl);
    expect(image.headers()["content-type"]).toBe("image/jpeg");
  });

  it("has the client accept the plan with the design, which freezes it", async () => {
    const { page } = session;
    await page.goto(`/consultations/${consultationId}?step=sign`);
    await waitForSettled(page);
    await visible(page.getByRole("heading", { name: "Your hairline and treatment area" }));
    await visible(page.getByText(/including the hairline and treatment area shown in the preview/));
    await field(page, "Client's full name").fill(`${client.first} ${client.last}`);
    const pad = page.locator("canvas").first();
    await drawOn(page, pad, [
      [0.15, 0.6],
      [0.3, 0.3],
      [0.5, 0.7],
      [0.7, 0.35],
      [0.85, 0.55],
    ]);
    await screenshot(page, "preview-plan-acceptance");
    await page.getByRole("button", { name: "Accept and sign" }).click();
    await visible(
      page.getByRole("button", { name: "Quote & signature: Signed" }),
      NAVIGATION_TIMEOUT,
    );

    const state = await api(page, "GET", `/api/consultations/${consultationId}/preview`);
    expect(state.preview.status).toBe("frozen");
    await page.goto(`/consultations/${consultationId}/preview`);
    await visible(page.getByText("Read only"));
    await visible(page.getByText(/can no longer be changed/));
    // Read only: no drawing tools and nothing to save.
    expect(await page.getByRole("button", { name: "Save preview" }).count()).toBe(0);
    expect(await page.getByText("Draw hairline through helpers").count()).toBe(0);
    await frameDone(page);
    await screenshot(page, "preview-frozen");
    expect(session.pageErrors).toEqual([]);
    expect(serverLog.errors()).toEqual([]);
  });
});
