import { mkdirSync } from "node:fs";
import path from "node:path";
import {
  type Browser,
  type BrowserContext,
  chromium,
  type Locator,
  type Page,
} from "playwright-core";

/** Every demo account signs in with this password (printed by the server on first start). */
export const DEMO_PASSWORD = "stipple-demo-2026";
export const demo = {
  owner: "owner@southampton-smp.example.com",
  admin: "admin@southampton-smp.example.com",
  alex: "alex@southampton-smp.example.com",
  jamie: "jamie@southampton-smp.example.com",
  priya: "priya@southampton-smp.example.com",
  reception: "reception@southampton-smp.example.com",
} as const;
export const CLINIC_NAME = "Southampton SMP Studio";

/** Generous per-action timeouts: two cores run the server, Postgres and Chromium together. */
export const ACTION_TIMEOUT = 20_000;
export const NAVIGATION_TIMEOUT = 45_000;

export const viewports = {
  desktop: { width: 1280, height: 800 },
  tablet: { width: 820, height: 1180 },
} as const;
export type ViewportName = keyof typeof viewports;

const screenshotDir = path.resolve(import.meta.dirname, "../screenshots");

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-dev-shm-usage",
    ],
  });
}

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Uncaught exceptions in the page (React crashes and the like), for a spec to assert on. */
  pageErrors: string[];
}

/** A fresh context (no cookies) with the clinic's locale and zone, and one page in it. */
export async function newSession(
  browser: Browser,
  baseUrl: string,
  viewport: { width: number; height: number } = viewports.desktop,
): Promise<Session> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport,
    locale: "en-GB",
    timezoneId: "Europe/London",
    reducedMotion: "reduce",
  });
  context.setDefaultTimeout(ACTION_TIMEOUT);
  context.setDefaultNavigationTimeout(NAVIGATION_TIMEOUT);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));
  return { context, page, pageErrors };
}

/** Signs in through the sign-in page and waits until the staff app has loaded. */
export async function signIn(page: Page, email: string, password: string = DEMO_PASSWORD) {
  await page.goto("/sign-in");
  await field(page, "Email").fill(email);
  await field(page, "Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
  await accountMenu(page).waitFor({ state: "visible", timeout: NAVIGATION_TIMEOUT });
}

/** The button in the header that opens the user menu (name, role, "Sign out"). */
export function accountMenu(page: Page): Locator {
  return page.getByRole("button", { name: /^Account menu for / });
}

export async function signOut(page: Page) {
  await accountMenu(page).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await page.waitForURL((url) => url.pathname.startsWith("/sign-in"));
}

/** The main navigation (a drawer behind the burger button below desktop width). */
export async function openNav(page: Page, label: string) {
  const nav = page.getByRole("navigation", { name: "Main", exact: true });
  const burger = page.getByRole("button", { name: "Open navigation" });
  const link = nav.getByRole("link", { name: label, exact: true });
  if (!(await link.isVisible()) && (await burger.isVisible())) await burger.click();
  await link.click();
}

/** Opens a settings section whether the UI shows sections as tabs or as links. */
export async function openSettingsSection(page: Page, name: string) {
  const main = page.getByRole("main");
  const target = main
    .getByRole("tab", { name, exact: true })
    .or(main.getByRole("link", { name, exact: true }))
    .first();
  await target.click();
}

/**
 * The form control labelled exactly `text`. Playwright's getByLabel reads a label's whole text,
 * so Mantine's required marker (" *", hidden from assistive tech) is allowed after it.
 */
export function field(scope: Page | Locator, text: string): Locator {
  return scope.getByLabel(new RegExp(`^${escapeRegExp(text)}(\\s*\\*)?$`));
}

/**
 * Picks an option in a Mantine Select (a combobox with a listbox of options): opens it, types
 * into it when it is searchable, and clicks the option whose name matches.
 */
export async function chooseOption(scope: Page | Locator, label: string, option: string | RegExp) {
  const page = "page" in scope ? scope.page() : scope;
  const input = field(scope, label).first();
  await input.click();
  if (typeof option === "string" && (await input.isEditable())) await input.fill(option);
  const name = typeof option === "string" ? new RegExp(`^${escapeRegExp(option)}`) : option;
  await page.getByRole("option", { name }).first().click();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Waits until the first element the locator matches is visible (playwright-core has no expect). */
export async function visible(locator: Locator, timeout = ACTION_TIMEOUT): Promise<Locator> {
  await locator.first().waitFor({ state: "visible", timeout });
  return locator.first();
}

/** Waits until nothing the locator matches is left in the page. */
export async function gone(locator: Locator, timeout = ACTION_TIMEOUT) {
  await locator.first().waitFor({ state: "detached", timeout });
}

/** Saves a full-page screenshot as e2e/screenshots/<name>.png (the folder is git-ignored). */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true, animations: "disabled" });
  return file;
}

/** Waits until no skeleton or other busy region is left on the page. */
export async function waitForSettled(page: Page) {
  const busy = page.locator('[aria-busy="true"], .mantine-Skeleton-root');
  await busy.first().waitFor({ state: "detached", timeout: NAVIGATION_TIMEOUT });
}

export interface OutboxMessage {
  id: string;
  channel: "email" | "sms";
  recipient: string;
  subject: string;
  bodyText: string;
  bodyHtml: string | null;
  status: string;
  createdAt: string;
}

/** Messages Stipple "sent" to `to`, newest first, from the dev outbox API. */
export async function readOutbox(baseUrl: string, to: string): Promise<OutboxMessage[]> {
  const res = await fetch(`${baseUrl}/api/dev/outbox?to=${encodeURIComponent(to)}`);
  if (!res.ok) throw new Error(`GET /api/dev/outbox answered ${res.status}: ${await res.text()}`);
  const body = (await res.json()) as { messages: OutboxMessage[] };
  return body.messages;
}

/** The first link in the message's text body that matches `pattern`. */
export function linkIn(message: OutboxMessage, pattern: RegExp): string | undefined {
  for (const match of message.bodyText.matchAll(/https?:\/\/[^\s<>"')]+/g)) {
    if (pattern.test(match[0])) return match[0];
  }
  return undefined;
}

/**
 * Waits for the newest message to `to` whose subject matches and which has a link matching
 * `pattern` (mail goes out after the request that triggers it), and returns that link.
 */
export async function waitForEmailLink(
  baseUrl: string,
  to: string,
  subject: RegExp,
  pattern: RegExp,
  timeoutMs = 30_000,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let seen: OutboxMessage[] = [];
  while (Date.now() < deadline) {
    seen = await readOutbox(baseUrl, to);
    for (const message of seen) {
      if (!subject.test(message.subject)) continue;
      const link = linkIn(message, pattern);
      if (link) return link;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(
    `No email to ${to} with subject ${subject} and a link like ${pattern} within ${timeoutMs / 1000} s; outbox has: ${JSON.stringify(seen.map((m) => m.subject))}`,
  );
}

/**
 * Waits until no CSS transition or animation is running (a dialog fading in, say), so an
 * accessibility scan measures the colours the person ends up seeing, not a half-faded frame.
 */
export async function animationsDone(page: Page) {
  await page.waitForFunction(
    () =>
      document
        .getAnimations()
        // Endless ones (a spinner) never finish: only transitions and one-off animations count.
        .every((a) => a.playState !== "running" || a.effect?.getTiming().iterations === Infinity),
    undefined,
    { timeout: ACTION_TIMEOUT },
  );
}
