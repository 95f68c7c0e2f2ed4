import { createHmac, randomInt, timingSafeEqual } from "node:crypto";
import { and, eq, gt, sql } from "drizzle-orm";
import type { PublicDetailsInput } from "../../../shared/contracts/public-booking.ts";
import { audit } from "../../audit/audit.ts";
import { bookingRequest, slotHold } from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";
import { AppError } from "../../http/problem.ts";
import type { Mailer } from "../../notify/mailer.ts";
import { placeHolds } from "../scheduling/holds.ts";
import { PUBLIC_BOOKING_LIMITS as L, tooManyRequests } from "./limits.ts";
import {
  assertPending,
  type BookingRequestRow,
  closeRequest,
  holdExpiry,
  loadRequest,
  type Visitor,
} from "./requests.ts";
import { takenProblem } from "./slots.ts";

const HOUR = 3_600_000;

/** What sending a code needs besides the database. */
export interface CodeMail {
  mailer: Mailer;
  /** The app secret: codes are stored as an HMAC with it, never in clear. */
  secret: string;
  clinicName: string;
}

/** A fresh code, uniformly random. */
export function newCode(): string {
  return randomInt(0, 10 ** L.codeDigits)
    .toString()
    .padStart(L.codeDigits, "0");
}

/** HMAC-SHA256 of the code, bound to its request so a hash is useless for any other one. */
export function hashCode(secret: string, requestId: string, code: string): string {
  return createHmac("sha256", secret).update(`${requestId}:${code}`).digest("hex");
}

