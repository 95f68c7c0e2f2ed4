import type { Browser, Page } from "playwright-core";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { PhotoList } from "../src/shared/contracts/photos.ts";
import {
  chooseOption,
  demo,
  field,
  launchBrowser,
  newSession,
  type Session,
  screenshot,
  signIn,
  visible,
  waitForSettled,
} from "./support/browser.ts";
import { watchServerErrors } from "./support/server-log.ts";

/**
 * Photos: a practitioner uploads a crown photo for a client through the capture screen (outline
 * guide, last visit's photo faintly behind), sees the thumbnails by view, compares the visits
 * with the keyboard-operable slider, and withdraws marketing consent. Test images are generated
 * here (skin-toned fields with dots), never photos of people. Screenshots: e2e/screenshots/photos-*.png
 */
const baseUrl = inject("baseUrl");
const serverLog = watchServerErrors();
const suffix = Date.now().toString(36).slice(-4);
let browser: Browser;
let staff: Session;
let clientId = "";

/** A 900×1200 skin-toned field with `dots` pigment dots, seeded so each run draws the same. */
async function scalpLike(dots: number, seed: number): Promise<Buffer> {
  let x = seed;
  const rand = () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
  const circles = Array.from({ length: dots }, () => {
    const cx = 150 + rand() * 600;
    const cy = 150 + rand() * 700;
    return `<circle cx="${cx.toFixed(1)}" cy="${cy.toFixed(1)}" r="${(2 + rand() * 2).toFixed(1)}" fill="#3b2f2a" fill-opacity="0.85"/>`;
  }).join("");
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="900" height="1200"><rect width="900" height="1200" fill="#d8b49a"/><ellipse cx="450" cy="520" rx="380" ry="460" fill="#cfa98e"/>${circles}</svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 88 }).toBuffer();
}

async function uploadViaApi(page: Page, data: Buffer, takenAt: string, consent: string) {
  const res = await page.request.post(`/api/clients/${clientId}/photos`, {
    multipart: {
      file: { name: "crown.jpg", mimeType: "image/jpeg", buffer: data },
      view: "crown",
      consent,
      takenAt,
    },
  });
  expect(res.status(), await res.text()).toBe(201);
}

async function marketingPhotos(page: Page): Promise<number> {
  const res = await page.request.get(`/api/clients/${clientId}/photos?use=marketing`);
  expect(res.status()).toBe(200);
  return ((await res.json()) as PhotoList).items.length;
}

beforeAll(async () => {
  browser = await launchBrowser();
  staff = await newSession(browser, baseUrl);
  await signIn(staff.page, demo.alex);
  const made = await staff.page.request.post("/api/clients", {
    data: { firstName: "Rowan", lastName: `Pryce${suffix}` },
  });
  expect(made.status()).toBe(201);
  clientId = ((await made.json()) as { id: string }).id;
  // An earlier visit: sparse first-session dots.
  await uploadViaApi(staff.page, await scalpLike(90, 7), "2026-09-01T10:00:00Z", "clinical");
});

afterAll(async () => {
  await staff?.context.close();
  await browser?.close();
});

