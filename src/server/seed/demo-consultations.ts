import sharp from "sharp";
import type { Assessment } from "../../domain/assessment/assessment.ts";
import { applicableExpectations } from "../../domain/assessment/assessment.ts";
import { INTAKE_QUESTIONNAIRE, nothingToReport } from "../../domain/screening/index.ts";
import { addDays } from "../../domain/time/zoned.ts";
import { createTenant } from "../db/tenant.ts";
import type { AppDeps, StaffContext } from "../http/context.ts";
import {
  createConsultation,
  saveAssessment,
  saveExpectations,
  saveIntake,
} from "../use-cases/consultations/consultation-commands.ts";
import { acceptPlan, draftPlan } from "../use-cases/consultations/plan-commands.ts";
import { planPdfContext } from "../use-cases/consultations/plan-pdf-context.ts";

const base: Omit<Assessment, "caseType" | "norwood" | "ludwig"> = {
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
  hairlineHeightCm: 8,
  skinFlags: { dryOrFlaky: false, thick: false, sensitive: false },
  goals: "",
  notes: "",
};
const male = (norwood: Assessment["norwood"], extra: Partial<Assessment> = {}): Assessment => ({
  ...base,
  caseType: "male_pattern",
  norwood,
  ludwig: null,
  ...extra,
});

/** Varied, realistic cases for the demo clinic's clients (all generated, no real people). */
const cases: Assessment[] = [
  male("IV", { goals: "Look like a clean buzz cut again." }),
  male("VII", { fitzpatrick: 2, greyPct: 30, goals: "Full head, soft natural hairline." }),
  male("III", { hairlineStyle: "defined", hairlineHeightCm: 7.5, goals: "A sharper front line." }),
  male("V", { greyPct: 15, hairColour: "medium_brown" }),
  male("IIa", {
    scars: [{ kind: "fut", lengthCm: 20, widthCm: 0.2, areaCm2: null }],
    goals: "Hide the strip scar so I can wear a grade 1.",
  }),
  {
    ...base,
    caseType: "female_pattern",
    norwood: null,
    ludwig: "II",
    hairLengthPlan: "long",
    hairColour: "black",
    fitzpatrick: 4,
    hairlineStyle: "none",
    hairlineHeightCm: null,
    goals: "Less scalp showing through the parting.",
  },
  male("VI", { fitzpatrick: 5, hairColour: "black", goals: "Even density over the top." }),
  {
    ...base,
    caseType: "alopecia_totalis",
    norwood: null,
    ludwig: null,
    alopeciaLastActivity: "2022-03-01",
    goals: "A shaved look instead of a bald one.",
  },
];

/**
 * Gives the demo clinic's clients consultation histories through the same use cases staff use:
 * clients with treatment sessions have an accepted, signed plan; a few others are mid-way
 * (awaiting a GP letter, deferred, or only just started) so each state can be seen.
 */
export async function seedDemoConsultations(
  deps: AppDeps,
  orgId: string,
  practitioner: StaffContext,
  clients: { id: string; firstName: string; lastName: string; firstTreatment: string | null }[],
  today: string,
) {
  const tenant = createTenant(deps.db, orgId);
  const signature = await demoSignature();
  let n = 0;
  let waiting = 0;
  for (const c of clients) {
    const i = n++;
    const treated = c.firstTreatment !== null;
    // Untreated clients show the states a consultation passes through, one each.
    const stage = treated ? null : waiting++;
    if (stage !== null && stage > 3) continue;
    const heldOn = treated
      ? addDays(min(c.firstTreatment as string, today), -21)
      : addDays(today, -(stage ?? 0) - 1);
    const row = await createConsultation(
      tenant,
      practitioner,
      { clientId: c.id, mode: i % 4 === 1 ? "video" : "in_person", heldOn },
      heldOn,
    );
    const answers =
      stage === 0
        ? nothingToReport(INTAKE_QUESTIONNAIRE, {
            anticoagulants: true,
            anticoagulant_details: "Apixaban 5 mg twice daily",
          })
        : stage === 1
          ? nothingToReport(INTAKE_QUESTIONNAIRE, {
              isotretinoin: "stopped",
              isotretinoin_stopped_on: addDays(today, -60),
            })
          : nothingToReport(INTAKE_QUESTIONNAIRE);
    await saveIntake(tenant, practitioner, row.id, { questionnaireVersion: 1, answers }, heldOn);
    if (stage === 2) continue; // only just started: questions answered, nothing else yet
    const assessment = cases[i % cases.length] as Assessment;
    await saveAssessment(tenant, practitioner, row.id, { assessment }, heldOn);
    if (!treated) continue;
    await saveExpectations(
      tenant,
      practitioner,
      row.id,
      { ticked: applicableExpectations(assessment).map((e) => e.id) },
      heldOn,
    );
    const plan = await draftPlan(tenant, practitioner, row.id, heldOn);
    const signedAt = new Date(`${heldOn}T11:30:00Z`);
    await acceptPlan(
      tenant,
      practitioner,
      deps.files,
      plan.id,
      { signedName: `${c.firstName} ${c.lastName}`, signature, version: plan.version },
      { ip: null, userAgent: "Stipple demo data", now: signedAt, today: heldOn },
      (p) => planPdfContext(tenant, deps.files, p),
    );
  }
}

const min = (a: string, b: string) => (a < b ? a : b);

/** A generated scribble standing in for a client's drawn signature. */
async function demoSignature(): Promise<string> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="420" height="140"><path d="M20 95 C 60 20, 90 130, 130 70 S 190 30, 220 90 C 245 120, 270 40, 300 75 S 360 110, 400 60" stroke="#1d2b36" stroke-width="4" fill="none" stroke-linecap="round"/></svg>`;
  const png = await sharp(Buffer.from(svg)).png().toBuffer();
  return `data:image/png;base64,${png.toString("base64")}`;
}
