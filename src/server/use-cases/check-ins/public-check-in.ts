import { timingSafeEqual } from "node:crypto";
import { eq } from "drizzle-orm";
import type { PublicCheckIn } from "../../../shared/contracts/check-ins.ts";
import type { Executor } from "../../db/client.ts";
import {
  appointment,
  checkIn,
  client,
  clinicSettings,
  location,
  organization,
} from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";
import { notFound } from "../../http/problem.ts";
import { presentPublicBrand, publicBrandColumns } from "../clinic/public-brand.ts";
import { hashCheckInToken } from "./check-in-token.ts";

/** One answer for every unknown link, so a caller learns nothing from it. */
export const NO_CHECK_IN =
  "This link does not match a check-in. Check you opened the whole link from your message, or contact the clinic.";

/** The check-in a client's link opens, in any clinic; 404 for an unknown link. */
export async function findCheckInByToken(
  db: Executor,
  token: string,
): Promise<{ id: string; orgId: string }> {
  const hash = hashCheckInToken(token);
  const [row] = await db
    .select({ id: checkIn.id, orgId: checkIn.orgId, tokenHash: checkIn.tokenHash })
    .from(checkIn)
    .where(eq(checkIn.tokenHash, hash));
  // The lookup is by hash; the comparison is repeated in constant time all the same.
  if (!row || !timingSafeEqual(Buffer.from(row.tokenHash), Buffer.from(hash))) {
    throw notFound(NO_CHECK_IN);
  }
  return { id: row.id, orgId: row.orgId };
}

type CheckInRow = typeof checkIn.$inferSelect;

/** Where a check-in stands at `now`: answered beats withdrawn beats expired. */
export function checkInStatus(row: CheckInRow, now: Date): PublicCheckIn["status"] {
  if (row.answer) return "answered";
  if (row.cancelledAt) return "withdrawn";
  if (row.expiresAt.getTime() <= now.getTime()) return "expired";
  return "open";
}

/** What the client's page shows: clinic, first name, day and state; no health data. */
export async function presentPublicCheckIn(
  tenant: Tenant,
  checkInId: string,
  now: Date,
): Promise<PublicCheckIn> {
  const [row] = await tenant.db
    .select({
      c: checkIn,
      firstName: client.firstName,
      visitAt: appointment.startsAt,
      zone: location.timeZone,
      clinicName: organization.name,
      settings: publicBrandColumns,
    })
    .from(checkIn)
    .innerJoin(client, eq(client.id, checkIn.clientId))
    .innerJoin(appointment, eq(appointment.id, checkIn.appointmentId))
    .innerJoin(location, eq(location.id, appointment.locationId))
    .innerJoin(organization, eq(organization.id, checkIn.orgId))
    .leftJoin(clinicSettings, eq(clinicSettings.orgId, checkIn.orgId))
    .where(tenant.where(checkIn, eq(checkIn.id, checkInId)));
  if (!row) throw notFound(NO_CHECK_IN);
  const c = row.c;
  return {
    status: checkInStatus(c, now),
    clinic: presentPublicBrand(row.clinicName, row.settings),
    firstName: row.firstName,
    day: c.day,
    visitOn: row.visitAt.toISOString(),
    timeZone: row.zone,
    expiresAt: c.expiresAt.toISOString(),
    answer: c.answer ?? null,
    answeredAt: c.answeredAt?.toISOString() ?? null,
  };
}
