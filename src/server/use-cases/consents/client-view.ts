import { eq, inArray } from "drizzle-orm";
import type { ConsentKind } from "../../../domain/consents/index.ts";
import { consentPlaceholders, isRequiredConsent } from "../../../domain/consents/index.ts";
import type {
  ClientConsentsView,
  ConsentDocument as ConsentDocumentView,
  ConsentTemplatesView,
  ConsentTemplateView,
} from "../../../shared/contracts/consents.ts";
import { client, user } from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";
import { notFound } from "../../http/problem.ts";
import { clinicZone } from "../clinic/primary-location.ts";
import { type ConsentDocument, consentDocuments } from "./status.ts";
import {
  consentRenderer,
  consentValues,
  currentVersions,
  listVersions,
  type TemplateVersion,
} from "./templates.ts";

const iso = (d: Date | null) => d?.toISOString() ?? null;

export function presentDocument(d: ConsentDocument): ConsentDocumentView {
  return { ...d, signedAt: d.signedAt.toISOString(), withdrawnAt: iso(d.withdrawnAt) };
}

/** What a client (portal) or the clinic (client page) sees: each form, its state, signed copies. */
export async function clientConsents(
  tenant: Tenant,
  clientId: string,
): Promise<ClientConsentsView> {
  const [exists] = await tenant.db
    .select({ id: client.id })
    .from(client)
    .where(tenant.where(client, eq(client.id, clientId)));
  if (!exists) throw notFound("This client was not found.");
  const versions = await currentVersions(tenant);
  const documents = await consentDocuments(tenant, clientId);
  const render = await consentRenderer(tenant);
  const kinds = versions.map((current) => {
    const form = render(current);
    const latest = documents.find((d) => d.kind === current.kind) ?? null;
    const state = !latest
      ? ("missing" as const)
      : latest.withdrawnAt
        ? ("withdrawn" as const)
        : latest.version === current.version
          ? ("signed" as const)
          : ("outdated" as const);
    return {
      kind: current.kind,
      state,
      form: { ...form, required: isRequiredConsent(current.kind) },
      latest: latest ? presentDocument(latest) : null,
    };
  });
  const marketing = kinds.find((k) => k.kind === "photo_marketing");
  return {
    kinds,
    documents: documents.map(presentDocument),
    marketingLive: Boolean(marketing?.latest && !marketing.latest.withdrawnAt),
    timeZone: await clinicZone(tenant),
  };
}

async function names(tenant: Tenant, ids: (string | null)[]) {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map<string, string>();
  const rows = await tenant.db
    .select({ id: user.id, name: user.name })
    .from(user)
    .where(inArray(user.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}

async function present(tenant: Tenant, rows: TemplateVersion[]): Promise<ConsentTemplateView[]> {
  const [render, who] = await Promise.all([
    consentRenderer(tenant),
    names(
      tenant,
      rows.map((r) => r.createdBy),
    ),
  ]);
  return rows.map((r) => {
    const form = render(r);
    return {
      kind: r.kind,
      templateId: r.id,
      version: r.version,
      builtIn: r.id === null,
      title: r.title,
      body: r.body,
      rendered: { title: form.title, body: form.body },
      createdAt: iso(r.createdAt),
      createdByName: r.createdBy ? (who.get(r.createdBy) ?? null) : null,
    };
  });
}

/** Settings → Consent forms: the current version of every kind and the placeholder values. */
export async function templatesView(tenant: Tenant): Promise<ConsentTemplatesView> {
  const current = await present(tenant, await currentVersions(tenant));
  const values = await consentValues(tenant);
  return {
    templates: current.map((t) => ({ ...t, required: isRequiredConsent(t.kind) })),
    placeholders: consentPlaceholders.map((name) => ({ name, value: String(values[name]) })),
  };
}

export async function versionsView(tenant: Tenant, kind: ConsentKind) {
  return { versions: await present(tenant, await listVersions(tenant, kind)) };
}
