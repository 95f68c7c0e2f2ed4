import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  animationsDone,
  CLINIC_NAME,
  demo,
  gone,
  launchBrowser,
  newSession,
  type Session,
  screenshot,
  signIn,
  visible,
  waitForEmailLink,
  waitForSettled,
} from "./support/browser.ts";
import { watchServerErrors } from "./support/server-log.ts";

/**
 * Acceptance (remote consultation): Alex emails a prep link from the consultation; the client
 * opens it on a phone (390×844), sends the six guided photos and a scar, answers the intake one
 * section at a time and finishes; Alex sees the photos and the client's answers on the
 * consultation and confirms them. axe on every prep page; screenshots e2e/screenshots/prep-*.png.
 */
const baseUrl = inject("baseUrl");
const serverLog = watchServerErrors();
const phone = { width: 390, height: 844 };
const stamp = Date.now().toString(36);
const client = {
  firstName: "Morgan",
  lastName: `Prep${stamp}`,
  email: `prep-${stamp}@example.test`,
};
const GUIDED = [
  ["front_hairline", "Front hairline"],
  ["left_temple", "Left temple"],
  ["right_temple", "Right temple"],
  ["top", "Top of the head"],
  ["crown", "Crown"],
  ["back", "Back of the head"],
] as const;

let browser: Browser;
let alex: Session;
let consultationId = "";
let link = "";

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
    .map((v) => `[${v.impact}] ${v.id}: ${v.help} (${v.nodes.map((n) => n.html).join(" | ")})`);
}

/** A phone-sized test photo (never a person): portrait, in a skin-like tone, per view. */
function testJpeg(shade: number) {
  return sharp({
    create: {
      width: 900,
      height: 1200,
      channels: 3,
      background: { r: 150 + shade, g: 112, b: 96 },
    },
  })
    .jpeg({ quality: 80 })
    .toBuffer();
}

beforeAll(async () => {
  browser = await launchBrowser();
  alex = await newSession(browser, baseUrl);
  await signIn(alex.page, demo.alex);
  const created = await call<{ id: string }>(alex.page, "POST", "/clients", client, 201);
  consultationId = (
    await call<{ id: string }>(
      alex.page,
      "POST",
      "/consultations",
      { clientId: created.id, mode: "video" },
      201,
    )
  ).id;
}, 120_000);

afterAll(async () => {
  await alex?.context.close();
  await browser?.close();
});

