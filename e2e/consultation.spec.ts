import { mkdirSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  INTAKE_QUESTIONNAIRE,
  nothingToReport,
  visibleQuestions,
} from "../src/domain/screening/index.ts";
import type { Answers } from "../src/domain/screening/types.ts";
import {
  demo,
  field,
  gone,
  launchBrowser,
  NAVIGATION_TIMEOUT,
  newSession,
  type Session,
  signIn,
  type ViewportName,
  viewports,
  visible,
  waitForSettled,
} from "./support/browser.ts";
import { addDays, clinicToday } from "./support/dates.ts";
import { watchServerErrors } from "./support/server-log.ts";

/**
 * A practitioner runs a consultation on the clinic's tablet: medical questions (a blood thinner),
 * screening that asks for a GP letter, the letter recorded, assessment, expectations, plan, and
 * the client's signature, ending with the signed plan as a PDF. Each step is saved as
 * e2e/screenshots/consultation-<viewport>-<step>.png. Reception cannot open the consultation.
 */
const baseUrl = inject("baseUrl");
const serverLog = watchServerErrors();
const client = { first: "Morgan", last: `Hale${Date.now().toString(36).slice(-4)}` };
const fullName = `${client.first} ${client.last}`;
const serious: string[] = [];
let browser: Browser;
let session: Session;
let consultationUrl = "";

beforeAll(async () => {
  browser = await launchBrowser();
  session = await newSession(browser, baseUrl, viewports.desktop);
  await signIn(session.page, demo.alex);
});
afterAll(async () => {
  await session?.context.close();
  await browser?.close();
  if (serious.length > 0) {
    console.warn(`axe: ${serious.length} serious violation(s):\n${serious.join("\n")}`);
  }
});

/** Saves the step's screenshot; on desktop also fails on critical axe violations. */
async function capture(page: Page, viewport: ViewportName, step: string) {
  await waitForSettled(page);
  await tallScreenshot(page, `consultation-${viewport}-${step}`);
  // The tablet shows the same markup; one axe pass per step keeps the run short on two cores.
  if (viewport !== "desktop") return;
  const results = await new AxeBuilder({ page }).analyze();
  const describeViolation = (v: (typeof results.violations)[number]) =>
    `${viewport}-${step}: [${v.impact}] ${v.id}: ${v.help} (${v.nodes
      .slice(0, 3)
      .map((n) => n.target.join(" "))
      .join(" | ")})`;
  for (const v of results.violations.filter((x) => x.impact === "serious")) {
    serious.push(describeViolation(v));
  }
  expect(results.violations.filter((v) => v.impact === "critical").map(describeViolation)).toEqual(
    [],
  );
}

/**
 * The whole page in one picture, taken with a window as tall as the page, so the sticky action
 * bar sits where it ends up rather than across the middle of a full-page capture.
 */
async function tallScreenshot(page: Page, name: string) {
  const dir = path.resolve(import.meta.dirname, "screenshots");
  mkdirSync(dir, { recursive: true });
  const size = page.viewportSize() ?? viewports.desktop;
  await page.evaluate(() => window.scrollTo(0, 0));
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: size.width, height: Math.max(height, size.height) });
  // Let the layout follow the new size (and notifications fade) before the picture.
  await page.waitForTimeout(500);
  await page.screenshot({ path: path.join(dir, `${name}.png`), animations: "disabled" });
  await page.setViewportSize(size);
}

function stepUrl(step: string) {
  return (url: URL) =>
    url.pathname.startsWith("/consultations/") && url.searchParams.get("step") === step;
}

/** Picks a segmented-control answer ("Yes"/"No") by clicking its visible label. */
async function pickSegment(group: Locator, label: string) {
  await group.getByText(label, { exact: true }).click();
}

