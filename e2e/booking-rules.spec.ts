import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext, Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { BookingPolicy } from "../src/domain/settings/booking-policy.ts";
import type { Service } from "../src/shared/contracts/services.ts";
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

interface PolicyView {
  policy: BookingPolicy;
  version: number;
  updatedAt: string | null;
}

/**
 * Settings → Booking rules: the owner changes the cancellation notice and it stays after a
 * reload; a colleague's save meanwhile is not overwritten; reception reads the rules without
 * being able to change them. Each service's booking window is edited in Settings → Services.
 * Other specs share the database, so everything is put back as it was found.
 */
describe("booking rules", () => {
  const baseUrl = inject("baseUrl");
  const serverLog = watchServerErrors();
  let browser: Browser;
  let owner: Session;
  let original: PolicyView | null = null;
  let treatment: Service | null = null;

  beforeAll(async () => {
    browser = await launchBrowser();
    owner = await newSession(browser, baseUrl);
    await signIn(owner.page, demo.owner);
    original = await getJson<PolicyView>(owner.page.request, "/api/booking-policy");
    const services = await getJson<{ items: Service[] }>(owner.page.request, "/api/services");
    treatment = services.items.find((s) => s.name === "Treatment session") ?? null;
  });

  afterAll(async () => {
    try {
      const request = owner?.page.request;
      if (request && original) {
        const now = await getJson<PolicyView>(request, "/api/booking-policy");
        if (JSON.stringify(now.policy) !== JSON.stringify(original.policy)) {
          await send(request, "PUT", "/api/booking-policy", {
            policy: original.policy,
            version: now.version,
          });
        }
      }
      if (request && treatment) {
        await send(request, "PATCH", `/api/services/${treatment.id}`, {
          minNoticeMin: treatment.minNoticeMin,
          maxHorizonDays: treatment.maxHorizonDays,
        });
      }
    } finally {
      await owner?.context.close();
      await browser?.close();
    }
  });

  it("starts from the default rules", () => {
    expect(original?.policy.cancellationNoticeHours).toBe(48);
    expect(original?.policy.lateCancelForfeitsDeposit).toBe(true);
  });

  it("lets the owner change the cancellation notice to 72 hours, kept after a reload", async () => {
    const { page } = owner;
    await page.goto("/settings");
    await openSettingsSection(page, "Booking rules");
    await page.waitForURL((url) => url.pathname === "/settings/booking");
    await waitForSettled(page);
    await visible(
      page.getByText("Clients who cancel less than 48 hours before lose their deposit."),
    );
    await screenshot(page, "desktop-settings-booking");
    expect(await axeProblems(page)).toEqual([]);

    const save = page.getByRole("button", { name: "Save changes" });
    expect(await save.isDisabled()).toBe(true);
    const notice = field(page, "Cancellation notice");
    expect(await notice.inputValue()).toBe("48");
    await notice.fill("72");
    // The consequence follows the value as it is typed.
    await visible(
      page.getByText("Clients who cancel less than 72 hours before lose their deposit."),
    );
    await visible(page.getByText("Unsaved changes"));
    await save.click();
    await visible(page.getByText("Saved. New bookings and changes follow these rules."));
    await visible(page.getByText("No unsaved changes"));

    await page.reload();
    await waitForSettled(page);
    expect(await field(page, "Cancellation notice").inputValue()).toBe("72");
    await visible(page.getByText("Default: 48 hours."));
    const saved = await getJson<PolicyView>(page.request, "/api/booking-policy");
    expect(saved.policy.cancellationNoticeHours).toBe(72);
  });

  it("shows a rule out of range next to its field, before saving", async () => {
    const { page } = owner;
    const hold = field(page, "Hold a chosen time for");
    await hold.fill("");
    await page.getByRole("button", { name: "Save changes" }).click();
    await visible(page.getByText("Enter a number"));
    await visible(page.getByRole("alert").filter({ hasText: "Some rules need attention" }));
    expect(await hold.getAttribute("aria-invalid")).toBe("true");
    await page.getByRole("button", { name: "Discard changes" }).click();
    await visible(page.getByText("No unsaved changes"));
    expect(await hold.inputValue()).toBe("10");
  });

  it("asks the owner to reload when someone else saved meanwhile", async () => {
    const { page } = owner;
    await field(page, "Mark as a no-show after").fill("30");
    await visible(page.getByText("Unsaved changes"));
    const before = await getJson<PolicyView>(page.request, "/api/booking-policy");
    await send(page.request, "PUT", "/api/booking-policy", {
      policy: { ...before.policy, rescheduleLimit: 0 },
      version: before.version,
    });

    await page.getByRole("button", { name: "Save changes" }).click();
    const alert = await visible(
      page
        .getByRole("alert")
        .filter({ hasText: "Someone else changed the booking rules meanwhile" }),
    );
    await alert.getByRole("button", { name: "Reload" }).click();
    await visible(page.getByText("No unsaved changes"));
    expect(await field(page, "Moves allowed per appointment").inputValue()).toBe("0");
    await visible(page.getByText(/^No limit: clients can move an appointment as often/));
    expect(await field(page, "Mark as a no-show after").inputValue()).toBe("15");
  });

  it("lets reception read the rules, but not change them", async () => {
    const reception = await newSession(browser, baseUrl);
    try {
      const { page } = reception;
      await signIn(page, demo.reception);
      await page.goto("/settings/booking");
      await visible(page.getByRole("tab", { name: "Booking rules", selected: true }));
      await waitForSettled(page);
      await visible(page.getByText("Only owners and admins can change the booking rules."));
      await visible(
        page.getByText("Clients who cancel less than 72 hours before lose their deposit."),
      );
      await visible(page.getByRole("group", { name: "Cancellation notice" }).getByText("72 hours"));
      expect(await page.getByRole("tab").count()).toBe(1);
      const panel = page.getByRole("tabpanel");
      expect(await panel.getByRole("button", { name: "Save changes" }).count()).toBe(0);
      expect(await panel.getByRole("textbox").count()).toBe(0);
      expect(await panel.getByRole("switch").count()).toBe(0);
      expect(await panel.getByRole("combobox").count()).toBe(0);
      await screenshot(page, "desktop-settings-booking-reception");
      expect(await axeProblems(page)).toEqual([]);

      // The rest of Settings stays closed.
      await page.goto("/settings/clinic");
      await page.waitForURL((url) => !url.pathname.startsWith("/settings"));
      expect(reception.pageErrors).toEqual([]);
    } finally {
      await reception.context.close();
    }
  });

  it("puts every rule back to the defaults after a confirmation", async () => {
    const { page } = owner;
    await page.goto("/settings/booking");
    await waitForSettled(page);
    await page.getByRole("button", { name: "Reset to defaults" }).click();
    const dialog = await visible(
      page.getByRole("dialog", { name: "Reset the booking rules to the defaults?" }),
    );
    await visible(dialog.getByText("Cancellation notice: 48 hours"));
    await dialog.getByRole("button", { name: "Reset to defaults" }).click();
    await gone(page.getByRole("dialog"));
    expect(await field(page, "Cancellation notice").inputValue()).toBe("48");
    expect(await field(page, "Moves allowed per appointment").inputValue()).toBe("2");
    await page.getByRole("button", { name: "Save changes" }).click();
    await visible(page.getByText("No unsaved changes"));
    expect(await page.getByRole("button", { name: "Reset to defaults" }).isDisabled()).toBe(true);
    const now = await getJson<PolicyView>(page.request, "/api/booking-policy");
    expect(now.policy.cancellationNoticeHours).toBe(48);
  });

  it("edits a service's booking window in hours and days", async () => {
    const { page } = owner;
    expect(treatment).toMatchObject({ minNoticeMin: 24 * 60, maxHorizonDays: 365 });
    await page.goto("/settings/services");
    await waitForSettled(page);
    const table = await visible(page.getByRole("table", { name: "Services" }));
    const row = table.getByRole("row").filter({ hasText: "Treatment session" });
    await visible(row.getByText("24 h notice"));
    await row.getByRole("button", { name: "Edit Treatment session" }).click();
    const dialog = await visible(page.getByRole("dialog", { name: "Edit Treatment session" }));
    const notice = field(dialog, "Book at least");
    expect(await notice.inputValue()).toBe("24");
    await notice.fill("36");
    await visible(dialog.getByText("Not bookable less than 36 h before"));
    await field(dialog, "Book up to").fill("180");
    await screenshot(page, "desktop-settings-service-booking-window");
    await dialog.getByRole("button", { name: "Save service" }).click();
    await gone(page.getByRole("dialog"));
    await visible(row.getByText("36 h notice"));
    await visible(row.getByText("up to 180 days"));
    await screenshot(page, "desktop-settings-services-booking-window");
    const saved = await getJson<Service>(page.request, `/api/services/${treatment?.id}`);
    expect(saved).toMatchObject({ minNoticeMin: 36 * 60, maxHorizonDays: 180 });
  });

  it("looks finished at tablet size", async () => {
    const tablet = await newSession(browser, baseUrl, viewports.tablet);
    try {
      const { page } = tablet;
      await signIn(page, demo.owner);
      await page.goto("/settings/booking");
      await visible(page.getByRole("tab", { name: "Booking rules", selected: true }));
      await waitForSettled(page);
      await screenshot(page, "tablet-settings-booking");
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

async function send<T>(
  request: APIRequestContext,
  method: "PUT" | "PATCH",
  path: string,
  body: unknown,
): Promise<T> {
  const res = await request.fetch(path, { method, data: body });
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
        `[${v.impact}] ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(" | ")})`,
    );
}
