import { and, count, eq, inArray } from "drizzle-orm";
import { addDays, epochToLocal, wallClockToEpoch, weekdayOf } from "../../domain/time/zoned.ts";
import {
  appointment,
  client,
  locationSpecialDay,
  organization,
  service,
} from "../db/schema/index.ts";
import type { AppDeps } from "../http/context.ts";
import { addStaffMember, createClinic, standardHours } from "./clinic-setup.ts";
import { seedDemoConsultations } from "./demo-consultations.ts";
import { DEMO_PASSWORD, demoClients, demoStaff, seededRandom } from "./demo-data.ts";
import { seedDemoStock } from "./demo-stock.ts";
import { seedSampleScalps } from "./sample-scalps.ts";

const ZONE = "Europe/London";
const MINUTE = 60_000;

/** Slots per practitioner column: [start minute, service name]; rooms are fixed per column. */
const dayPlans: [number, string][][] = [
  [
    [9 * 60 + 15, "Treatment session"],
    [13 * 60 + 30, "Consultation"],
    [15 * 60, "Touch-up"],
  ],
  [
    [9 * 60 + 30, "Consultation"],
    [11 * 60, "Treatment session"],
    [15 * 60 + 30, "Consultation"],
  ],
  [
    [10 * 60, "Video consultation"],
    [11 * 60, "Video consultation"],
    [14 * 60, "Video consultation"],
  ],
];

/** Clients at the end of the list who have consultations in progress but no sessions. */
const IN_CONSULTATION = 4;

/**
 * Creates "Southampton SMP Studio" with staff, 30 clients and appointments around today, once:
 * it does nothing when any clinic exists. Returns the demo logins when it created them.
 */