describe("consultation journey", () => {
  it("starts a consultation from the client page", async () => {
    const { page } = session;
    const res = await page.request.post("/api/clients", {
      data: { firstName: client.first, lastName: client.last, dateOfBirth: "1984-03-12" },
    });
    expect(res.status()).toBe(201);
    const { id } = (await res.json()) as { id: string };

    await page.goto(`/clients/${id}`);
    await visible(page.getByRole("heading", { level: 1, name: fullName }), NAVIGATION_TIMEOUT);
    await page.getByRole("button", { name: "Start consultation" }).click();
    await page.getByRole("menuitem", { name: "In person" }).click();
    await page.waitForURL(stepUrl("intake"));
    consultationUrl = page.url().replace(/\?.*$/, "");

    await visible(page.getByRole("link", { name: fullName }));
    await visible(page.getByText("In person"));
    await visible(page.getByText("Alex Morgan").first());
    await visible(page.getByRole("button", { name: /^Medical questions/ }));
  });

  it("answers the medical questions, highlighting what is missing", async () => {
    const { page } = session;
    // Saving with nothing answered marks the required questions.
    await page.getByRole("button", { name: "Save and screen" }).click();
    await visible(page.getByRole("alert").filter({ hasText: /questions need attention/ }));
    await visible(page.getByText("Choose yes or no.").first());

    const answers: Record<string, unknown> = { anticoagulants: true };
    await answer(page, "anticoagulants", true);
    await field(page, "Which medicine do you take, and how much?").fill("Warfarin");
    answers.anticoagulant_details = "Warfarin";
    for (const q of visibleQuestions(INTAKE_QUESTIONNAIRE, answers as Answers)) {
      if (!q.required || q.id in answers) continue;
      if (q.type === "yes_no") await answer(page, q.id, false);
      else if (q.type === "choice") {
        await page.locator(`#question-${q.id}`).getByRole("radio", { name: "No, never" }).click();
      }
      answers[q.id] = q.type === "yes_no" ? false : "never";
    }
    await visible(page.getByText("All questions answered"));
    await capture(page, "desktop", "intake");

    await page.getByRole("button", { name: "Save and screen" }).click();
    await page.waitForURL(stepUrl("screening"));
  });

  it("asks for a GP letter, and proceeds once it is recorded", async () => {
    const { page } = session;
    await visible(page.getByRole("heading", { name: "Proceed once a GP letter is on record" }));
    await visible(page.getByText("Blood-thinning medicine").first());
    await capture(page, "desktop", "screening-gp-letter");

    await page.getByRole("button", { name: "Record GP letter" }).click();
    const dialog = await visible(page.getByRole("dialog", { name: "Record GP letter" }));
    await field(dialog, "Note").fill("Letter from Dr Patel: INR stable, safe to proceed.");
    await dialog.getByRole("button", { name: "Record GP letter" }).click();
    await gone(page.getByRole("dialog", { name: "Record GP letter" }));

    await visible(page.getByRole("heading", { name: "Suitable to proceed" }));
    await visible(
      page.getByText(/Cleared: GP letter recorded by Alex Morgan on \d\d\/\d\d\/\d{4}/),
    );
    await visible(page.getByRole("button", { name: /^Withdraw GP letter/ }));
    await capture(page, "desktop", "screening");
    await page.getByRole("button", { name: "Continue to assessment" }).click();
    await page.waitForURL(stepUrl("assessment"));
  });

  it("records the assessment", async () => {
    const { page } = session;
    // Norwood is required for male pattern loss: saving without it says so.
    await page.getByRole("button", { name: "Save and continue" }).click();
    await visible(page.getByText("Choose the Norwood stage."));

    await pickSegment(page.getByRole("radiogroup", { name: "Norwood stage" }), "V");
    await page.getByRole("radio", { name: /^Type II:/ }).click();
    expect(await page.getByRole("combobox", { name: "Hair colour" }).inputValue()).toBe(
      "Dark brown",
    );
    await field(page, "Grey hair (%)").fill("30");
    await field(page, "Grey hair (%)").blur();
    await page.getByRole("button", { name: "Add a scar" }).click();
    await page.getByRole("button", { name: "Remove scar 1" }).click();
    await capture(page, "desktop", "assessment");

    await page.getByRole("button", { name: "Save and continue" }).click();
    await page.waitForURL(stepUrl("expectations"));
    await visible(page.getByRole("button", { name: "Assessment: Norwood V" }));
  });

  it("ticks every expectation, then drafts the plan", async () => {
    const { page } = session;
    const next = page.getByRole("button", { name: "Continue to plan" });
    expect(await next.isDisabled()).toBe(true);
    const boxes = page.getByRole("checkbox");
    const count = await boxes.count();
    expect(count).toBeGreaterThanOrEqual(5);
    for (let i = 0; i < count; i++) await boxes.nth(i).click();
    await visible(page.getByText("All discussed").first());
    await capture(page, "desktop", "expectations");

    await next.click();
    await page.waitForURL(stepUrl("plan"));
    await visible(page.getByRole("button", { name: "Plan: 3 sessions" }));
    await capture(page, "desktop", "plan");
  });

  it("has the client sign, and downloads the signed plan", async () => {
    const { page } = session;
    await page.getByRole("button", { name: /^Continue to quote & signature/ }).click();
    await page.waitForURL(stepUrl("sign"));
    await field(page, "Client's full name").fill(fullName);
    await drawSignature(page);
    await capture(page, "desktop", "sign");
    await page.getByRole("button", { name: "Accept and sign" }).click();

    const download = await visible(
      page
        .getByRole("button", { name: "Download PDF" })
        .or(page.getByRole("link", { name: "Download PDF" })),
      NAVIGATION_TIMEOUT,
    );
    await visible(page.getByRole("button", { name: "Quote & signature: Signed" }));
    await visible(page.getByText("Completed").first());
    await capture(page, "desktop", "signed");

    const [file] = await Promise.all([page.waitForEvent("download"), download.click()]);
    const stream = await file.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("shows every step on a tablet", async () => {
    const tablet = await newSession(browser, baseUrl, viewports.tablet);
    try {
      const { page } = tablet;
      await signIn(page, demo.alex);
      for (const step of ["intake", "screening", "assessment", "expectations", "plan", "sign"]) {
        await page.goto(`${consultationUrl}?step=${step}`);
        await visible(page.getByRole("button", { name: /^Medical questions/ }), NAVIGATION_TIMEOUT);
        await capture(page, "tablet", step);
      }
      await page.getByRole("button", { name: "Clinical notes" }).click();
      const drawer = await visible(page.getByRole("dialog", { name: "Clinical notes" }));
      await drawer
        .getByRole("textbox", { name: "Clinical notes" })
        .fill("Client keen on a soft, natural hairline.");
      await drawer.getByRole("button", { name: "Save notes" }).click();
      await visible(drawer.getByText("Saved", { exact: true }));
      expect(tablet.pageErrors).toEqual([]);
    } finally {
      await tablet.context.close();
    }
  });

  it("shows clearly when someone else changed the consultation", async () => {
    const { page } = session;
    await page.goto(`${consultationUrl}?step=intake`);
    const notes = page.getByRole("textbox", { name: "Clinical notes" });
    await visible(notes, NAVIGATION_TIMEOUT);
    // A colleague saves notes from another device meanwhile.
    const id = consultationUrl.split("/").pop() ?? "";
    const current = (await (await page.request.get(`/api/consultations/${id}`)).json()) as {
      version: number;
    };
    const other = await page.request.patch(`/api/consultations/${id}`, {
      data: { notes: "Colleague: client asked about aftercare.", version: current.version },
    });
    expect(other.status()).toBe(200);

    await notes.fill("Discussed a softer hairline.");
    await page.getByRole("button", { name: "Save notes" }).click();
    const alert = await visible(page.getByRole("alert").filter({ hasText: "has changed" }));
    expect(await alert.textContent()).toContain("changed by someone else");
    await alert.getByRole("button", { name: "Reload" }).click();
    await gone(page.getByRole("alert").filter({ hasText: "has changed" }));
    // The practitioner's own words are kept to save again, or discarded to see the colleague's.
    await page.getByRole("button", { name: "Discard" }).click();
    expect(await notes.inputValue()).toBe("Colleague: client asked about aftercare.");
  });

  it("declines a pregnant client and closes the consultation", async () => {
    const { page } = session;
    const id = await consultationWith({ pregnant_or_breastfeeding: true }, "Robin");
    await page.goto(`/consultations/${id}`);
    await page.waitForURL(stepUrl("screening"), { timeout: NAVIGATION_TIMEOUT });
    await visible(page.getByRole("heading", { name: "Not suitable for treatment" }));
    await visible(page.getByText("Video call"));
    const assessment = page.getByRole("button", { name: "Assessment: Not available" });
    expect(await assessment.getAttribute("aria-disabled")).toBe("true");
    expect(await page.getByRole("button", { name: "Continue to assessment" }).count()).toBe(0);
    await capture(page, "desktop", "declined");

    await page.getByRole("button", { name: "Close consultation" }).click();
    const dialog = await visible(page.getByRole("dialog", { name: "Close this consultation?" }));
    await dialog.getByRole("button", { name: "Close consultation" }).click();
    await visible(page.getByText("This consultation is closed"));
    await visible(page.getByRole("button", { name: "Reopen consultation" }));
    await capture(page, "desktop", "closed");
  });

  it("defers a sunburnt scalp, then records the date agreed with the client", async () => {
    const { page } = session;
    const id = await consultationWith({ sunburn_scalp: true }, "Casey");
    await page.goto(`/consultations/${id}`);
    await page.waitForURL(stepUrl("screening"), { timeout: NAVIGATION_TIMEOUT });
    await visible(
      page.getByRole("heading", { name: `Deferred until ${longDay(addDays(clinicToday(), 14))}` }),
    );

    await page.getByRole("button", { name: "Record agreed deferral date" }).click();
    const dialog = await visible(page.getByRole("dialog", { name: "Record agreed deferral date" }));
    const agreed = addDays(clinicToday(), 21);
    await field(dialog, "Treatment can start from").fill(agreed);
    await field(dialog, "Note").fill("Agreed with the client: a week's margin after healing.");
    await capture(page, "desktop", "deferral-modal");
    await dialog.getByRole("button", { name: "Record deferral" }).click();
    await gone(page.getByRole("dialog", { name: "Record agreed deferral date" }));
    await visible(page.getByRole("heading", { name: `Deferred until ${longDay(agreed)}` }));
    await visible(page.getByText(`Until ${longDay(agreed)}`));
    await capture(page, "desktop", "deferred");
  });

  it("keeps reception out", async () => {
    const desk = await newSession(browser, baseUrl, viewports.tablet);
    try {
      const { page } = desk;
      await signIn(page, demo.reception);
      await page.goto(consultationUrl);
      await visible(
        page.getByText("Only practitioners, admins and owners can open consultations."),
        NAVIGATION_TIMEOUT,
      );
      expect(await page.getByRole("button", { name: /^Medical questions/ }).count()).toBe(0);
    } finally {
      await desk.context.close();
    }
  });

  it("made no page errors and the server logged none", () => {
    expect(session.pageErrors).toEqual([]);
    expect(serverLog.errors()).toEqual([]);
  });
});

/**
 * A new client's video consultation with the medical questions already answered through the API:
 * `given`, and "no" or "never" to every other required question.
 */
async function consultationWith(given: Record<string, unknown>, firstName: string) {
  const request = session.page.request;
  const created = await request.post("/api/clients", {
    data: { firstName, lastName: client.last, dateOfBirth: "1990-06-01" },
  });
  const { id: clientId } = (await created.json()) as { id: string };
  const started = await request.post("/api/consultations", { data: { clientId, mode: "video" } });
  const c = (await started.json()) as { id: string; version: number };
  const answers = nothingToReport(INTAKE_QUESTIONNAIRE, given as Answers);
  const saved = await request.put(`/api/consultations/${c.id}/intake`, {
    data: { questionnaireVersion: INTAKE_QUESTIONNAIRE.version, answers, version: c.version },
  });
  expect(saved.status()).toBe(200);
  return c.id;
}

/** "Tue 24 Mar 2027" for a YYYY-MM-DD date, as the screen writes a deferral's end. */
function longDay(date: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  const weekday = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][d.getUTCDay()];
  const month = d.toLocaleString("en-GB", { month: "short", timeZone: "UTC" });
  return `${weekday} ${d.getUTCDate()} ${month} ${d.getUTCFullYear()}`;
}

/** Answers a yes/no question by clicking "Yes" or "No" in its own segmented control. */
async function answer(page: Page, questionId: string, yes: boolean) {
  const group = page.locator(`#question-${questionId}`).getByRole("radiogroup").first();
  await pickSegment(group, yes ? "Yes" : "No");
}

/** Signs the pad with a few mouse strokes, as a finger would. */
async function drawSignature(page: Page) {
  const canvas = page.locator("canvas").first();
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  if (!box) throw new Error("The signature pad is not on screen");
  const at = (x: number, y: number) => [box.x + box.width * x, box.y + box.height * y] as const;
  await page.mouse.move(...at(0.15, 0.6));
  await page.mouse.down();
  for (const [x, y] of [
    [0.25, 0.3],
    [0.35, 0.7],
    [0.45, 0.35],
    [0.55, 0.65],
    [0.7, 0.4],
    [0.85, 0.55],
  ] as const) {
    await page.mouse.move(...at(x, y), { steps: 6 });
  }
  await page.mouse.up();
}
