import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  animationsDone,
  demo,
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
import { drawSignature } from "./support/client-steps.ts";
import { watchServerErrors } from "./support/server-log.ts";

/**
 * Issue 6, consents: the owner edits a form (a new version), a client signs every form
 * separately in the portal on a phone with a drawn signature (one typed, by keyboard), downloads
 * the PDF copy and withdraws photo-marketing consent in one click. Axe on each page.
 * Screenshots: e2e/screenshots/consents-*.png.
 */
const baseUrl = inject("baseUrl");
const serverLog = watchServerErrors();
const SLUG = "southampton-smp-studio";
const suffix = Date.now().toString(36).slice(-4);
const person = { first: "Robin", last: `Fairley${suffix}` };
const email = `${person.first}.${person.last}@example.com`.toLowerCase();
const phone = { width: 390, height: 844 };
const EXTRA = `Added in the browser test ${suffix}: please bring photo ID.`;

let browser: Browser;
let staff: Session;
let client: Session;
let clientId = "";

/**
 * Axe on a page, or on one part of it. Portal pages check `#portal-main` (this feature's content)
 * and open dialogs: the portal's shell around it is covered by the portal's own specs.
 */
async function axeCheck(page: Page, name: string, scope?: string) {
  await animationsDone(page);
  const builder = new AxeBuilder({ page });
  if (scope) builder.include(scope);
  const results = await builder.analyze();
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

beforeAll(async () => {
  browser = await launchBrowser();
  staff = await newSession(browser, baseUrl);
  await signIn(staff.page, demo.owner);
  const res = await staff.page.request.post("/api/clients", {
    data: { firstName: person.first, lastName: person.last, email },
  });
  expect(res.status()).toBe(201);
  clientId = (await res.json()).id;
  client = await newSession(browser, baseUrl, phone);
});

afterAll(async () => {
  await client?.context.close();
  await staff?.context.close();
  await browser?.close();
  expect(serverLog.errors()).toEqual([]);
});

describe("consent forms", () => {
  it("the owner saves an edited cancellation policy as a new version", async () => {
    const { page } = staff;
    await page.goto("/settings/consents");
    await page.getByRole("button", { name: /^Cancellation policy/ }).click();
    const body = page.getByLabel("Text", { exact: true });
    await visible(body, NAVIGATION_TIMEOUT);
    await body.fill(`${await body.inputValue()}\n\n${EXTRA}`);
    await visible(page.getByText(EXTRA).last());
    await screenshot(page, "consents-settings-editor");
    await axeCheck(page, "settings");
    await page.getByRole("button", { name: /^Save as version \d+$/ }).click();
    const dialog = page.getByRole("dialog");
    await visible(dialog.getByText(/keeps the exact text of the version they signed/));
    await axeCheck(page, "settings confirm");
    await dialog.getByRole("button", { name: /^Save version \d+$/ }).click();
    await visible(page.getByText(/^Saved as version \d+\.$/));
    await page
      .getByRole("button", { name: /^Version \d+/ })
      .first()
      .click();
    await screenshot(page, "consents-settings-history");
  });

  it("shows the client's forms on the client page", async () => {
    const { page } = staff;
    await page.goto(`/clients/${clientId}`);
    const card = page.getByRole("heading", { name: "Consent forms" });
    await visible(card, NAVIGATION_TIMEOUT);
    await waitForSettled(page);
    await visible(page.getByText("Not signed").first());
    await screenshot(page, "consents-client-card");
    await axeCheck(page, "client page");
  });

  it("the client signs in to the portal on a phone and signs each form separately", async () => {
    const { page } = client;
    await page.goto(`/portal/${SLUG}/sign-in`);
    await page.getByLabel("Email address").fill(email);
    const asked = Date.now();
    await page.getByRole("button", { name: "Email me a code" }).click();
    await page.getByLabel("6-digit code").fill(await signInCode(email, asked));
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(
      (url) => url.pathname.startsWith(`/portal/${SLUG}`) && !url.pathname.endsWith("/sign-in"),
    );
    await page.goto(`/portal/${SLUG}/consents`);
    await visible(page.getByRole("heading", { level: 1, name: "Forms" }), NAVIGATION_TIMEOUT);
    await screenshot(page, "consents-portal-to-sign");
    await axeCheck(page, "portal list", "#portal-main");

    const titles = await page
      .getByRole("button", { name: /^Read and sign: / })
      .evaluateAll((els) =>
        els.map((e) => (e.getAttribute("aria-label") ?? "").replace("Read and sign: ", "")),
      );
    expect(titles).toHaveLength(6);
    for (const [i, title] of titles.entries()) {
      await page.getByRole("button", { name: `Read and sign: ${title}` }).click();
      await visible(page.getByRole("heading", { name: title }));
      if (title === "Cancellation policy") await visible(page.getByText(EXTRA));
      // Signing without ticking the box is refused with a clear message.
      if (i === 0) {
        await page.getByRole("button", { name: "Sign", exact: true }).click();
        await visible(page.getByText("Tick the box to confirm you have read and agree."));
      }
      await page.getByLabel("I have read and agree").check();
      if (title.startsWith("Photos for marketing")) {
        // Keyboard alternative: type the name instead of drawing.
        // The choice is a segmented control: its radio input is hidden behind the label.
        await page.locator("label", { hasText: "Type my name to sign" }).click();
        await visible(page.getByLabel("Type your name to sign"));
      } else {
        await drawSignature(page);
      }
      if (i === 0) {
        await screenshot(page, "consents-portal-sign-panel");
        await axeCheck(page, "sign panel", "#portal-main");
      }
      await page.getByRole("button", { name: "Sign", exact: true }).click();
      await visible(page.getByText(`“${title}” is signed`));
    }
    await visible(page.getByText("You have signed everything the clinic needs. Thank you."));
    await screenshot(page, "consents-portal-signed");
    await axeCheck(page, "portal signed", "#portal-main");
  });

  it("downloads the PDF copy of a signed form", async () => {
    const { page } = client;
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: /^Download the PDF of Cancellation policy/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^signed-form-policy-cancellation-v\d+\.pdf$/);
    const file = await download.path();
    expect(readFileSync(file).subarray(0, 5).toString()).toBe("%PDF-");
    const notes = await readOutbox(baseUrl, email);
    expect(notes.filter((m) => m.subject.startsWith("Your signed form"))).toHaveLength(6);
  });

  it("withdraws photo-marketing consent in one click, after a clear confirmation", async () => {
    const { page } = client;
    await page.getByRole("button", { name: "Stop using my photos for marketing" }).click();
    const dialog = page.getByRole("dialog");
    await visible(dialog.getByText(/none of your photos will be used for marketing/));
    await screenshot(page, "consents-portal-withdraw-confirm");
    await axeCheck(page, "withdraw confirm", "[role=dialog]");
    await dialog.getByRole("button", { name: "Yes, stop using my photos" }).click();
    await visible(page.getByText(/Done: your photos are no longer used for marketing/));
    await visible(page.getByText(/^Withdrawn /));
    await screenshot(page, "consents-portal-withdrawn");
    await axeCheck(page, "withdrawn", "#portal-main");

    // The clinic sees it at once.
    await staff.page.goto(`/clients/${clientId}`);
    await visible(staff.page.getByText("Withdrawn", { exact: true }), NAVIGATION_TIMEOUT);
    await screenshot(staff.page, "consents-client-card-after");
  });
});
