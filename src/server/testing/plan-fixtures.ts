import sharp from "sharp";
import { applicableExpectations } from "../../domain/assessment/assessment.ts";
import { addDays } from "../../domain/time/zoned.ts";
import { client } from "../db/schema/index.ts";
import { createTenant } from "../db/tenant.ts";
import type { StaffContext } from "../http/context.ts";
import {
  createConsultation,
  saveAssessment,
  saveExpectations,
  saveIntake,
} from "../use-cases/consultations/consultation-commands.ts";
import { acceptPlan, draftPlan } from "../use-cases/consultations/plan-commands.ts";
import { planPdfContext } from "../use-cases/consultations/plan-pdf-context.ts";
import { healthyAnswers, sampleAssessment } from "./consultation-fixtures.ts";
import type { TestApp } from "./test-app.ts";

let signature: Promise<string> | null = null;
function scribble(): Promise<string> {
  signature ??= sharp(
    Buffer.from(
      `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="150"><path d="M20 100 C 80 10, 140 140, 200 60 S 320 20, 380 110" stroke="#000" stroke-width="6" fill="none"/></svg>`,
    ),
  )
    .png()
    .toBuffer()
    .then((png) => `data:image/png;base64,${png.toString("base64")}`);
  return signature;
}

/**
 * A new client with a signed three-session plan (10–28 day gaps under the default settings),
 * made through the same use cases staff use, dated `today`.
 */
export async function clientWithAcceptedPlan(
  t: TestApp,
  practitioner: { userId: string; memberId: string; name: string; email: string },
  orgId: string,
  today: string,
  name = `Client${Math.random().toString(36).slice(2, 7)}`,
): Promise<{ clientId: string; planId: string }> {
  const tenant = createTenant(t.db, orgId);
  const staff: StaffContext = { ...practitioner, orgId, role: "practitioner" };
  const [row] = await t.db
    .insert(client)
    .values({ orgId, firstName: "Sam", lastName: name, dateOfBirth: "1980-03-04" })
    .returning({ id: client.id });
  const clientId = row?.id as string;
  const heldOn = addDays(today, -1);
  const c = await createConsultation(
    tenant,
    staff,
    { clientId, mode: "in_person", heldOn },
    heldOn,
  );
  await saveIntake(
    tenant,
    staff,
    c.id,
    { questionnaireVersion: 1, answers: healthyAnswers() },
    heldOn,
  );
  await saveAssessment(tenant, staff, c.id, { assessment: sampleAssessment }, heldOn);
  await saveExpectations(
    tenant,
    staff,
    c.id,
    { ticked: applicableExpectations(sampleAssessment).map((e) => e.id) },
    heldOn,
  );
  const plan = await draftPlan(tenant, staff, c.id, heldOn);
  await acceptPlan(
    tenant,
    staff,
    t.deps.files,
    plan.id,
    { signedName: `Sam ${name}`, signature: await scribble(), version: plan.version },
    { ip: null, userAgent: "test", now: new Date(`${heldOn}T12:00:00Z`), today: heldOn },
    (p) => planPdfContext(tenant, t.deps.files, p),
  );
  return { clientId, planId: plan.id };
}