describe("remote consultation prep", () => {
  it("Alex emails the prep link from the consultation", async () => {
    const { page } = alex;
    await page.goto(`/consultations/${consultationId}?step=intake`);
    const card = page.getByRole("region", { name: "Before the consultation" });
    await visible(card);
    await visible(card.getByText("No link sent yet."));
    await card.getByRole("button", { name: "Email the link" }).click();
    await visible(card.getByText(`Link emailed to ${client.email}.`));
    await visible(card.getByText(/not opened yet/));
    link = await waitForEmailLink(
      baseUrl,
      client.email,
      new RegExp(`^Before your appointment at ${CLINIC_NAME}$`),
      /\/prep\//,
    );
    expect(link).toMatch(/\/prep\/[A-Za-z0-9_-]{43}$/);
    await waitForSettled(page);
    await screenshot(page, "prep-staff-link-sent");
  }, 120_000);

  it("the client sends the guided photos and answers the questions on a phone", async () => {
    const visitor = await newSession(browser, baseUrl, phone);
    const { page } = visitor;
    try {
      await page.goto(new URL(link).pathname);
      await visible(page.getByRole("heading", { name: `Hello ${client.firstName}` }));
      await visible(page.getByText(CLINIC_NAME).first());
      const text = ((await page.locator("body").textContent()) ?? "").toLowerCase();
      for (const word of [client.lastName.toLowerCase(), "pigment", "hair loss"])
        expect(text).not.toContain(word);
      await waitForSettled(page);
      await screenshot(page, "prep-phone-welcome");
      expect(await axeProblems(page)).toEqual([]);
      await page.getByRole("button", { name: "Start", exact: true }).click();

      for (const [i, [view, title]] of GUIDED.entries()) {
        await visible(page.getByRole("heading", { name: title }));
        await visible(page.getByRole("img", { name: /Outline guide: how to frame/ }));
        if (i === 0) {
          await screenshot(page, "prep-phone-photo-guide");
          expect(await axeProblems(page)).toEqual([]);
        }
        await page.getByTestId(`camera-${view}`).setInputFiles({
          name: `${view}.jpg`,
          mimeType: "image/jpeg",
          buffer: await testJpeg(i * 10),
        });
        await visible(page.getByRole("img", { name: `Your photo: ${title}` }));
        await visible(page.getByText("Photo sent"));
        if (i === 0) {
          await screenshot(page, "prep-phone-photo-sent");
          expect(await axeProblems(page)).toEqual([]);
        }
        await page.getByRole("button", { name: "Next", exact: true }).click();
      }

      // Scars: optional; one, with where it is.
      await visible(page.getByRole("heading", { name: "Scars (optional)" }));
      await page.getByRole("button", { name: "Take photo", exact: true }).click();
      await visible(page.getByText("Say where the scar is first."));
      await page.getByLabel("Where is the scar?").fill("Strip scar across the back");
      await page.getByTestId("camera-scar").setInputFiles({
        name: "scar.jpg",
        mimeType: "image/jpeg",
        buffer: await testJpeg(60),
      });
      await visible(page.getByText("Strip scar across the back"));
      await screenshot(page, "prep-phone-scars");
      expect(await axeProblems(page)).toEqual([]);
      await page.getByRole("button", { name: "Finish photos" }).click();

      // The questionnaire, one section at a time.
      await visible(page.getByText(/Questions · section 1 of \d+/));
      let first = true;
      for (;;) {
        const heading = page.getByRole("heading", { level: 2 });
        await visible(heading);
        for (const radio of await page.getByRole("radio", { name: /^No\b/ }).all()) {
          await radio.click();
        }
        if (first) {
          await screenshot(page, "prep-phone-questions");
          expect(await axeProblems(page)).toEqual([]);
          first = false;
        }
        const send = page.getByRole("button", { name: "Send my answers" });
        if (await send.count()) {
          await screenshot(page, "prep-phone-questions-last");
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
      await visible(page.getByRole("heading", { name: `Thank you, ${client.firstName}` }));
      await screenshot(page, "prep-phone-finished");
      expect(await axeProblems(page)).toEqual([]);

      // Coming back later: both parts show as finished.
      await page.reload();
      await visible(page.getByRole("heading", { name: `Hello ${client.firstName}` }));
      expect(await page.getByText("Finished").count()).toBe(2);
      expect(await axeProblems(page)).toEqual([]);
      expect(visitor.pageErrors).toEqual([]);
    } finally {
      await visitor.context.close();
    }
  }, 240_000);

  it("Alex sees the photos and the client's answers, and confirms them", async () => {
    const { page } = alex;
    await page.goto(`/consultations/${consultationId}?step=intake`);
    const card = page.getByRole("region", { name: "Before the consultation" });
    await visible(card.getByText("Questions done"));
    await visible(card.getByText("Photos done"));
    await visible(card.getByText(/opened \d\d\/\d\d\/\d{4}/));
    await visible(card.getByRole("img", { name: "Crown photo" }));
    await visible(card.getByRole("img", { name: "Scar: Strip scar across the back photo" }));
    expect(await card.getByRole("img").count()).toBe(7);
    const review = card.getByText(/^Answered by the client on .* — review$/);
    await visible(review);
    await waitForSettled(page);
    await screenshot(page, "prep-staff-review");
    await card.getByRole("button", { name: "Confirm reviewed" }).click();
    await gone(review);
    // The consultation's screening ran on the client's answers.
    await page.goto(`/consultations/${consultationId}?step=screening`);
    await waitForSettled(page);
    await screenshot(page, "prep-staff-screening");
    expect(alex.pageErrors).toEqual([]);
    expect(serverLog.errors()).toEqual([]);
  }, 120_000);
});
