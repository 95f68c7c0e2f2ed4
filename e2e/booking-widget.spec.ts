import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { PublicBookingSettingsView } from "../src/shared/contracts/public-booking.ts";
import {
  animationsDone,
  CLINIC_NAME,
  demo,
  launchBrowser,
  NAVIGATION_TIMEOUT,
  newSession,
  readOutbox,
  type Session,
  screenshot,
  signIn,
  viewports,
  visible,
} from "./support/browser.ts";
import { watchServerErrors } from "./support/server-log.ts";

/**
 * Acceptance (issue 6, booking widget): the widget is embedded with one script tag in a plain page
 * served from another origin (localhost vs the server's 127.0.0.1, on its own port). A stranger
 * uses the estimate step, chooses a consultation and a time, gives their details, reads the
 * code from the dev outbox and sees the confirmation with the prep link, on a phone (390×844)
 * and on a desktop; axe on every step; a keyboard-only run; the iframe fallback and the hosted
 * page /book/<slug>. Screenshots: e2e/screenshots/widget-*.png.
 */
const baseUrl = inject("baseUrl");
const serverLog = watchServerErrors();
const SLUG = "southampton-smp-studio";
const phone = { width: 390, height: 844 };
const suffix = Date.now().toString(36).slice(-5);
/** Each journey runs axe on every step on a two-core machine: give it room. */
const JOURNEY_TIMEOUT = 300_000;

let browser: Browser;
let staff: Session;
let site: Server;
let siteOrigin = "";
let savedSettings: PublicBookingSettingsView | null = null;

/** The clinic's own website: a plain page with only the widget's script tag (or the iframe). */
function startClinicSite(): Promise<Server> {
  const page = (title: string, body: string) =>
    `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>
<style>body{margin:0;padding:16px;font-family:Georgia,serif;background:#faf7f2;color:#222}h1{font-size:20px}button{background:hotpink;font-size:30px}</style></head>
<body><h1>Harbour Street Clinic</h1>${body}</body></html>`;
  const server = createServer((req, res) => {
    res.setHeader("content-type", "text/html; charset=utf-8");
    if (req.url === "/iframe") {
      res.end(
        page(
          "Book online (iframe)",
          `<iframe src="${baseUrl}/book/${SLUG}" title="Book a consultation" style="width:100%;height:900px;border:0"></iframe>`,
        ),
      );
      return;
    }
    res.end(
      page(
        "Book online",
        `<script src="${baseUrl}/widget/stipple-booking.js" data-clinic="${SLUG}" async></script>`,
      ),
    );
  });
  return new Promise((resolve) => server.listen(0, "localhost", () => resolve(server)));
}

async function api<T>(page: Page, method: string, path: string, data?: unknown): Promise<T> {
  const res = await page.request.fetch(`/api${path}`, { method, data });
  const text = await res.text();
  expect(res.status(), `${method} ${path}: ${text}`).toBe(200);
  return JSON.parse(text) as T;
}

async function axeProblems(page: Page): Promise<string[]> {
  await animationsDone(page);
  // axe-core reads open shadow roots, so the widget inside its shadow root is checked too.
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "critical" || v.impact === "serious")
    .map((v) => `[${v.impact}] ${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(" | ")})`);
}

async function checkStep(page: Page, name: string) {
  expect(await axeProblems(page), name).toEqual([]);
  await screenshot(page, `widget-${name}`);
}

function heading(page: Page, name: string | RegExp) {
  return page.getByRole("heading", { name, level: 2 });
}

/** The 6-digit code in the newest booking-code email to `email`. */
async function codeFor(email: string, after = new Set<string>()): Promise<string> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const messages = await readOutbox(baseUrl, email);
    const mail = messages.find(
      (m) => !after.has(m.id) && m.subject === `Your booking code for ${CLINIC_NAME}`,
    );
    const code = mail?.bodyText.match(/\b(\d{6})\b/)?.[1];
    if (code) return code;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`No booking code emailed to ${email}`);
}

/** Waits for the times to load; moves on a week while a week has none. */
async function firstTime(page: Page) {
  for (let week = 0; week < 4; week++) {
    await page.locator('[aria-busy="true"]').first().waitFor({ state: "detached" });
    const time = page.locator("button.time").first();
    if (await time.isVisible()) return time;
    await visible(page.getByText("No free times this week — try next week"));
    await page.getByRole("button", { name: "Next week", exact: true }).first().click();
  }
  throw new Error("No free consultation time in the next four weeks");
}