export async function seedDemoClinic(deps: AppDeps, now = new Date()) {
  const { db, auth, log } = deps;
  const [existing] = await db.select({ n: count() }).from(organization);
  if ((existing?.n ?? 0) > 0) return null;
  log.info("creating the demo clinic");

  const clinic = await createClinic(db, {
    name: "Southampton SMP Studio",
    slug: "southampton-smp-studio",
    contact: {
      legalName: "Southampton SMP Studio Ltd",
      email: "hello@southampton-smp.example.com",
      phone: "023 8000 0000",
      website: "https://southampton-smp.example.com",
    },
    location: {
      name: "Southampton",
      timeZone: ZONE,
      addressLine1: "14 Oxford Street",
      city: "Southampton",
      postcode: "SO14 3DJ",
      phone: "023 8000 0000",
    },
    hours: standardHours,
    rooms: ["Treatment room 1", "Treatment room 2"],
  });
  // Booking windows: treatment needs a day's notice, a consultation two hours.
  await db
    .update(service)
    .set({ minNoticeMin: 24 * 60, maxHorizonDays: 365 })
    .where(and(eq(service.orgId, clinic.orgId), inArray(service.kind, ["treatment", "touch_up"])));
  await db
    .update(service)
    .set({ minNoticeMin: 2 * 60 })
    .where(and(eq(service.orgId, clinic.orgId), eq(service.kind, "consultation")));
  // Christmas closures, so the demo shows how closed days look.
  const year = Number(epochToLocal(now.getTime(), ZONE).date.slice(0, 4));
  await db.insert(locationSpecialDay).values(
    [`${year}-12-25`, `${year}-12-26`, `${year + 1}-01-01`].map((date, i) => ({
      orgId: clinic.orgId,
      locationId: clinic.locationId,
      date,
      closed: true,
      reason: ["Christmas Day", "Boxing Day", "New Year's Day"][i] ?? "",
    })),
  );
  const closed = new Set([`${year}-12-25`, `${year}-12-26`, `${year + 1}-01-01`]);
  const staff = [];
  for (const s of demoStaff) {
    const ids = await addStaffMember(db, auth, {
      orgId: clinic.orgId,
      email: s.email,
      name: s.name,
      password: DEMO_PASSWORD,
      role: s.role,
      colour: s.colour,
    });
    staff.push({ ...s, ...ids });
  }
  const random = seededRandom(20261124);
  const clients = await db
    .insert(client)
    .values(
      demoClients.map(([firstName, lastName], i) => ({
        orgId: clinic.orgId,
        firstName,
        lastName,
        email: `${firstName}.${lastName}`.toLowerCase().concat("@example.com"),
        phone: `07700 900${String(100 + i * 7).padStart(3, "0")}`,
        dateOfBirth: `${1968 + Math.floor(random() * 35)}-${String(1 + Math.floor(random() * 12)).padStart(2, "0")}-${String(1 + Math.floor(random() * 28)).padStart(2, "0")}`,
        city: "Southampton",
        notes: i % 4 === 0 ? "Prefers morning appointments." : "",
      })),
    )
    .returning({ id: client.id });

  const practitioners = staff.filter((s) => s.role === "practitioner");
  const services = new Map(
    (await db.query.service.findMany({ where: (t, { eq }) => eq(t.orgId, clinic.orgId) })).map(
      (s) => [s.name, s],
    ),
  );
  const roomFor = [clinic.rooms[0]?.id ?? null, clinic.rooms[1]?.id ?? null, null];
  const today = epochToLocal(now.getTime(), ZONE).date;
  const rows: (typeof appointment.$inferInsert)[] = [];
  for (let offset = -42; offset <= 28; offset++) {
    const date = addDays(today, offset);
    if (weekdayOf(date) === 7 || closed.has(date)) continue;
    practitioners.forEach((p, column) => {
      for (const [startMin, serviceName] of dayPlans[column] ?? []) {
        if (random() < 0.45) continue;
        const svc = services.get(serviceName);
        // The last few clients are still at consultation stage: no sessions for them yet.
        const pool =
          svc && svc.kind !== "consultation" ? clients.length - IN_CONSULTATION : clients.length;
        const who = clients[Math.floor(random() * pool)];
        if (!svc || !who) continue;
        const startsAt = wallClockToEpoch(date, startMin, ZONE);
        const endsAt = startsAt + svc.durationMin * MINUTE;
        const past = endsAt < now.getTime();
        const roll = random();
        rows.push({
          orgId: clinic.orgId,
          locationId: clinic.locationId,
          clientId: who.id,
          serviceId: svc.id,
          practitionerId: p.memberId,
          roomId: svc.needsRoom ? roomFor[column] : null,
          startsAt: new Date(startsAt),
          endsAt: new Date(endsAt),
          busyFrom: new Date(startsAt - svc.bufferBeforeMin * MINUTE),
          busyTo: new Date(endsAt + svc.bufferAfterMin * MINUTE),
          status:
            roll < 0.06 ? "cancelled" : past ? (roll < 0.1 ? "no_show" : "completed") : "booked",
        });
      }
    });
  }
  if (rows.length) await db.insert(appointment).values(rows);
  const treatmentServices = new Set(
    [...services.values()]
      .filter((s) => s.kind === "treatment" || s.kind === "touch_up")
      .map((s) => s.id),
  );
  const firstTreatment = new Map<string, string>();
  for (const r of rows) {
    if (!treatmentServices.has(r.serviceId) || r.status === "cancelled") continue;
    const date = epochToLocal((r.startsAt as Date).getTime(), ZONE).date;
    const known = firstTreatment.get(r.clientId);
    if (!known || date < known) firstTreatment.set(r.clientId, date);
  }
  const lead = practitioners[0];
  if (lead) {
    await seedDemoConsultations(
      deps,
      clinic.orgId,
      { ...lead, orgId: clinic.orgId, role: "practitioner" },
      clients.map((c, i) => ({
        id: c.id,
        firstName: demoClients[i]?.[0] ?? "",
        lastName: demoClients[i]?.[1] ?? "",
        firstTreatment: firstTreatment.get(c.id) ?? null,
      })),
      today,
    );
    await seedSampleScalps(deps, clinic.orgId, lead.userId);
  }
  await seedDemoStock(db, clinic.orgId, today);
  log.info({ appointments: rows.length }, "demo clinic ready");
  return {
    orgId: clinic.orgId,
    logins: staff.map((s) => ({ role: s.role, email: s.email, password: DEMO_PASSWORD })),
  };
}
