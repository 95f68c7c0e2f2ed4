import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import type { Auth } from "../../auth/auth.ts";

/** Keys are derived per purpose, so a signature made here is worthless anywhere else. */
const PURPOSE = "stipple/appointment-calendar-link/v1";

const keys = new WeakMap<Auth, Promise<Buffer>>();

/** The signing key for client calendar links, derived from the server's auth secret. */
export function calendarLinkKey(auth: Auth): Promise<Buffer> {
  let key = keys.get(auth);
  if (!key) {
    key = auth.$context.then(({ secret }) =>
      Buffer.from(hkdfSync("sha256", secret, "", PURPOSE, 32)),
    );
    keys.set(auth, key);
  }
  return key;
}

export function signAppointmentId(key: Buffer, appointmentId: string): string {
  return createHmac("sha256", key).update(appointmentId).digest("base64url");
}

export function verifyAppointmentSignature(
  key: Buffer,
  appointmentId: string,
  signature: string,
): boolean {
  const expected = Buffer.from(signAppointmentId(key, appointmentId));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The public address a client opens to add one appointment to their calendar. */
export function appointmentCalendarUrl(publicUrl: string, appointmentId: string, key: Buffer) {
  const sig = signAppointmentId(key, appointmentId);
  return `${publicUrl}/api/public/appointments/${appointmentId}/calendar.ics?sig=${sig}`;
}
