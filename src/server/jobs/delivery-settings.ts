import type { Database } from "../db/client.ts";
import type { Env } from "../env.ts";
import type { Logger } from "../logger.ts";
import type { Transports } from "../notify/transport.ts";

export interface DeliverySettings {
  maxAttempts: number;
  backoffSeconds: number;
  backoffMaxSeconds: number;
  leaseSeconds: number;
}

/** What delivery needs: the database, the transports and the retry settings. */
export interface DeliveryDeps {
  db: Database;
  transports: Transports;
  settings: DeliverySettings;
  log: Logger;
}

export function deliverySettings(env: Env): DeliverySettings {
  return {
    maxAttempts: env.DELIVERY_MAX_ATTEMPTS,
    backoffSeconds: env.DELIVERY_BACKOFF_SECONDS,
    backoffMaxSeconds: env.DELIVERY_BACKOFF_MAX_SECONDS,
    leaseSeconds: env.DELIVERY_LEASE_SECONDS,
  };
}

/** Wait before the next try after `attempts` failed tries: base × 2^(attempts−1), capped. */
export function backoffSeconds(settings: DeliverySettings, attempts: number): number {
  const exponent = Math.min(Math.max(attempts - 1, 0), 30);
  return Math.min(settings.backoffSeconds * 2 ** exponent, settings.backoffMaxSeconds);
}

export const INTERRUPTED_ERROR =
  "Delivery was interrupted (the worker stopped while sending), so it may not have arrived. Check with the recipient before resending.";
