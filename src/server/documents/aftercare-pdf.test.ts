import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import { aftercareSheet } from "../../domain/messaging/aftercare-sheet.ts";
import { DEFAULT_MESSAGING_SETTINGS } from "../../domain/messaging/settings.ts";
import { DEFAULT_CLINICAL_SETTINGS } from "../../domain/settings/clinical-settings.ts";
import { createFormatter } from "../../domain/time/format.ts";
import { renderAftercarePdf } from "./aftercare-pdf.ts";
import { pdfText } from "./aftercare-pdf-text.ts";

const at = (iso: string) => Temporal.Instant.from(iso).epochMilliseconds;
const clinic = {
  name: "Harbour Clinic",
  phone: "023 8000 0000",
  email: "hello@harbour.example",
  address: "Southampton, 1 Quay St, SO14 2AA",
  colour: "#1f6f78",
};
const fmt = createFormatter({ timeZone: "Europe/London" });

async function sheetText(endsAt: number, final: boolean) {
  const sheet = aftercareSheet({
    endsAt,
    timeZone: "Europe/London",
    final,
    settings: DEFAULT_MESSAGING_SETTINGS,
    includedTouchUps: DEFAULT_CLINICAL_SETTINGS.aftercare.includedTouchUps,
  });
  const pdf = await renderAftercarePdf({
    clinic,
    client: { name: "Łukasz Wójcik" },
    sessionLabel: final ? "Final session (3 of 3)" : "Session 1 of 3",
    sessionEnded: endsAt,
    sheet,
    fmt,
  });
  expect(pdf.toString("latin1", 0, 5)).toBe("%PDF-");
  return pdfText(pdf);
}

describe("aftercare sheet PDF", () => {
  it("prints the session's timeline with real dates in the clinic's zone, the check-ins and the contact", async () => {
    // Ends 23:30 BST on Fri 23 Oct 2026 = 22:30 UTC: still the 23rd in London.
    const text = await sheetText(at("2026-10-23T22:30:00Z"), false);
    expect(text).toContain("Harbour Clinic");
    expect(text).toContain("Aftercare after your session");
    expect(text).toContain("Łukasz Wójcik");
    expect(text).toContain("Session 1 of 3");
    expect(text).toContain("Fri 23 Oct 2026");
    expect(text).toContain("Day 3: Mon 26 Oct 2026");
    expect(text).toContain("First rinse, with water only");
    expect(text).toContain("(3 days, at least 24 hours) keep your head completely dry");
    expect(text).toContain("Day 4: Tue 27 Oct 2026");
    expect(text).toContain("Electric foil shaver only");
    expect(text).toContain("Day 5: Wed 28 Oct 2026");
    expect(text).toContain("Day 7: Fri 30 Oct 2026");
    expect(text).toContain("Day 10: Mon 2 Nov 2026");
    expect(text).toContain("Day 30: Sun 22 Nov 2026");
    expect(text).toMatch(/We'll check in with you/);
    expect(text).toContain("Day 10: Mon 2 Nov 2026");
    expect(text).toContain("These rules start again after each session.");
    expect(text).toContain("023 8000 0000");
    expect(text).not.toContain("Included in your course");
  });

  it("uses the final-session wording with the included touch-up window", async () => {
    const text = await sheetText(at("2027-03-26T15:00:00Z"), true);
    expect(text).toContain("Aftercare after your final session");
    expect(text).toContain("Final session (3 of 3)");
    expect(text).toContain("Included in your course");
    // 21–90 days after Fri 26 Mar 2027 (clocks change on the 28th).
    expect(text).toContain("Included touch-up: book between Fri 16 Apr 2027 and Thu 24 Jun 2027.");
    expect(text).toContain("From now on");
    expect(text).toContain("high-factor SPF");
  });
});
