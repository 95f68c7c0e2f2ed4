import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext, Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Assessment } from "../src/domain/assessment/assessment.ts";
import {
  CURRENT_QUESTIONNAIRE_VERSION,
  INTAKE_QUESTIONNAIRE,
  nothingToReport,
} from "../src/domain/screening/index.ts";
import type { ClinicalSettingsView } from "../src/shared/contracts/clinical-settings.ts";
import type {
  ClientConsultations,
  ConsultationDetail,
} from "../src/shared/contracts/consultations.ts";
import {
  demo,
  field,
  gone,
  launchBrowser,
  newSession,
  openSettingsSection,
  type Session,
  screenshot,
  signIn,
  viewports,
  visible,
  waitForSettled,
} from "./support/browser.ts";
import { watchServerErrors } from "./support/server-log.ts";

/**
 * Acceptance: changing a setting in Settings → Clinical changes the next plan. The owner edits
 * two defaults in the UI, the next plan drafted through the API follows them, and reception sees
 * the client's consultations without the clinical actions. Other specs share the database, so
 * the settings are put back as they were found, even when a step fails.
 */
describe("clinical settings", () => {
  const baseUrl = inject("baseUrl");
  const serverLog = watchServerErrors();
  const ISOTRETINOIN_WAIT = "Wait for Isotretinoin (Roaccutane)";
  let browser: Browser;
  let owner: Session;
  let original: ClinicalSettingsView | null = null;
  let clientId = "";

  beforeAll(async () => {
    browser = await launchBrowser();
    owner = await newSession(browser, baseUrl);
    await signIn(owner.page, demo.owner);
    original = await getJson<ClinicalSettingsView>(owner.page.request, "/api/clinical-settings");
  });

  afterAll(async () => {
    try {
      if (original && owner) await restoreSettings(owner.page.request, original);
    } finally {
      await owner?.context.close();
      await browser?.close();
    }
  });

  it("starts from the reference defaults", () => {
    expect(original?.settings.sessions.defaultCount).toBe(3);
    expect(original?.settings.screening.rules.isotretinoin).toEqual({
      action: "defer",
      wait: { amount: 6, unit: "months" },
    });
  });

  it("lets the owner change defaults, and keeps them after a reload", async () => {
    const { page } = owner;
    await page.goto("/settings");
    await openSettingsSection(page, "Clinical");
    await page.waitForURL((url) => url.pathname === "/settings/clinical");
    await waitForSettled(page);
    await screenshot(page, "desktop-settings-clinical");
    expect(await axeProblems(page)).toEqual([]);

    const save = page.getByRole("button", { name: "Save changes" });
    expect(await save.isDisabled()).toBe(true);
    const count = field(page, "Default number of sessions");
    expect(await count.inputValue()).toBe("3");
    await count.fill("4");
    const wait = field(page, ISOTRETINOIN_WAIT);
    expect(await wait.inputValue()).toBe("6");
    await wait.fill("3");
    await visible(page.getByText("Unsaved changes"));
    expect(await save.isDisabled()).toBe(false);

    await save.click();
    await visible(page.getByText("Saved. New plans use these settings."));
    await visible(page.getByText("No unsaved changes"));

    await page.reload();
    await waitForSettled(page);
    expect(await field(page, "Default number of sessions").inputValue()).toBe("4");
    expect(await field(page, ISOTRETINOIN_WAIT).inputValue()).toBe("3");
    expect(await field(page, "Wait unit for Isotretinoin (Roaccutane)").inputValue()).toBe(
      "months",
    );
    // The change is marked against the reference default.
    await visible(page.getByText("Default: 3 sessions."));
  });

  it("shows a rule the schema enforces next to its field, before saving", async () => {
    const { page } = owner;
    const longest = field(page, "Longest session");
    await longest.fill("45");
    await page.getByRole("button", { name: "Save changes" }).click();
    await visible(page.getByText("The longest session must be at least as long as the shortest."));
    await visible(page.getByRole("alert").filter({ hasText: "Some settings need attention" }));
    expect(await longest.getAttribute("aria-invalid")).toBe("true");
    await page.getByRole("button", { name: "Discard changes" }).click();
    await visible(page.getByText("No unsaved changes"));
    expect(await longest.inputValue()).toBe("300");
  });

  it("asks the owner to reload when someone else saved meanwhile", async () => {
    const { page } = owner;
    await field(page, "Usual gap").fill("21");
    await visible(page.getByText("Unsaved changes"));
    // A colleague saves in another tab: flexibility 10 days.
    const before = await getJson<ClinicalSettingsView>(page.request, "/api/clinical-settings");
    const theirs = structuredClone(before.settings);
    theirs.spacing.flexDays = 10;
    await send(page.request, "PUT", "/api/clinical-settings", {
      settings: theirs,
      version: before.version,
    });

    await page.getByRole("button", { name: "Save changes" }).click();
    const alert = await visible(
      page.getByRole("alert").filter({ hasText: "Someone else saved these settings meanwhile" }),
    );
    await alert.getByRole("button", { name: "Reload" }).click();
    await visible(page.getByText("No unsaved changes"));
    expect(await field(page, "Flexibility").inputValue()).toBe("10");
    expect(await field(page, "Usual gap").inputValue()).toBe("14");

    const after = await getJson<ClinicalSettingsView>(page.request, "/api/clinical-settings");
    await send(page.request, "PUT", "/api/clinical-settings", {
      settings: before.settings,
      version: after.version,
    });
  });

  it("drafts the next plan with the changed number of sessions", async () => {
    const request = owner.page.request;
    const client = await send<{ id: string }>(request, "POST", "/api/clients", {
      firstName: "Morgan",
      lastName: "Settings-Check",
      dateOfBirth: "1984-03-09",
    });
    clientId = client.id;
    const started = await send<ConsultationDetail>(request, "POST", "/api/consultations", {
      clientId,
      mode: "in_person",
    });
    const id = started.id;
    const screened = await send<ConsultationDetail>(
      request,
      "PUT",
      `/api/consultations/${id}/intake`,
      {
        questionnaireVersion: CURRENT_QUESTIONNAIRE_VERSION,
        answers: healthyAnswers(),
        version: started.version,
      },
    );
    expect(screened.screening?.verdict).toBe("proceed");
    const assessed = await send<ConsultationDetail>(
      request,
      "PUT",
      `/api/consultations/${id}/assessment`,
      { assessment: NORWOOD_IV, version: screened.version },
    );
    const planned = await send<ConsultationDetail>(
      request,
      "POST",
      `/api/consultations/${id}/plan`,
      undefined,
    );
    expect(assessed.assessment?.norwood).toBe("IV");
    expect(planned.plan?.plan.sessions).toHaveLength(4);

    const summary = await getJson<ClientConsultations>(
      request,
      `/api/clients/${clientId}/consultations`,
    );
    expect(summary.items[0]?.plan?.sessions).toBe(4);
    expect(summary.treatment.bookable).toBe(true);
  });

  it("shows the owner the client's consultations with the clinical actions", async () => {
    const { page } = owner;
    await page.goto(`/clients/${clientId}`);
    const card = await visible(page.getByRole("region", { name: "Consultations" }));
    await waitForSettled(page);
    await visible(card.getByText("Treatment can be booked"));
    await visible(card.getByText("Plan drafted"));
    await visible(card.getByText(/4 sessions/));
    await visible(card.getByRole("button", { name: "Start consultation" }));
    await visible(card.getByRole("link", { name: /^Open consultation of / }));
    await screenshot(page, "desktop-client-consultations");
    expect(await axeProblems(page)).toEqual([]);

    // The start menu offers the three ways a consultation is held.
    await card.getByRole("button", { name: "Start consultation" }).click();
    for (const mode of ["In person", "Video call", "Phone call"]) {
      await visible(page.getByRole("menuitem", { name: mode }));
    }
    await page.keyboard.press("Escape");
    await gone(page.getByRole("menuitem", { name: "In person" }));

    // A new client has none yet; starting one opens the consultation screen.
    const fresh = await send<{ id: string }>(page.request, "POST", "/api/clients", {
      firstName: "Riley",
      lastName: "First-Visit",
    });
    await page.goto(`/clients/${fresh.id}`);
    const empty = await visible(page.getByRole("region", { name: "Consultations" }));
    await waitForSettled(page);
    await visible(empty.getByText("No consultations yet"));
    await visible(empty.getByText("Treatment can't be booked yet"));
    await screenshot(page, "desktop-client-consultations-empty");
    await empty.getByRole("button", { name: "Start consultation" }).click();
    await page.getByRole("menuitem", { name: "Phone call" }).click();
    await page.waitForURL((url) => /^\/consultations\/[0-9a-f-]{36}$/.test(url.pathname));
    const started = await getJson<ClientConsultations>(
      page.request,
      `/api/clients/${fresh.id}/consultations`,
    );
    expect(started.items.map((c) => c.mode)).toEqual(["phone"]);

    // A demo client whose plan was accepted and signed: the PDF is one click away.
    await page.goto(`/clients/${await demoClientId(page.request, "Whitfield")}`);
    const accepted = await visible(page.getByRole("region", { name: "Consultations" }));
    await waitForSettled(page);
    const pdf = await visible(accepted.getByRole("link", { name: "Download plan (PDF)" }));
    expect(await pdf.getAttribute("href")).toMatch(/^\/api\/plans\/[^/]+\/pdf$/);
    await screenshot(page, "desktop-client-consultations-accepted");
  });

  it("shows reception the consultations without links or the Start button", async () => {
    const reception = await newSession(browser, baseUrl);
    try {
      const { page } = reception;
      await signIn(page, demo.reception);
      await page.goto(`/clients/${clientId}`);
      const card = await visible(page.getByRole("region", { name: "Consultations" }));
      await waitForSettled(page);
      await visible(card.getByText("Treatment can be booked"));
      await visible(card.getByText("Plan drafted"));
      expect(await card.getByRole("button", { name: "Start consultation" }).count()).toBe(0);
      expect(await card.getByRole("link").count()).toBe(0);
      await screenshot(page, "desktop-client-consultations-reception");

      // Nor the plan PDF, which names the treatment.
      await page.goto(`/clients/${await demoClientId(page.request, "Whitfield")}`);
      const accepted = await visible(page.getByRole("region", { name: "Consultations" }));
      await waitForSettled(page);
      await visible(accepted.getByText("Plan accepted"));
      expect(await accepted.getByRole("link").count()).toBe(0);
      expect(reception.pageErrors).toEqual([]);
    } finally {
      await reception.context.close();
    }
  });

  it("puts the settings back through the form", async () => {
    const { page } = owner;
    await page.goto("/settings/clinical");
    await waitForSettled(page);
    await field(page, "Default number of sessions").fill("3");
    await field(page, ISOTRETINOIN_WAIT).fill("6");
    await page.getByRole("button", { name: "Save changes" }).click();
    await visible(page.getByText("No unsaved changes"));
    const now = await getJson<ClinicalSettingsView>(page.request, "/api/clinical-settings");
    expect(now.settings.sessions.defaultCount).toBe(3);
    expect(now.settings.screening.rules.isotretinoin.wait).toEqual({ amount: 6, unit: "months" });
  });

  it("looks finished at tablet size", async () => {
    const tablet = await newSession(browser, baseUrl, viewports.tablet);
    try {
      const { page } = tablet;
      await signIn(page, demo.owner);
      await page.goto("/settings/clinical");
      await visible(page.getByRole("tab", { name: "Clinical", selected: true }));
      await waitForSettled(page);
      await screenshot(page, "tablet-settings-clinical");
      await page.goto(`/clients/${clientId}`);
      await visible(page.getByRole("region", { name: "Consultations" }));
      await waitForSettled(page);
      await screenshot(page, "tablet-client-consultations");
      expect(tablet.pageErrors).toEqual([]);
    } finally {
      await tablet.context.close();
    }
  });

  it("had no errors in the page or the server log", () => {
    expect(owner.pageErrors).toEqual([]);
    expect(serverLog.errors()).toEqual([]);
  });
});