beforeAll(async () => {
  site = await startClinicSite();
  siteOrigin = `http://localhost:${(site.address() as AddressInfo).port}`;
  browser = await launchBrowser();
  staff = await newSession(browser, baseUrl);
  await signIn(staff.page, demo.owner);
  // The owner allows the clinic's website to embed online booking (Settings → Online booking).
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
});

describe("booking widget on a clinic's website", () => {
  for (const [label, viewport, mode, service] of [
    ["phone", phone, "Video call", "Video consultation"],
    ["desktop", viewports.desktop, "In person", "Consultation"],
  ] as const) {
    it(
      `books a consultation with an emailed code (${label})`,
      async () => {
        const session = await newSession(browser, siteOrigin, viewport);
        const { page } = session;
        const email = `wren.ashby.${label}.${suffix}@example.com`;
        try {
          await page.goto("/");
          await visible(heading(page, "Book a free consultation"), NAVIGATION_TIMEOUT);
          // The host page's CSS (serif, hot pink buttons) does not reach into the widget.
          const start = page.getByRole("button", { name: "Get started" });
          expect(await start.evaluate((b) => getComputedStyle(b).backgroundColor)).not.toBe(
            "rgb(255, 105, 180)",
          );
          await checkStep(page, `${label}-1-welcome`);

          await start.click();
          await visible(heading(page, "Which picture is closest to your hair?"));
          await page.getByRole("radio", { name: /^Norwood III vertex\s*,/ }).check();
          await visible(page.getByText("likely sessions"));
          await visible(page.getByText(/estimate/i));
          await checkStep(page, `${label}-2-estimate`);
          if (label === "desktop") {
            await page.getByRole("button", { name: "Thinning on top" }).click();
            await page.getByRole("radio", { name: /^Ludwig II\s*,/ }).check();
            await visible(page.getByText("likely sessions"));
            await screenshot(page, "widget-desktop-2-estimate-ludwig");
          }
          await page.getByRole("button", { name: "Continue" }).click();

          await visible(heading(page, "Your consultation"));
          await page.getByRole("radio", { name: new RegExp(`^${service} `) }).check();
          await page.getByRole("radio", { name: new RegExp(`^${mode} `) }).check();
          await checkStep(page, `${label}-3-consultation`);
          await page.getByRole("button", { name: "See available times" }).click();

          await visible(heading(page, "Choose a time"));
          const time = await firstTime(page);
          await checkStep(page, `${label}-4-times`);
          await time.click();

          await visible(heading(page, "Your details"));
          await visible(page.getByText("We're holding this time for"));
          await page.getByLabel("First name").fill("Wren");
          await page.getByLabel("Last name").fill(`Ashby${suffix}`);
          await page.getByLabel("Email").fill("wren.ashby@");
          await page.getByLabel("Last name").focus();
          await visible(page.getByText("Enter an email address like name@example.co.uk."));
          await checkStep(page, `${label}-5-details-invalid`);
          await page.getByLabel("Email").fill(email);
          await page.getByLabel("Phone (optional)").fill("07700 900123");
          await page.getByRole("button", { name: "Send my code" }).click();

          await visible(heading(page, "Check your email"));
          await visible(page.getByText(email));
          const code = await codeFor(email);
          const wrong = code.replace(/^./, (d) => String((Number(d) + 1) % 10));
          await page.getByLabel("6-digit code").fill(wrong);
          await page.getByRole("button", { name: "Confirm booking" }).click();
          await visible(page.getByRole("alert").filter({ hasText: /not right.*4 tries left/ }));
          await checkStep(page, `${label}-6-code-wrong`);
          await page.getByLabel("6-digit code").fill(code);
          await page.getByRole("button", { name: "Confirm booking" }).click();

          await visible(heading(page, "You're booked in"));
          const prep = page.getByRole("link", {
            name: /Upload your photos and answer a few questions/,
          });
          expect(await prep.getAttribute("href")).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/prep\//);
          await visible(page.getByText(mode === "In person" ? /Southampton/ : /video call/i));
          await checkStep(page, `${label}-7-confirmed`);
          expect(session.pageErrors).toEqual([]);
        } finally {
          await session.context.close();
        }
      },
      JOURNEY_TIMEOUT,
    );
  }

  it(
    "books by keyboard alone (Tab, Enter, Space, arrows)",
    async () => {
      const session = await newSession(browser, siteOrigin, phone);
      const { page } = session;
      const email = `quinn.hale.keys.${suffix}@example.com`;
      const kb = page.keyboard;
      try {
        await page.goto("/");
        await visible(heading(page, "Book a free consultation"), NAVIGATION_TIMEOUT);
        await tabTo(page, (f) => f.text === "Get started");
        await kb.press("Enter");
        await visible(heading(page, "Which picture is closest to your hair?"));
        expect((await focused(page)).text).toBe("Which picture is closest to your hair?");
        // Into the pictures: the first gets focus, an arrow key moves to and picks the next.
        await tabTo(page, (f) => f.name === "estimate-stage");
        await kb.press("ArrowRight");
        await kb.press("ArrowRight");
        await visible(page.getByText("likely sessions"));
        await tabTo(page, (f) => f.text === "Continue");
        await kb.press("Enter");

        await visible(heading(page, "Your consultation"));
        await tabTo(page, (f) => f.name === "mode");
        await kb.press("Space");
        await tabTo(page, (f) => f.name === "location");
        await kb.press("Space");
        await tabTo(page, (f) => f.text === "See available times");
        await kb.press("Enter");

        await visible(heading(page, "Choose a time"));
        await page.locator('[aria-busy="true"]').first().waitFor({ state: "detached" });
        for (
          let week = 0;
          week < 4 && !(await page.locator("button.time").first().isVisible());
          week++
        ) {
          await tabTo(page, (f) => f.text === "Next week");
          await kb.press("Enter");
          await page.locator('[aria-busy="true"]').first().waitFor({ state: "detached" });
        }
        await tabTo(page, (f) => f.cls.includes("time"));
        await kb.press("Enter");

        await visible(heading(page, "Your details"));
        await tabTo(page, (f) => f.id === "first-name");
        await kb.type("Quinn");
        await kb.press("Tab");
        await kb.type(`Hale${suffix}`);
        await kb.press("Tab");
        await kb.type(email);
        await tabTo(page, (f) => f.text === "Send my code");
        await kb.press("Enter");

        await visible(heading(page, "Check your email"));
        const code = await codeFor(email);
        await tabTo(page, (f) => f.id === "code");
        await kb.type(code);
        await kb.press("Enter");

        await visible(heading(page, "You're booked in"));
        expect((await focused(page)).text).toBe("You're booked in");
        await tabTo(page, (f) => f.text.startsWith("Upload your photos"));
        await screenshot(page, "widget-keyboard-confirmed-focus");
        expect(session.pageErrors).toEqual([]);
      } finally {
        await session.context.close();
      }
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "loads in the iframe fallback and on the hosted page",
    async () => {
      const session = await newSession(browser, siteOrigin, viewports.desktop);
      const { page } = session;
      try {
        await page.goto("/iframe");
        const frame = page.frameLocator(`iframe[title="Book a consultation"]`);
        await visible(
          frame.getByRole("heading", { name: "Book a free consultation" }),
          NAVIGATION_TIMEOUT,
        );
        await screenshot(page, "widget-iframe-fallback");

        await page.setViewportSize(phone);
        await page.goto(`${baseUrl}/book/${SLUG}`);
        await visible(heading(page, "Book a free consultation"), NAVIGATION_TIMEOUT);
        expect(await page.title()).toBe(`Book a consultation · ${CLINIC_NAME}`);
        await checkStep(page, "hosted-page-phone");

        const missing = await page.goto(`${baseUrl}/book/no-such-clinic`);
        expect(missing?.status()).toBe(404);
        await visible(page.getByRole("heading", { name: "Online booking is not available" }));
        expect(session.pageErrors).toEqual([]);
      } finally {
        await session.context.close();
      }
      expect(serverLog.errors()).toEqual([]);
    },
    JOURNEY_TIMEOUT,
  );
});

interface Focused {
  text: string;
  id: string;
  name: string;
  cls: string;
}

/** The focused element, looking inside shadow roots. */
function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el) return { text: "", id: "", name: "", cls: "" };
    return {
      text: (el.textContent ?? "").trim(),
      id: el.id,
      name: el.getAttribute("name") ?? "",
      cls: typeof el.className === "string" ? el.className : "",
    };
  });
}

/** Presses Tab until the focused element matches (at most 40 times). */
async function tabTo(page: Page, match: (f: Focused) => boolean) {
  for (let i = 0; i < 40; i++) {
    if (match(await focused(page))) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(
    `Tab never reached the element; focus is on ${JSON.stringify(await focused(page))}`,
  );
}
