import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { animationsDone, type OutboxMessage, readOutbox, visible } from "./browser.ts";

/**
 * Steps a client takes that several journeys share: reading an emailed code from the dev outbox,
 * signing in to the portal, drawing a signature, and the accessibility check every client page
 * must pass.
 */

/** axe's serious and critical findings on the page (open shadow roots included), one line each. */
export async function axeProblems(page: Page): Promise<string[]> {
  await animationsDone(page);
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "critical" || v.impact === "serious")
    .map(
      (v) =>
        `[${v.impact}] ${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(" | ")})`,
    );
}

/**
 * The 6-digit code in the newest email to `to` whose subject starts with `subject`, sent after
 * `after` (ms since the epoch), waiting up to 30 s for it to arrive.
 */
export async function emailedCode(
  baseUrl: string,
  to: string,
  subject: string,
  after = 0,
): Promise<string> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const messages: OutboxMessage[] = await readOutbox(baseUrl, to);
    const mail = messages.find(
      (m) => m.subject.startsWith(subject) && Date.parse(m.createdAt) >= after - 1000,
    );
    const code = mail && /\b(\d{6})\b/.exec(mail.bodyText)?.[1];
    if (code) return code;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`No "${subject}" code reached ${to}`);
}

/** Signs in to a clinic's portal the way a client does: email, then the emailed code. */
export async function portalSignIn(page: Page, baseUrl: string, slug: string, email: string) {
  await page.goto(`${baseUrl}/portal/${slug}/sign-in`);
  await page.getByLabel("Email address").fill(email);
  const asked = Date.now();
  await page.getByRole("button", { name: "Email me a code" }).click();
  const code = await emailedCode(baseUrl, email, "Your sign-in code", asked);
  await page.getByLabel("6-digit code").fill(code);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname.replace(/\/$/, "") === `/portal/${slug}`);
}

/** Draws a signature with the mouse on the signature pad. */
export async function drawSignature(page: Page) {
  const pad = page.getByRole("img", { name: /^Your signature/ });
  await pad.scrollIntoViewIfNeeded();
  const box = await pad.boundingBox();
  if (!box) throw new Error("No signature pad on the page");
  const y = box.y + box.height * 0.6;
  await page.mouse.move(box.x + 20, y);
  await page.mouse.down();
  for (let i = 1; i <= 24; i++) {
    await page.mouse.move(box.x + 20 + i * ((box.width - 60) / 24), y - Math.sin(i / 2.5) * 30, {
      steps: 2,
    });
  }
  await page.mouse.up();
  await visible(page.getByText("Signed", { exact: true }));
}

/** A drawn signature as a PNG data URL, for signing through the API (a plan accepted in clinic). */
export function signatureDataUrl(page: Page): Promise<string> {
  return page.evaluate(() => {
    const canvas = document.createElement("canvas");
    canvas.width = 300;
    canvas.height = 120;
    const ctx = canvas.getContext("2d");
    if (!ctx) throw new Error("no canvas");
    ctx.lineWidth = 3;
    ctx.beginPath();
    ctx.moveTo(10, 70);
    ctx.bezierCurveTo(60, 10, 120, 110, 180, 50);
    ctx.stroke();
    return canvas.toDataURL("image/png");
  });
}