/** A Norwood IV man with no complications: the plan gets exactly the default session count. */
const NORWOOD_IV: Assessment = {
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
  greyPct: 0,
  hairLengthPlan: "shaved",
  hairlineStyle: "natural",
  hairlineHeightCm: null,
  skinFlags: { dryOrFlaky: false, thick: false, sensitive: false },
  goals: "",
  notes: "",
};

const healthyAnswers = () => nothingToReport(INTAKE_QUESTIONNAIRE);

async function send<T>(
  request: APIRequestContext,
  method: "POST" | "PUT",
  path: string,
  body: unknown,
): Promise<T> {
  const res = await request.fetch(path, { method, data: body ?? {} });
  if (!res.ok()) throw new Error(`${method} ${path} answered ${res.status()}: ${await res.text()}`);
  return (await res.json()) as T;
}

async function getJson<T>(request: APIRequestContext, path: string): Promise<T> {
  const res = await request.get(path);
  if (!res.ok()) throw new Error(`GET ${path} answered ${res.status()}: ${await res.text()}`);
  return (await res.json()) as T;
}

/** Critical and serious accessibility violations on the page, one line each. */
async function axeProblems(page: Page): Promise<string[]> {
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

async function demoClientId(request: APIRequestContext, lastName: string): Promise<string> {
  const list = await getJson<{ items: { id: string }[] }>(request, `/api/clients?q=${lastName}`);
  const id = list.items[0]?.id;
  if (!id) throw new Error(`No demo client called ${lastName}`);
  return id;
}

/** Saves `original` over whatever is stored now, unless nothing changed. */
async function restoreSettings(request: APIRequestContext, original: ClinicalSettingsView) {
  const now = await getJson<ClinicalSettingsView>(request, "/api/clinical-settings");
  if (JSON.stringify(now.settings) === JSON.stringify(original.settings)) return;
  await send(request, "PUT", "/api/clinical-settings", {
    settings: original.settings,
    version: now.version,
  });
}