describe("scalp photos", () => {
  it("uploads a photo through the capture screen with the outline and last visit's photo", async () => {
    const { page } = staff;
    await page.goto(`/clients/${clientId}`);
    await waitForSettled(page);
    const card = page.getByRole("region", { name: "Photos" });
    await visible(card.getByRole("img", { name: /^Scalp on / }));
    await card.getByRole("button", { name: "Add photo" }).click();
    const dialog = page.getByRole("dialog");
    await visible(dialog.getByRole("img", { name: "Outline guide: Front hairline" }));
    await chooseOption(dialog, "View", "Crown");
    await visible(dialog.getByRole("img", { name: "Outline guide: Crown" }));
    // The crown from the earlier visit lies faintly behind the guide.
    const overlay = dialog.getByTestId("previous-overlay");
    await visible(overlay);
    expect(await overlay.evaluate((el) => getComputedStyle(el).opacity)).toBe("0.3");
    const input = dialog.locator('input[type="file"]');
    expect(await input.getAttribute("accept")).toBe("image/*");
    expect(await input.getAttribute("capture")).toBe("environment");
    await input.setInputFiles({
      name: "crown-today.jpg",
      mimeType: "image/jpeg",
      buffer: await scalpLike(900, 11),
    });
    await visible(dialog.getByRole("img", { name: "New photo: Crown" }));
    await dialog
      .getByRole("checkbox", { name: /agrees this photo may be used anonymised in marketing/ })
      .check();
    await screenshot(page, "photos-capture");
    await dialog.getByRole("button", { name: "Save photo" }).click();
    await dialog.waitFor({ state: "detached" });
    await expect.poll(() => card.getByRole("img", { name: /^Scalp on / }).count()).toBe(2);
    expect(await marketingPhotos(page)).toBe(1);
  });

  it("rejects a file that is not a photo with a clear message", async () => {
    const { page } = staff;
    const card = page.getByRole("region", { name: "Photos" });
    await card.getByRole("button", { name: "Add photo" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.locator('input[type="file"]').setInputFiles({
      name: "notes.jpg",
      mimeType: "image/jpeg",
      buffer: Buffer.from("these are notes, not a photo"),
    });
    await dialog.getByRole("button", { name: "Save photo" }).click();
    const alert = await visible(dialog.getByRole("alert"));
    expect(await alert.textContent()).toContain("The file is not a photo");
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await dialog.waitFor({ state: "detached" });
  });

  it("compares two visits with a keyboard-operable slider and side by side", async () => {
    const { page } = staff;
    const card = page.getByRole("region", { name: "Photos" });
    const slider = await visible(card.getByRole("slider"));
    await visible(card.getByRole("img", { name: /^After: / }));
    await visible(card.getByRole("img", { name: /^Before: / }));
    expect(await slider.inputValue()).toBe("50");
    // The earlier visit is "before", today's photo "after".
    expect(await field(card, "Before").inputValue()).toBe("01/09/2026");
    expect(await field(card, "After").inputValue()).not.toBe("01/09/2026");
    await slider.focus();
    for (let i = 0; i < 15; i++) await page.keyboard.press("ArrowLeft");
    expect(await slider.inputValue()).toBe("35");
    const clip = await card.getByTestId("after-layer").evaluate((el) => el.style.clipPath);
    expect(clip).toBe("inset(0px 65% 0px 0px)");
    await page.waitForLoadState("networkidle");
    await screenshot(page, "photos-compare-slider");
    await card.getByText("Side by side", { exact: true }).click();
    await visible(card.getByRole("img", { name: /^Before: / }));
    await page.waitForLoadState("networkidle");
    await screenshot(page, "photos-side-by-side");
  });

  it("withdraws marketing consent in one click, and marketing listings honour it", async () => {
    const { page } = staff;
    const card = page.getByRole("region", { name: "Photos" });
    await card.getByText("Slider", { exact: true }).click();
    const badge = card.getByText("Marketing", { exact: true });
    await visible(badge);
    const caption = await card
      .getByRole("img", { name: /^Scalp on / })
      .first()
      .getAttribute("alt");
    const date = (caption ?? "").replace("Scalp on ", "");
    await card
      .getByRole("button", { name: `Actions for the ${date} photo` })
      .first()
      .click();
    await page.getByRole("menuitem", { name: "Withdraw marketing consent" }).click();
    await badge.waitFor({ state: "detached" });
    expect(await marketingPhotos(page)).toBe(0);
    await screenshot(page, "photos-client-card");
  });

  it("shows reception no photos", async () => {
    const reception = await newSession(browser, baseUrl);
    try {
      await signIn(reception.page, demo.reception);
      const res = await reception.page.request.get(`/api/clients/${clientId}/photos`);
      expect(res.status()).toBe(403);
      await reception.page.goto(`/clients/${clientId}`);
      await waitForSettled(reception.page);
      await visible(reception.page.getByRole("region", { name: "Consultations" }));
      expect(await reception.page.getByRole("region", { name: "Photos" }).count()).toBe(0);
    } finally {
      await reception.context.close();
    }
  });

  it("logged no server errors and no page errors", () => {
    expect(serverLog.errors()).toEqual([]);
    expect(staff.pageErrors).toEqual([]);
  });
});
