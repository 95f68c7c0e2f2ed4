import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Locator, Page } from "playwright-core";
import { NAVIGATION_TIMEOUT } from "./browser.ts";

/** The measure the preview editor records from a control change to the next frame on screen. */
const MEASURE = "preview-change-to-frame";
const screenshotDir = path.resolve(import.meta.dirname, "../screenshots");

/** Presses, drags or taps along points given as fractions of the element's box. */
export async function drawOn(
  page: Page,
  target: Locator,
  points: readonly (readonly [number, number])[],
) {
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (!box) throw new Error("The drawing area is not on screen");
  const at = (p: readonly [number, number]) =>
    [box.x + box.width * p[0], box.y + box.height * p[1]] as const;
  const [first, ...rest] = points;
  if (!first) return;
  await page.mouse.move(...at(first));
  await page.mouse.down();
  for (const p of rest) await page.mouse.move(...at(p), { steps: 8 });
  await page.mouse.up();
}

/** Waits until the editor shows a rendered frame (no "Rendering" indicator). */
export async function frameDone(page: Page) {
  await page
    .getByLabel("Rendering the preview")
    .waitFor({ state: "detached", timeout: NAVIGATION_TIMEOUT });
}

const measureCount = (page: Page) =>
  page.evaluate((name) => performance.getEntriesByName(name).length, MEASURE);

/** Waits for the frame that follows a change made after `before` measures were recorded. */
async function nextFrame(page: Page, before: number): Promise<number> {
  await page.waitForFunction(
    ([name, n]) => performance.getEntriesByName(name as string).length > (n as number),
    [MEASURE, before] as const,
    { timeout: NAVIGATION_TIMEOUT },
  );
  return page.evaluate((name) => performance.getEntriesByName(name).at(-1)?.duration ?? 0, MEASURE);
}

/** Moves a slider (by keyboard, as a person could) to `value` and waits for the new frame. */
export async function setSlider(page: Page, name: string, value: number) {
  const slider = page.getByRole("slider", { name });
  await slider.focus();
  const before = await measureCount(page);
  let moved = false;
  for (let i = 0; i < 200; i++) {
    const now = Number(await slider.getAttribute("aria-valuenow"));
    if (Math.abs(now - value) < 1e-6) break;
    await slider.press(now < value ? "ArrowRight" : "ArrowLeft");
    moved = true;
  }
  if (moved && name !== "Before and after divider") await nextFrame(page, before);
}

/**
 * One density step at a time: each press is a change, and the time until its frame is painted is
 * collected (recorded, never asserted: the machine is shared).
 */
export async function recordFrameTimes(page: Page, into: number[], presses = 6) {
  const slider = page.getByRole("slider", { name: "Density" });
  await slider.focus();
  for (let i = 0; i < presses; i++) {
    const before = await measureCount(page);
    await slider.press(i % 2 === 0 ? "ArrowRight" : "ArrowLeft");
    into.push(await nextFrame(page, before));
  }
}

/** Saves the "after" canvas at its working size (up to 1024 px) as e2e/screenshots/<name>.png. */
export async function saveAfterCanvas(page: Page, name: string) {
  const url = await page
    .getByRole("img", { name: "After (simulation)" })
    .evaluate((el) => (el as HTMLCanvasElement).toDataURL("image/png"));
  mkdirSync(screenshotDir, { recursive: true });
  writeFileSync(
    path.join(screenshotDir, `${name}.png`),
    Buffer.from(url.split(",")[1] ?? "", "base64"),
  );
}
