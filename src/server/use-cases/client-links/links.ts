import { desc, eq, gt, inArray, isNull } from "drizzle-orm";
import { audit } from "../../audit/audit.ts";
import {
  type ClientLinkScope,
  clientLink,
  clientLinkScopes,
  consultation,
} from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";
import { badRequest, notFound } from "../../http/problem.ts";
import { messagingPublicUrl } from "../messaging/public-url.ts";
import {
  clientLinkExpiry,
  hashClientLinkToken,
  newClientLinkToken,
  PORTAL_LINK_HOURS,
  prepUrl,
} from "./link-token.ts";

export interface CreateClientLinkInput {
  clientId: string;
  consultationId: string;
  scopes: ClientLinkScope[];
  /** The staff member who sent it; null when the client booked online or asked in the portal. */
  createdBy: string | null;
}

export interface CreatedClientLink {
  id: string;
  token: string;
  url: string;
  expiresAt: Date;
}

/** The scopes in their canonical order, without duplicates; at least one. */
export function normaliseScopes(scopes: readonly string[]): ClientLinkScope[] {
  const wanted = clientLinkScopes.filter((s) => scopes.includes(s));
  const unknown = scopes.filter((s) => !(clientLinkScopes as readonly string[]).includes(s));
  if (unknown.length > 0) throw badRequest(`Unknown link scope: ${unknown.join(", ")}.`);
  if (wanted.length === 0) throw badRequest("A link needs at least one of: intake, photos.");
  return wanted;
}

/**
 * A secret link for a client to prepare for a consultation (intake, photos or both). The token is
 * returned once, here; only its sha256 is stored. Call it inside the caller's transaction so the
 * link exists only if the rest of the work does.
 */
export async function createClientLink(
  tenant: Tenant,
  input: CreateClientLinkInput,
  now: Date,
  options: { expiresAt?: Date } = {},
): Promise<CreatedClientLink> {
  const scopes = normaliseScopes(input.scopes);
  const [k] = await tenant.db
    .select({ clientId: consultation.clientId, heldOn: consultation.heldOn })
    .from(consultation)
    .where(tenant.where(consultation, eq(consultation.id, input.consultationId)));
  if (!k) throw notFound("There is no such consultation in this clinic.");
  if (k.clientId !== input.clientId) {
    throw badRequest("That consultation belongs to another client.");
  }
  const token = newClientLinkToken();
  const expiresAt = options.expiresAt ?? clientLinkExpiry(k.heldOn, now);
  const [row] = await tenant
    .insert(clientLink, {
      clientId: input.clientId,
      consultationId: input.consultationId,
      scopes,
      tokenHash: hashClientLinkToken(token),
      expiresAt,
      createdBy: input.createdBy,
      createdAt: now,
    })
    .returning({ id: clientLink.id });
  if (!row) throw new Error("client link insert returned no row");
  await audit(tenant.db, {
    orgId: tenant.orgId,
    actorUserId: input.createdBy,
    action: "create",
    entity: "client_link",
    entityId: row.id,
    details: { consultationId: input.consultationId, scopes, expiresAt: expiresAt.toISOString() },
  });
  return { id: row.id, token, url: prepUrl(messagingPublicUrl(), token), expiresAt };
}

export interface PendingPrep {
  consultationId: string;
  url: string;
  scopes: ClientLinkScope[];
  intakeDone: boolean;
  photosDone: boolean;
  expiresAt: Date;
}

/**
 * What a client still has to do before their consultations: one entry per consultation with an
 * open link whose work is not all done. Only token hashes are stored, so each entry carries a
 * fresh link, valid for PORTAL_LINK_HOURS (never beyond the sent link's own expiry), for the
 * signed-in client to follow.
 */
