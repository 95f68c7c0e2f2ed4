import { eq } from "drizzle-orm";
import type { Database } from "../../db/client.ts";
import { appointment, client, sessionZone, treatmentSession } from "../../db/schema/index.ts";

export interface ClinicRefs {
  orgId: string;
  locationId: string;
  serviceId: string;
}

/** Inserts a client straight into the database. */
export async function seedClient(
  db: Database,
  orgId: string,
  c: { firstName: string; lastName: string; email?: string; phone?: string },
): Promise<string> {
  const [row] = await db
    .insert(client)
    .values({ orgId, ...c })
    .returning({ id: client.id });
  if (!row) throw new Error("no client");
  return row.id;
}

interface ZoneSeed {
  zone: string;
  label: string;
  pigment: string;
  needle: string;
  anaesthetic?: string | null;
}

/**
 * An appointment, its treatment session and zones, inserted directly; `signed` signs the session
 * after its zones (a signed session's zones cannot be added afterwards).
 */
export async function seedSession(
  db: Database,
  clinic: ClinicRefs,
  s: {
    clientId: string;
    practitionerId: string;
    startsAt: string;
    signed: boolean;
    zones: ZoneSeed[];
  },
): Promise<string> {
  const start = new Date(s.startsAt);
  const end = new Date(start.getTime() + 3 * 3_600_000);
  const [appt] = await db
    .insert(appointment)
    .values({
      orgId: clinic.orgId,
      locationId: clinic.locationId,
      clientId: s.clientId,
      serviceId: clinic.serviceId,
      practitionerId: s.practitionerId,
      startsAt: start,
      endsAt: end,
      busyFrom: start,
      busyTo: end,
      status: "completed",
    })
    .returning({ id: appointment.id });
  if (!appt) throw new Error("no appointment");
  const [session] = await db
    .insert(treatmentSession)
    .values({
      orgId: clinic.orgId,
      appointmentId: appt.id,
      clientId: s.clientId,
      practitionerId: s.practitionerId,
      checklist: {},
      startedAt: start,
    })
    .returning({ id: treatmentSession.id });
  if (!session) throw new Error("no session");
  for (const z of s.zones) {
    await db.insert(sessionZone).values({
      orgId: clinic.orgId,
      sessionId: session.id,
      zone: z.zone,
      label: z.label,
      pigmentBatchId: z.pigment,
      pigmentParts: 1,
      waterParts: 2,
      needleBatchId: z.needle,
      anaestheticBatchId: z.anaesthetic ?? null,
    });
  }
  if (s.signed)
    await db
      .update(treatmentSession)
      .set({ status: "signed", signedAt: end, endedAt: end })
      .where(eq(treatmentSession.id, session.id));
  return session.id;
}
