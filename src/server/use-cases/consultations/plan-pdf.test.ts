import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { computeQuote, generatePlan } from "../../../domain/planning/index.ts";
import { DEFAULT_CLINICAL_SETTINGS } from "../../../domain/settings/clinical-settings.ts";
import { createFormatter } from "../../../domain/time/format.ts";
import { sampleAssessment } from "../../testing/consultation-fixtures.ts";
import { renderPlanPdf } from "./plan-pdf.ts";

describe("plan PDF", () => {
  it("embeds a Unicode font so names outside Western Europe print as written", async () => {
    const plan = generatePlan({
      assessment: sampleAssessment,
      screening: null,
      settings: DEFAULT_CLINICAL_SETTINGS,
    });
    const signature = await sharp({
      create: { width: 200, height: 80, channels: 4, background: "#ffffff" },
    })
      .png()
      .toBuffer();
    const pdf = await renderPlanPdf({
      clinic: { name: "Studio Ż", contact: "", logo: null },
      client: { name: "Łukasz Wójcik", dateOfBirth: "1980-01-02" },
      heldOn: "2026-11-24",
      practitionerName: "Έλενα Παππά",
      caseSummary: ["Male pattern hair loss, Norwood V"],
      plan,
      quote: computeQuote(plan, DEFAULT_CLINICAL_SETTINGS, null),
      expectations: [],
      fmt: createFormatter({ timeZone: "Europe/London" }),
      signature,
      signedName: "Łukasz Wójcik",
      signedAt: new Date("2026-11-24T11:30:00Z"),
    });
    const text = pdf.toString("latin1");
    expect(text.startsWith("%PDF-")).toBe(true);
    // Subset TrueType fonts are embedded (FontFile2) and none of the 14 standard fonts is used.
    expect(text).toMatch(/DejaVuSans/);
    expect(text).toMatch(/FontFile2/);
    expect(text).not.toMatch(/\/BaseFont \/Helvetica/);
  });
});
