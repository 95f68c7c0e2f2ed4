import { createHash } from "node:crypto";
import { desc, eq } from "drizzle-orm";
import {
  type ConsentKind,
  type ConsentValues,
  consentHashInput,
  consentKinds,
  consentValuesFrom,
  defaultConsentTexts,
  depositWords,
  isConsentKind,
  renderConsentText,
  unknownPlaceholders,
} from "../../../domain/consents/index.ts";
import { createFormatter } from "../../../domain/time/format.ts";
import { audit } from "../../audit/audit.ts";
import { consentTemplate, organization } from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";
import { badRequest, conflict, notFound } from "../../http/problem.ts";
import { clinicZone } from "../clinic/primary-location.ts";
import { loadClinicalSettings } from "../consultations/clinical-settings-store.ts";
import { loadBookingPolicy } from "../scheduling/booking-policy-store.ts";

/** One version of a form as stored (or the built-in default, not stored yet: `id` null). */
export interface TemplateVersion {
  id: string | null;
  kind: ConsentKind;
  version: number;
  /** As written, with `{{placeholders}}`. */
  title: string;
  body: string;
  createdAt: Date | null;
  createdBy: string | null;
}

/** What a client is shown and signs: the current version with the clinic's values filled in. */
export interface ConsentForm {
  templateId: string | null;
  kind: ConsentKind;
  version: number;
  title: string;
  body: string;
  /** sha256 of title + "\n\n" + body: the signer sends it back so a changed text is refused. */
  sha256: string;
}

export const sha256Hex = (text: string | Buffer) => createHash("sha256").update(text).digest("hex");

function defaultVersion(kind: ConsentKind): TemplateVersion {
  const { title, body } = defaultConsentTexts[kind];
  return { id: null, kind, version: 1, title, body, createdAt: null, createdBy: null };
}

/** The clinic's name and formatter (its primary location's zone). */
export async function clinicIdentity(tenant: Tenant) {
  const [org] = await tenant.db
    .select({ name: organization.name, slug: organization.slug })
    .from(organization)
    .where(eq(organization.id, tenant.orgId));
  const timeZone = await clinicZone(tenant);
  return {
    name: org?.name ?? "the clinic",
    slug: org?.slug ?? "",
    format: createFormatter({ timeZone }),
  };
}

/** The placeholder values: the clinic's name, booking rules and deposit setting. */
export async function consentValues(tenant: Tenant): Promise<ConsentValues> {
  // One after the other: inside a transaction they share one connection.
  const identity = await clinicIdentity(tenant);
  const policy = await loadBookingPolicy(tenant);
  const clinical = await loadClinicalSettings(tenant);
  return consentValuesFrom({
    clinicName: identity.name,
    deposit: depositWords(clinical.settings.pricing.deposit, identity.format.money),
    policy: policy.policy,
  });
}

/** Fills `{{placeholders}}` from the clinic's settings, as the client will read the form. */
export async function consentRenderer(tenant: Tenant) {
  const values = await consentValues(tenant);
  return (template: TemplateVersion): ConsentForm => {
    const title = renderConsentText(template.title, values);
    const body = renderConsentText(template.body, values);
    return {
      templateId: template.id,
      kind: template.kind,
      version: template.version,
      title,
      body,
      sha256: sha256Hex(consentHashInput(title, body)),
    };
  };
}

/** Every stored version of one kind, newest first (the default if none is stored). */
export async function listVersions(tenant: Tenant, kind: ConsentKind): Promise<TemplateVersion[]> {
  const rows = await tenant.db
    .select()
    .from(consentTemplate)
    .where(tenant.where(consentTemplate, eq(consentTemplate.kind, kind)))
    .orderBy(desc(consentTemplate.version));
  if (rows.length === 0) return [defaultVersion(kind)];
  return rows.map((r) => ({ ...r, kind: r.kind as ConsentKind }));
}

/** The version in use for one kind. */
export async function currentVersion(tenant: Tenant, kind: ConsentKind): Promise<TemplateVersion> {
  const [row] = await tenant.db
    .select()
    .from(consentTemplate)
    .where(tenant.where(consentTemplate, eq(consentTemplate.kind, kind)))
    .orderBy(desc(consentTemplate.version))
    .limit(1);
  return row ? { ...row, kind: row.kind as ConsentKind } : defaultVersion(kind);
}

/** The version in use for every kind, in the order of `consentKinds`. */
export async function currentVersions(tenant: Tenant): Promise<TemplateVersion[]> {
  const rows = await tenant.db
    .selectDistinctOn([consentTemplate.kind])
    .from(consentTemplate)
    .where(tenant.where(consentTemplate))
    .orderBy(consentTemplate.kind, desc(consentTemplate.version));
  return consentKinds.map((kind) => {
    const row = rows.find((r) => r.kind === kind);
    return row ? { ...row, kind } : defaultVersion(kind);
  });
}

/**
 * Stores the default text as version 1 if the clinic has no version of this kind yet, so a
 * signature or an edit can refer to it; returns the current version's row.
 */
export async function materialiseCurrent(
  tenant: Tenant,
  kind: ConsentKind,
): Promise<TemplateVersion & { id: string }> {
  const current = await currentVersion(tenant, kind);
  if (current.id) return current as TemplateVersion & { id: string };
  const { title, body } = defaultConsentTexts[kind];
  await tenant
    .insert(consentTemplate, { kind, version: 1, title, body, createdBy: null })
    .onConflictDoNothing();
  const stored = await currentVersion(tenant, kind);
  if (!stored.id) throw new Error("The default consent text was not stored.");
  return stored as TemplateVersion & { id: string };
}

/**
 * Saves an edit as a NEW version (versions are never changed, so every signature keeps the text
 * its signer read). `basedOn` is the version the editor started from: a newer one means someone
 * else saved meanwhile (409).
 */
export async function saveNewVersion(
  tenant: Tenant,
  input: { kind: ConsentKind; title: string; body: string; basedOn: number },
  actorUserId: string,
): Promise<TemplateVersion> {
  const unknown = unknownPlaceholders(`${input.title}\n${input.body}`);
  if (unknown.length > 0) {
    throw badRequest(
      `These placeholders are not known: ${unknown.map((u) => `{{${u}}}`).join(", ")}. Check the spelling against the list under the editor.`,
    );
  }
  return tenant.transaction(async (t) => {
    const current = await materialiseCurrent(t, input.kind);
    if (current.version !== input.basedOn) {
      throw conflict(
        `Someone saved version ${current.version} of this form meanwhile. Reload to see it, then make your change again.`,
      );
    }
    if (current.title === input.title && current.body === input.body) {
      throw badRequest("Nothing has changed: edit the text before saving a new version.");
    }
    const [row] = await t
      .insert(consentTemplate, {
        kind: input.kind,
        version: current.version + 1,
        title: input.title,
        body: input.body,
        createdBy: actorUserId,
      })
      .returning();
    if (!row) throw new Error("The consent version was not stored.");
    await audit(t.db, {
      orgId: t.orgId,
      actorUserId,
      action: "create",
      entity: "consent_template",
      entityId: row.id,
      details: { kind: input.kind, version: row.version },
    });
    return { ...row, kind: input.kind };
  });
}

/** A kind from a URL: an unknown one is a form that does not exist. */
export function kindFromPath(kind: string): ConsentKind {
  if (!isConsentKind(kind)) throw notFound("There is no consent form of that kind.");
  return kind;
}