export async function pendingPrepFor(
  tenant: Tenant,
  clientId: string,
  now: Date,
): Promise<PendingPrep[]> {
  const links = await tenant.db
    .select()
    .from(clientLink)
    .innerJoin(consultation, eq(consultation.id, clientLink.consultationId))
    .where(
      tenant.where(
        clientLink,
        eq(clientLink.clientId, clientId),
        isNull(clientLink.revokedAt),
        gt(clientLink.expiresAt, now),
        eq(consultation.status, "open"),
      ),
    )
    .orderBy(desc(clientLink.expiresAt));
  const done = await completedFor(tenant, [
    ...new Set(links.map((l) => l.client_link.consultationId)),
  ]);
  const byConsultation = new Map<string, { scopes: Set<ClientLinkScope>; expiresAt: Date }>();
  for (const { client_link: l } of links) {
    const entry = byConsultation.get(l.consultationId) ?? {
      scopes: new Set<ClientLinkScope>(),
      expiresAt: l.expiresAt,
    };
    for (const s of l.scopes) entry.scopes.add(s);
    if (l.expiresAt > entry.expiresAt) entry.expiresAt = l.expiresAt;
    byConsultation.set(l.consultationId, entry);
  }
  const pending: PendingPrep[] = [];
  for (const [consultationId, entry] of byConsultation) {
    const progress = done.get(consultationId);
    const status = {
      intakeDone: progress?.intakeDone ?? false,
      photosDone: progress?.photosDone ?? false,
    };
    const scopes = clientLinkScopes.filter((s) => entry.scopes.has(s));
    const open = scopes.filter((s) => (s === "intake" ? !status.intakeDone : !status.photosDone));
    if (open.length === 0) continue;
    const cap = new Date(now.getTime() + PORTAL_LINK_HOURS * 3_600_000);
    const link = await createClientLink(
      tenant,
      { clientId, consultationId, scopes, createdBy: null },
      now,
      { expiresAt: cap < entry.expiresAt ? cap : entry.expiresAt },
    );
    pending.push({ consultationId, url: link.url, scopes, ...status, expiresAt: link.expiresAt });
  }
  return pending;
}

export interface PrepProgress {
  intakeDone: boolean;
  photosDone: boolean;
  /** The latest time the client said they had finished each part, through any link. */
  intakeAt: Date | null;
  photosAt: Date | null;
}

const later = (a: Date | null, b: Date | null) => (a && b ? (a > b ? a : b) : (a ?? b));

/** Per consultation: has the client finished the intake, the photos (through any link)? */
export async function completedFor(
  tenant: Tenant,
  consultationIds: string[],
): Promise<Map<string, PrepProgress>> {
  const result = new Map<string, PrepProgress>();
  if (consultationIds.length === 0) return result;
  const rows = await tenant.db
    .select({
      consultationId: clientLink.consultationId,
      intakeAt: clientLink.intakeSubmittedAt,
      photosAt: clientLink.photosSubmittedAt,
    })
    .from(clientLink)
    .where(tenant.where(clientLink, inArray(clientLink.consultationId, consultationIds)));
  for (const r of rows) {
    const entry = result.get(r.consultationId) ?? {
      intakeDone: false,
      photosDone: false,
      intakeAt: null,
      photosAt: null,
    };
    entry.intakeAt = later(entry.intakeAt, r.intakeAt);
    entry.photosAt = later(entry.photosAt, r.photosAt);
    entry.intakeDone = entry.intakeAt !== null;
    entry.photosDone = entry.photosAt !== null;
    result.set(r.consultationId, entry);
  }
  return result;
}

/** Closes a link at once; the client's page then says it is no longer open. */
export async function revokeClientLink(
  tenant: Tenant,
  linkId: string,
  ctx: { actorUserId: string; now: Date; ip: string | null },
): Promise<void> {
  const updated = await tenant.db
    .update(clientLink)
    .set({ revokedAt: ctx.now })
    .where(tenant.where(clientLink, eq(clientLink.id, linkId), isNull(clientLink.revokedAt)))
    .returning({ id: clientLink.id });
  if (updated.length === 0) {
    const [exists] = await tenant.db
      .select({ id: clientLink.id })
      .from(clientLink)
      .where(tenant.where(clientLink, eq(clientLink.id, linkId)));
    if (!exists) throw notFound("There is no such link in this clinic.");
    return; // Already revoked: nothing more to do.
  }
  await audit(tenant.db, {
    orgId: tenant.orgId,
    actorUserId: ctx.actorUserId,
    action: "update",
    entity: "client_link",
    entityId: linkId,
    ip: ctx.ip,
    details: { revoked: true },
  });
}
