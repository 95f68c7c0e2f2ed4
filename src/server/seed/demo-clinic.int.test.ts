import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appointment, consultation, service, treatmentPlan } from "../db/schema/index.ts";
import { createTestApp, type TestApp } from "../testing/test-app.ts";
import { seedDemoClinic } from "./demo-clinic.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

describe("demo clinic", () => {
  it("gives every client with treatment sessions a signed plan, and shows other states too", async () => {
    const demo = await seedDemoClinic(t.deps, new Date("2026-11-24T10:00:00Z"));
    expect(demo).not.toBeNull();
    const treated = await t.db
      .selectDistinct({ clientId: appointment.clientId })
      .from(appointment)
      .innerJoin(service, eq(service.id, appointment.serviceId))
      .where(eq(service.kind, "treatment"));
    const plans = await t.db
      .select()
      .from(treatmentPlan)
      .where(eq(treatmentPlan.status, "accepted"));
    const planned = new Set(plans.map((p) => p.clientId));
    for (const { clientId } of treated) expect(planned.has(clientId)).toBe(true);
    for (const p of plans) expect(p.pdfFile).not.toBeNull();

    const verdicts = (await t.db.select().from(consultation)).map((c) => c.screening?.verdict);
    expect(verdicts).toEqual(expect.arrayContaining(["proceed", "gp_letter", "defer"]));
    // Seeding runs once: a second call changes nothing.
    expect(await seedDemoClinic(t.deps)).toBeNull();
  });
});
