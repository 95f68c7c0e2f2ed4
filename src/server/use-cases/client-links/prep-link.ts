import { timingSafeEqual } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Database } from "../../db/client.ts";
import type { ClientLinkScope } from "../../db/schema/index.ts";
import { clientLink, consultation } from "../../db/schema/index.ts";
import { createTenant, type Tenant } from "../../db/tenant.ts";
import { AppError, conflict, notFound } from "../../http/problem.ts";
import { hashClientLinkToken, looksLikeClientLinkToken } from "./link-token.ts";

/** One answer for every unknown link, so a caller learns nothing from it. */
export const NO_PREP_LINK =
  "This link does not match an appointment. Check you opened the whole link from your email, or contact the clinic.";

export type ClientLinkRow = typeof clientLink.$inferSelect;
export type ConsultationRow = typeof consultation.$inferSelect;

export interface OpenedLink {
  tenant: Tenant;
  link: ClientLinkRow;
  consultation: ConsultationRow;
}

const gone = (detail: string) =>
  new AppError({
    type: "https://stipple.dev/problems/link-closed",
    title: "Link no longer open",
    status: 410,
    detail,
  });

/**
 * The link a client's token opens, in any clinic, with a Tenant bound to that clinic and the
 * consultation it is for. 404 for an unknown token; 410 once revoked or expired.
 */
export async function openPrepLink(db: Database, token: string, now: Date): Promise<OpenedLink> {
  if (!looksLikeClientLinkToken(token)) throw notFound(NO_PREP_LINK);
  const hash = hashClientLinkToken(token);
  const [row] = await db.select().from(clientLink).where(eq(clientLink.tokenHash, hash));
  // The lookup is by hash; the comparison is repeated in constant time all the same.
  if (!row || !timingSafeEqual(Buffer.from(row.tokenHash), Buffer.from(hash))) {
    throw notFound(NO_PREP_LINK);
  }
  if (row.revokedAt) {
    throw gone(
      "The clinic has withdrawn this link. If you still need to send anything, contact the clinic for a new one.",
    );
  }
  if (row.expiresAt.getTime() <= now.getTime()) {
    throw gone("This link has expired. Contact the clinic and they can send you a new one.");
  }
  const tenant = createTenant(db, row.orgId);
  const [k] = await tenant.db
    .select()
    .from(consultation)
    .where(tenant.where(consultation, eq(consultation.id, row.consultationId)));
  if (!k) throw notFound(NO_PREP_LINK);
  return { tenant, link: row, consultation: k };
}

/** The link must allow this part (intake or photos). */
export function requireScope(link: ClientLinkRow, scope: ClientLinkScope): void {
  if (!link.scopes.includes(scope)) {
    throw new AppError({
      type: "https://stipple.dev/problems/forbidden",
      title: "Not part of this link",
      status: 403,
      detail:
        scope === "intake"
          ? "This link is for photos only. The clinic will go through the medical questions with you."
          : "This link is for the questionnaire only. The clinic did not ask for photos.",
    });
  }
}

/** Changes are accepted only while the consultation is still open. */
export function requireOpenConsultation(k: ConsultationRow): void {
  if (k.status !== "open") {
    throw conflict(
      "Your consultation has already taken place, so nothing more can be sent through this link. Contact the clinic if something has changed.",
    );
  }
}

/**
 * Whether the client may still change their answers here. Once the clinic has entered or
 * confirmed the intake itself (its source is "staff"), or the consultation is no longer open,
 * the answers are the clinic's record: changes go through the clinic, never silently over it.
 */
export function intakeLocked(k: ConsultationRow): boolean {
  return k.status !== "open" || k.intakeSource === "staff";
}
