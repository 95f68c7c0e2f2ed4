import { and, eq } from "drizzle-orm";
import {
  type TemplateChannel,
  type TemplateKey,
  templateCatalogue,
  templateChannels,
  templateKeys,
} from "../../../domain/messaging/catalogue.ts";
import {
  DEFAULT_TEMPLATES,
  type TemplateText,
} from "../../../domain/messaging/default-templates.ts";
import { templateProblems } from "../../../domain/messaging/discreet.ts";
import { messageTemplate } from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";
import { badRequest } from "../../http/problem.ts";

type Override = TemplateText & { updatedAt: Date };
export type TemplateOverrides = Map<string, Override>;

const id = (key: string, channel: string) => `${key}/${channel}`;

/** The clinic's own wordings, by "key/channel". */
export async function loadTemplateOverrides(tenant: Tenant): Promise<TemplateOverrides> {
  const rows = await tenant.db.select().from(messageTemplate).where(tenant.where(messageTemplate));
  return new Map(
    rows.map((r) => [
      id(r.key, r.channel),
      { subject: r.subject, body: r.body, updatedAt: r.updatedAt },
    ]),
  );
}

/**
 * The wording to send: the clinic's own if it still passes the rules (a clinic that turned
 * discreet wording back on after saving a revealing text gets the default until it edits it).
 */
export function effectiveTemplate(
  overrides: TemplateOverrides,
  key: TemplateKey,
  channel: TemplateChannel,
  discreet: boolean,
): TemplateText {
  const own = overrides.get(id(key, channel));
  if (own && templateProblems(key, channel, own, discreet).length === 0) return own;
  return DEFAULT_TEMPLATES[key][channel];
}

/** Every key × channel with its default and current wording, in schedule order. */
export function templateList(overrides: TemplateOverrides) {
  return templateKeys.flatMap((key) =>
    templateChannels.map((channel) => {
      const info = templateCatalogue[key];
      const fallback = DEFAULT_TEMPLATES[key][channel];
      const own = overrides.get(id(key, channel));
      return {
        key,
        channel,
        kind: info.kind,
        label: info.label,
        when: info.when,
        defaultSubject: fallback.subject,
        defaultBody: fallback.body,
        subject: own?.subject ?? fallback.subject,
        body: own?.body ?? fallback.body,
        customised: own !== undefined,
        updatedAt: own?.updatedAt.toISOString() ?? null,
      };
    }),
  );
}

/** Refuses wording that breaks the rules, naming each problem by field. */
export function assertTemplateAcceptable(
  key: TemplateKey,
  channel: TemplateChannel,
  text: TemplateText,
  discreet: boolean,
): void {
  const problems = templateProblems(key, channel, text, discreet);
  if (problems.length > 0) {
    throw badRequest(problems.map((p) => p.message).join(" "), {
      errors: problems.map((p) => ({ field: p.field, message: p.message })),
    });
  }
}

export async function saveTemplateOverride(
  tenant: Tenant,
  key: TemplateKey,
  channel: TemplateChannel,
  text: TemplateText,
  userId: string,
  now: Date,
): Promise<void> {
  await tenant
    .insert(messageTemplate, {
      key,
      channel,
      subject: text.subject,
      body: text.body,
      updatedBy: userId,
      updatedAt: now,
    })
    .onConflictDoUpdate({
      target: [messageTemplate.orgId, messageTemplate.key, messageTemplate.channel],
      set: { subject: text.subject, body: text.body, updatedBy: userId, updatedAt: now },
    });
}

/** Back to Stipple's wording; true if the clinic had its own. */
export async function deleteTemplateOverride(
  tenant: Tenant,
  key: TemplateKey,
  channel: TemplateChannel,
): Promise<boolean> {
  const deleted = await tenant.db
    .delete(messageTemplate)
    .where(
      tenant.where(
        messageTemplate,
        and(eq(messageTemplate.key, key), eq(messageTemplate.channel, channel)),
      ),
    )
    .returning({ id: messageTemplate.id });
  return deleted.length > 0;
}
