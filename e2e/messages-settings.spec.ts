import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { MessageTemplate, MessageTemplateList } from "../src/shared/contracts/messaging.ts";
import {
  demo,
  gone,
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
 * Settings → Messages: the owner opens an SMS template, writes their own wording with a
 * placeholder chip, sees the server's preview and the segment counter, saves it, then resets it
 * to the default. Other specs share the database, so the template is put back as it was found.
 */
describe("message settings and templates", () => {
  const baseUrl = inject("baseUrl");
  const serverLog = watchServerErrors();
  const OWN = "See you soon at the studio. Reply STOP to opt out";
  let browser: Browser;
  let owner: Session;
  let sms: MessageTemplate;

  async function templates(page: Page) {
    const res = await page.request.get("/api/message-templates");
    expect(res.status()).toBe(200);
    return ((await res.json()) as MessageTemplateList).items;
  }

  async function axeProblems(page: Page): Promise<string[]> {
    const results = await new AxeBuilder({ page }).analyze();
    return results.violations
      .filter((v) => v.impact === "critical" || v.impact === "serious")
      .map((v) => `[${v.impact}] ${v.id}: ${v.help} (${v.nodes.map((n) => n.html).join(" | ")})`);
  }

  beforeAll(async () => {
    browser = await launchBrowser();
    owner = await newSession(browser, baseUrl);
    await signIn(owner.page, demo.owner);
    const all = await templates(owner.page);
    const found =
      all.find((t) => t.channel === "sms" && t.key === "reminder") ??
      all.find((t) => t.channel === "sms");
    if (!found) throw new Error("No SMS template in the catalogue");
    sms = found;
    if (sms.customised) {
      await owner.page.request.delete(`/api/message-templates/${sms.key}/sms`);
    }
  }, 120_000);

  afterAll(async () => {
    try {
      await owner?.page.request.delete(`/api/message-templates/${sms.key}/sms`);
    } finally {
      await owner?.context.close();
      await browser?.close();
    }
  });

  it("shows the schedules, discreet mode and the templates", async () => {
    const { page } = owner;
    await page.goto("/settings/messages");
    await visible(page.getByRole("heading", { name: "Templates" }));
    await visible(
      page
        .getByRole("switch", { name: /Discreet messages/ })
        .or(page.getByLabel("Discreet messages")),
    );
    await visible(page.getByRole("heading", { name: "Check-ins" }));
    await waitForSettled(page);
    await screenshot(page, "messages-settings");
    expect(await axeProblems(page)).toEqual([]);
  }, 120_000);

  it("edits an SMS template with a live preview, saves it, then resets it to the default", async () => {
    const { page } = owner;
    await page.getByRole("button", { name: `Edit the SMS for ${sms.label}` }).click();
    const dialog = page.getByRole("dialog", { name: new RegExp(`${sms.label} · SMS`) });
    await visible(dialog);
    const text = dialog.getByLabel("Message");
    await text.fill(`${OWN} `);
    await text.press("End");
    const placeholder =
      sms.placeholders.find((p) => p.name === "clientFirstName")?.name ?? sms.placeholders[0]?.name;
    await dialog.getByText(placeholder ?? "", { exact: true }).click();
    await expect.poll(() => text.inputValue()).toBe(`${OWN} {{${placeholder}}}`);
    const preview = dialog.getByTestId("template-preview");
    await visible(preview.getByText(new RegExp(OWN)));
    // The placeholder is filled with sample details in the preview.
    expect(await preview.textContent()).not.toContain("{{");
    await visible(dialog.getByTestId("sms-counter").getByText(/characters · 1 message · GSM-7/));
    await screenshot(page, "messages-template-editor");
    expect(await axeProblems(page)).toEqual([]);

    await dialog.getByRole("button", { name: "Save template" }).click();
    await gone(dialog);
    const saved = (await templates(page)).find((t) => t.key === sms.key && t.channel === "sms");
    expect(saved).toMatchObject({ customised: true, body: `${OWN} {{${placeholder}}}` });
    await visible(
      page.getByRole("button", { name: `Edit the SMS for ${sms.label}` }).getByText("Own"),
    );

    await page.getByRole("button", { name: `Edit the SMS for ${sms.label}` }).click();
    await visible(dialog);
    await dialog.getByRole("button", { name: "Reset to default" }).click();
    const confirm = page.getByRole("dialog", { name: "Go back to the default wording?" });
    await visible(confirm);
    await screenshot(page, "messages-template-reset");
    await confirm.getByRole("button", { name: "Reset to default" }).click();
    await gone(confirm);
    const reset = (await templates(page)).find((t) => t.key === sms.key && t.channel === "sms");
    expect(reset).toMatchObject({ customised: false, body: sms.defaultBody });
    expect(owner.pageErrors).toEqual([]);
    expect(serverLog.errors()).toEqual([]);
  }, 120_000);
});