export function codeMatches(secret: string, row: BookingRequestRow, code: string): boolean {
  if (!row.codeHash) return false;
  const a = Buffer.from(hashCode(secret, row.id, code), "hex");
  const b = Buffer.from(row.codeHash, "hex");
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Per request: 30 s between codes and 5 in all; per email and per address: a few an hour. */
async function assertCodeAllowance(
  tenant: Tenant,
  row: BookingRequestRow,
  email: string,
  ip: string,
  now: Date,
): Promise<void> {
  if (row.codesSent >= L.maxCodesPerRequest) {
    throw tooManyRequests(
      "No more codes can be sent for this booking. Please start again and choose your time.",
      HOUR / 1000,
    );
  }
  const last = row.lastCodeSentAt?.getTime();
  const wait = last ? last + L.resendAfterSeconds * 1000 - now.getTime() : 0;
  if (wait > 0) {
    throw tooManyRequests(
      `Please wait ${Math.ceil(wait / 1000)} seconds before asking for another code.`,
      wait / 1000,
    );
  }
  const since = new Date(now.getTime() - HOUR);
  const sent = sql<number>`coalesce(sum(${bookingRequest.codesSent}), 0)::int`;
  const oldest = sql<Date | null>`min(${bookingRequest.lastCodeSentAt})`;
  const [byEmail] = await tenant.db
    .select({ n: sent, oldest })
    .from(bookingRequest)
    .where(
      tenant.where(
        bookingRequest,
        sql`lower(${bookingRequest.email}) = ${email.toLowerCase()}`,
        gt(bookingRequest.lastCodeSentAt, since),
      ),
    );
  const [byIp] = await tenant.db
    .select({ n: sent, oldest })
    .from(bookingRequest)
    .where(and(eq(bookingRequest.ip, ip), gt(bookingRequest.lastCodeSentAt, since)));
  const retry = (o: Date | null | undefined) =>
    ((o ? new Date(o).getTime() : now.getTime()) + HOUR - now.getTime()) / 1000;
  if ((byEmail?.n ?? 0) >= L.maxCodesPerEmailPerHour) {
    throw tooManyRequests(
      "Too many codes were sent to this email address. Please try again later.",
      retry(byEmail?.oldest),
    );
  }
  if ((byIp?.n ?? 0) >= L.maxCodesPerIpPerHour) {
    throw tooManyRequests(
      "Too many codes were requested from this network. Please try again later.",
      retry(byIp?.oldest),
    );
  }
}

/**
 * The held time must outlast the code. If the hold lapsed meanwhile it is placed again when the
 * time is still free; otherwise the request ends and the answer is 409.
 */
async function keepHold(tenant: Tenant, row: BookingRequestRow, until: Date, now: Date) {
  const current = await holdExpiry(tenant, row.holdGroupId);
  if (!current || current <= now) {
    try {
      await placeHolds(
        tenant,
        null,
        {
          locationId: row.locationId,
          serviceId: row.serviceId,
          groupId: row.holdGroupId,
          sessions: [
            {
              practitionerId: row.practitionerId,
              roomId: row.roomId,
              startsAt: row.startsAt.toISOString(),
            },
          ],
          purpose: "public_booking",
        },
        now,
      );
    } catch (error) {
      if (error instanceof AppError && error.problem.status === 409) {
        await closeRequest(tenant, row, "expired", now);
        throw takenProblem();
      }
      throw error;
    }
  }
  await tenant.db
    .update(slotHold)
    .set({ expiresAt: sql`greatest(${slotHold.expiresAt}, ${until.toISOString()}::timestamptz)` })
    .where(tenant.where(slotHold, eq(slotHold.groupId, row.holdGroupId)));
}

/** Makes a new code, stores its hash, extends the hold and emails the code. */
async function sendCode(
  tenant: Tenant,
  row: BookingRequestRow,
  details: Partial<typeof bookingRequest.$inferInsert>,
  visitor: Visitor,
  mail: CodeMail,
  now: Date,
): Promise<BookingRequestRow> {
  const email = details.email ?? row.email;
  await assertCodeAllowance(tenant, row, email, visitor.ip, now);
  const code = newCode();
  const codeExpiresAt = new Date(now.getTime() + L.codeMinutes * 60_000);
  await keepHold(tenant, row, codeExpiresAt, now);
  const [updated] = await tenant.db
    .update(bookingRequest)
    .set({
      ...details,
      codeHash: hashCode(mail.secret, row.id, code),
      codeExpiresAt,
      codesSent: sql`${bookingRequest.codesSent} + 1`,
      lastCodeSentAt: now,
      updatedAt: now,
    })
    .where(
      tenant.where(
        bookingRequest,
        eq(bookingRequest.id, row.id),
        eq(bookingRequest.status, "pending"),
        // Two sends at once: only the first passes.
        row.lastCodeSentAt
          ? eq(bookingRequest.lastCodeSentAt, row.lastCodeSentAt)
          : sql`${bookingRequest.lastCodeSentAt} is null`,
      ),
    )
    .returning();
  if (!updated) {
    throw tooManyRequests("A code was sent a moment ago. Check your email.", L.resendAfterSeconds);
  }
  await audit(tenant.db, {
    orgId: tenant.orgId,
    actorUserId: null,
    action: "send-code",
    entity: "booking_request",
    entityId: row.id,
    ip: visitor.ip,
    details: { via: "public_booking", codesSent: updated.codesSent },
  });
  await mail.mailer.send({
    orgId: tenant.orgId,
    to: updated.email,
    subject: `Your booking code for ${mail.clinicName}`,
    text: [
      `Your code is ${code}`,
      "",
      `Enter it to confirm your appointment with ${mail.clinicName}. It works for ${L.codeMinutes} minutes and only once.`,
      "",
      "If you did not ask for this code, you can ignore this email: nothing is booked without it.",
    ].join("\n"),
  });
  return updated as BookingRequestRow;
}

/** Stores the person's details and emails them a code (the first one). */
export async function submitDetails(
  tenant: Tenant,
  requestId: string,
  input: PublicDetailsInput,
  visitor: Visitor,
  mail: CodeMail,
  now: Date,
): Promise<BookingRequestRow> {
  const row = await loadRequest(tenant, requestId);
  assertPending(row);
  return sendCode(
    tenant,
    row,
    {
      firstName: input.firstName,
      lastName: input.lastName,
      email: input.email,
      phone: input.phone ?? "",
      estimate: input.estimate ?? null,
      mode: input.mode,
    },
    visitor,
    mail,
    now,
  );
}

/** Sends another code for a request whose details were given. */
export async function resendCode(
  tenant: Tenant,
  requestId: string,
  visitor: Visitor,
  mail: CodeMail,
  now: Date,
): Promise<BookingRequestRow> {
  const row = await loadRequest(tenant, requestId);
  assertPending(row);
  if (!row.email) {
    throw new AppError({
      type: "https://stipple.dev/problems/unprocessable",
      title: "Details needed",
      status: 422,
      detail: "Enter your name and email first; the code is sent to that address.",
    });
  }
  return sendCode(tenant, row, {}, visitor, mail, now);
}
