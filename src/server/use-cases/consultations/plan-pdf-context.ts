import { eq } from "drizzle-orm";
import { type Assessment, applicableExpectations } from "../../../domain/assessment/assessment.ts";
import { createFormatter } from "../../../domain/time/format.ts";
import { client, user } from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";
import type { FileStore } from "../../files/file-store.ts";
import { loadClinic } from "../../routes/clinic/clinic.store.ts";
import { clinicZone } from "../clinic/primary-location.ts";
import { loadPlanPreview } from "../preview/plan-preview.ts";
import { loadConsultation } from "./consultation-read.ts";
import type { PlanPdfContext } from "./plan-pdf.ts";
import type { PlanRow } from "./plan-view.ts";

const caseNames: Record<Assessment["caseType"], string> = {
  male_pattern: "Male pattern hair loss",
  female_pattern: "Female pattern hair loss",
  diffuse_thinning: "Diffuse thinning",
  alopecia_areata: "Alopecia areata",
  alopecia_totalis: "Alopecia totalis",
  alopecia_universalis: "Alopecia universalis",
  scar: "Scar camouflage",
  birthmark: "Birthmark camouflage",
  other: "Other",
};

/** Plain-English lines for the assessment, as printed on the plan. */
export function describeAssessment(a: Assessment): string[] {
  const stage = [
    a.norwood ? `Norwood ${a.norwood === "IIIv" ? "III vertex" : a.norwood}` : null,
    a.ludwig ? `Ludwig ${a.ludwig}` : null,
    a.savin ? `Savin ${a.savin}` : null,
  ].filter(Boolean);
  const lines = [`${caseNames[a.caseType]}${stage.length ? `, ${stage.join(", ")}` : ""}`];
  for (const s of a.scars) {
    const size = s.lengthCm ? `${s.lengthCm} cm long` : s.areaCm2 ? `${s.areaCm2} cm²` : "";
    lines.push(
      `${s.kind === "fut" ? "FUT" : s.kind === "fue" ? "FUE" : "Other"} scar ${size}`.trim(),
    );
  }
  lines.push(
    `Skin type: Fitzpatrick ${["I", "II", "III", "IV", "V", "VI"][a.fitzpatrick - 1]}; hair colour: ${a.hairColour.replace("_", " ")}, ${a.greyPct} % grey`,
  );
  if (a.hairlineStyle !== "none") {
    lines.push(
      `Hairline: ${a.hairlineStyle.replace("_", " ")}${a.hairlineHeightCm ? `, ${a.hairlineHeightCm} cm above the brow line` : ""}`,
    );
  }
  if (a.goals.trim()) lines.push(`Goals: ${a.goals.trim()}`);
  return lines;
}

/** Loads what the plan PDF prints besides the plan itself: clinic, client, consultation. */
export async function planPdfContext(
  tenant: Tenant,
  files: FileStore,
  plan: PlanRow,
): Promise<PlanPdfContext> {
  const row = await loadConsultation(tenant, plan.consultationId);
  const clinic = await loadClinic(tenant);
  const [cl] = await tenant.db
    .select()
    .from(client)
    .where(tenant.where(client, eq(client.id, plan.clientId)));
  const practitioner = row.practitionerUserId
    ? (
        await tenant.db
          .select({ name: user.name })
          .from(user)
          .where(eq(user.id, row.practitionerUserId))
      )[0]
    : undefined;
  const logo = clinic.logoFile ? await files.get(clinic.logoFile) : null;
  const zone = await clinicZone(tenant);
  const ticked = new Set(row.expectations);
  return {
    clinic: {
      name: clinic.legalName || clinic.name,
      contact: [clinic.phone, clinic.email, clinic.website].filter(Boolean).join(" · "),
      logo,
    },
    client: {
      name: cl ? `${cl.firstName} ${cl.lastName}`.trim() : "",
      dateOfBirth: cl?.dateOfBirth ?? null,
    },
    heldOn: row.heldOn,
    practitionerName: practitioner?.name ?? null,
    caseSummary: row.assessment ? describeAssessment(row.assessment) : [],
    plan: plan.plan,
    quote: plan.quote,
    expectations: applicableExpectations(row.assessment ?? null)
      .filter((e) => ticked.has(e.id))
      .map((e) => e.text),
    fmt: createFormatter({ locale: clinic.locale, timeZone: zone, currency: clinic.currency }),
    preview: await loadPlanPreview(tenant, files, plan.consultationId),
  };
}
