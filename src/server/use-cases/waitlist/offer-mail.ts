import type { Mailer } from "../../notify/mailer.ts";

/** What sending an offer needs: the mailer and the address links point at. */
export interface OfferMail {
  mailer: Mailer;
  publicUrl: string;
}

let registered: OfferMail | null = null;

/**
 * Makes the mailer known to `offerFreedTime` and `advanceExpiredOffers`, whose callers (a
 * cancellation, the sweep) do not carry one. Called once at start-up; tests call it themselves.
 */
export function setWaitlistMail(mail: OfferMail | null): void {
  registered = mail;
}

export function registeredWaitlistMail(): OfferMail {
  if (!registered) {
    throw new Error("Waitlist mail is not set up: call setWaitlistMail at start-up.");
  }
  return registered;
}
