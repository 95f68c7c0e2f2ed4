import { and, asc, count, desc, eq, inArray, isNull, min } from "drizzle-orm";
import type { ClientLinkSummary, ConsultationPrep } from "../../../shared/contracts/client-prep.ts";
import { audit } from "../../audit/audit.ts";
import {
  auditLog,
  type ClientLinkScope,
  client,
  clientLink,
  consultation,
  organization,
  scalpPhoto,
  user,
} from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";
import { notFound, unprocessable } from "../../http/problem.ts";
import type { Mailer } from "../../notify/mailer.ts";
import { isPortalMinted } from "./link-token.ts";
import { completedFor, createClientLink } from "./links.ts";

async function consultationClient(tenant: Tenant, consultationId: string) {
  const [row] = await tenant.db
    .select({
      clientId: consultation.clientId,
      firstName: client.firstName,
      email: client.email,
      clinicName: organization.name,
    })
    .from(consultation)
    .innerJoin(client, eq(client.id, consultation.clientId))
    .innerJoin(organization, eq(organization.id, consultation.orgId))
    .where(tenant.where(consultation, eq(consultation.id, consultationId)));
  if (!row) throw notFound("There is no such consultation in this clinic.");
  return row;
}

/**
 * The email: discreet, since it may be read over a shoulder or by a shared inbox. It names the
 * clinic and the link, never what the appointment is about.
 */
export function prepEmail(input: {
  clinicName: string;
  firstName: string;
  url: string;
  scopes: ClientLinkScope[];
  expiresAt: string;
}) {
  const asks =
    input.scopes.length === 2
      ? "answer a few questions and send some photos"
      : input.scopes[0] === "intake"
        ? "answer a few questions"
        : "send some photos";
  return {
    subject: `Before your appointment at ${input.clinicName}`,
    text: [
      `Hello ${input.firstName},`,
      "",
      `Before your appointment, ${input.clinicName} would like you to ${asks}. It takes about ten minutes on your phone, and you can stop and come back to it.`,
      "",
      input.url,
      "",
      `The link is personal to you and works until ${input.expiresAt}. Please do not forward it.`,
      "",
      `${input.clinicName}`,
    ].join("\n"),
  };
}

/**
 * Creates a link for the consultation and, when asked, emails it to the client. The link is made
 * in the caller's transaction-free flow: the link exists before the email is sent, so a failed
 * delivery (retried by the outbox) never leaves an email pointing at nothing.
 */
export async function sendClientLink(
  tenant: Tenant,
  input: { consultationId: string; scopes: ClientLinkScope[]; send: boolean },
  ctx: {
    actorUserId: string;
    now: Date;
    ip: string | null;
    mailer: Mailer;
    expiryText: (d: Date) => string;
  },
): Promise<{ id: string; url: string; expiresAt: Date; sentTo: string | null }> {
  const who = await consultationClient(tenant, input.consultationId);
  if (input.send && !who.email) {
    throw unprocessable(
      "This client has no email address. Add one on their record, or copy the link and send it another way.",
    );
  }
  const link = await tenant.transaction((t) =>
    createClientLink(
      t,
      {
        clientId: who.clientId,
        consultationId: input.consultationId,
        scopes: input.scopes,
        createdBy: ctx.actorUserId,
      },
      ctx.now,
    ),
  );
  if (!input.send || !who.email) return { ...link, sentTo: null };
  const mail = prepEmail({
    clinicName: who.clinicName,
    firstName: who.firstName,
    url: link.url,
    scopes: input.scopes,
    expiresAt: ctx.expiryText(link.expiresAt),
  });
  await ctx.mailer.send({ orgId: tenant.orgId, to: who.email, ...mail });
  await audit(tenant.db, {
    orgId: tenant.orgId,
    actorUserId: ctx.actorUserId,
    action: "send",
    entity: "client_link",
    entityId: link.id,
    ip: ctx.ip,
    details: { channel: "email", consultationId: input.consultationId },
  });
  return { ...link, sentTo: who.email };
}

/** The links sent for a consultation (not the short-lived ones the portal makes) and progress. */
export async function consultationPrep(
  tenant: Tenant,
  consultationId: string,
  now: Date,
): Promise<ConsultationPrep> {
  const who = await consultationClient(tenant, consultationId);
  const rows = await tenant.db
    .select({ link: clientLink, createdByName: user.name })
    .from(clientLink)
    .leftJoin(user, eq(user.id, clientLink.createdBy))
    .where(tenant.where(clientLink, eq(clientLink.consultationId, consultationId)))
    .orderBy(desc(clientLink.createdAt));
  const shown = rows.filter((r) => !isPortalMinted(r.link));
  const ids = shown.map((r) => r.link.id);
  const events = ids.length
    ? await tenant.db
        .select({ id: auditLog.entityId, action: auditLog.action, at: min(auditLog.at) })
        .from(auditLog)
        .where(
          and(
            eq(auditLog.orgId, tenant.orgId),
            eq(auditLog.entity, "client_link"),
            inArray(auditLog.entityId, ids),
            inArray(auditLog.action, ["read", "send"]),
          ),
        )
        .groupBy(auditLog.entityId, auditLog.action)
        .orderBy(asc(auditLog.entityId))
    : [];
  const firstOf = (id: string, action: string) =>
    events.find((e) => e.id === id && e.action === action)?.at?.toISOString() ?? null;
  const progress = (await completedFor(tenant, [consultationId])).get(consultationId);
  const [photos] = await tenant.db
    .select({ n: count() })
    .from(scalpPhoto)
    .where(
      tenant.where(
        scalpPhoto,
        eq(scalpPhoto.consultationId, consultationId),
        eq(scalpPhoto.source, "client"),
        isNull(scalpPhoto.deletedAt),
      ),
    );
  const links: ClientLinkSummary[] = shown.map(({ link, createdByName }) => ({
    id: link.id,
    scopes: link.scopes,
    status: link.revokedAt ? "revoked" : link.expiresAt <= now ? "expired" : "open",
    createdAt: link.createdAt.toISOString(),
    expiresAt: link.expiresAt.toISOString(),
    revokedAt: link.revokedAt?.toISOString() ?? null,
    createdByName: createdByName ?? null,
    openedAt: firstOf(link.id, "read"),
    sentAt: firstOf(link.id, "send"),
    intakeSubmittedAt: link.intakeSubmittedAt?.toISOString() ?? null,
    photosSubmittedAt: link.photosSubmittedAt?.toISOString() ?? null,
  }));
  return {
    consultationId,
    clientEmail: who.email,
    links,
    intakeDone: progress?.intakeDone ?? false,
    photosDone: progress?.photosDone ?? false,
    clientPhotoCount: photos?.n ?? 0,
  };
}

/** The link must be one of this clinic's; used before revoking. */
export async function linkConsultation(tenant: Tenant, linkId: string): Promise<string> {
  const [row] = await tenant.db
    .select({ consultationId: clientLink.consultationId })
    .from(clientLink)
    .where(tenant.where(clientLink, eq(clientLink.id, linkId)));
  if (!row) throw notFound("There is no such link in this clinic.");
  return row.consultationId;
}
