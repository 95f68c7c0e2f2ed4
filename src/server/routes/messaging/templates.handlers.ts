import type { RouteHandler } from "@hono/zod-openapi";
import type { TemplateChannel, TemplateKey } from "../../../domain/messaging/catalogue.ts";
import {
  placeholderDescriptions,
  templateCatalogue,
  templateChannels,
  templateKeys,
} from "../../../domain/messaging/catalogue.ts";
import { templateProblems } from "../../../domain/messaging/discreet.ts";
import { renderMessage, smsSegments } from "../../../domain/messaging/render.ts";
import { sampleMessageVars } from "../../../domain/messaging/vars.ts";
import { audit } from "../../audit/audit.ts";
import type { StaffEnv } from "../../auth/guard.ts";
import type { Tenant } from "../../db/tenant.ts";
import { notFound } from "../../http/problem.ts";
import { queueClinicReplan } from "../../jobs/queue.ts";
import { clinicBrand } from "../../use-cases/messaging/clinic-brand.ts";
import { messagingPublicUrl } from "../../use-cases/messaging/public-url.ts";
import { loadMessagingSettings } from "../../use-cases/messaging/settings-store.ts";
import {
  assertTemplateAcceptable,
  deleteTemplateOverride,
  loadTemplateOverrides,
  saveTemplateOverride,
  templateList,
} from "../../use-cases/messaging/template-store.ts";
import type {
  deleteTemplate,
  listTemplates,
  previewTemplate,
  putTemplate,
} from "./messaging.routes.ts";

/** The template a path names, or 404. */
function resolve(params: { key: string; channel: string }): {
  key: TemplateKey;
  channel: TemplateChannel;
} {
  const key = templateKeys.find((k) => k === params.key);
  const channel = templateChannels.find((ch) => ch === params.channel);
  if (!key || !channel) {
    throw notFound(
      "There is no such message template: the channel is email or sms, and the key one of those listed by GET /message-templates.",
    );
  }
  return { key, channel };
}

const withPlaceholders = (item: ReturnType<typeof templateList>[number]) => ({
  ...item,
  placeholders: templateCatalogue[item.key].placeholders.map((name) => ({
    name,
    description: placeholderDescriptions[name],
  })),
});

async function one(tenant: Tenant, key: TemplateKey, channel: TemplateChannel) {
  const item = templateList(await loadTemplateOverrides(tenant)).find(
    (t) => t.key === key && t.channel === channel,
  );
  if (!item) throw notFound("There is no such message template.");
  return withPlaceholders(item);
}

export const list: RouteHandler<typeof listTemplates, StaffEnv> = async (c) => {
  const { tenant } = c.var;
  const { settings } = await loadMessagingSettings(tenant);
  const items = templateList(await loadTemplateOverrides(tenant)).map(withPlaceholders);
  return c.json({ discreet: settings.discreet, items }, 200);
};

export const put: RouteHandler<typeof putTemplate, StaffEnv> = async (c) => {
  const { key, channel } = resolve(c.req.valid("param"));
  const text = c.req.valid("json");
  const { tenant, staff } = c.var;
  const { settings } = await loadMessagingSettings(tenant);
  assertTemplateAcceptable(key, channel, text, settings.discreet);
  await tenant.transaction(async (t) => {
    await saveTemplateOverride(t, key, channel, text, staff.userId, new Date());
    await audit(t.db, {
      orgId: t.orgId,
      actorUserId: staff.userId,
      action: "update",
      entity: "message_template",
      entityId: `${key}/${channel}`,
      ip: c.var.clientIp,
    });
    // Messages already planned take the new wording (the worker re-plans them shortly).
    await queueClinicReplan(t.db, t.orgId);
  });
  return c.json(await one(tenant, key, channel), 200);
};

export const remove: RouteHandler<typeof deleteTemplate, StaffEnv> = async (c) => {
  const { key, channel } = resolve(c.req.valid("param"));
  const { tenant, staff } = c.var;
  await tenant.transaction(async (t) => {
    if (await deleteTemplateOverride(t, key, channel)) {
      await audit(t.db, {
        orgId: t.orgId,
        actorUserId: staff.userId,
        action: "delete",
        entity: "message_template",
        entityId: `${key}/${channel}`,
        ip: c.var.clientIp,
      });
      await queueClinicReplan(t.db, t.orgId);
    }
  });
  return c.json(await one(tenant, key, channel), 200);
};

export const preview: RouteHandler<typeof previewTemplate, StaffEnv> = async (c) => {
  const { key, channel } = resolve(c.req.valid("param"));
  const text = c.req.valid("json");
  const { tenant } = c.var;
  const { settings } = await loadMessagingSettings(tenant);
  const brand = await clinicBrand(tenant);
  const vars = sampleMessageVars(
    brand.clinic,
    brand.location,
    settings,
    messagingPublicUrl(),
    Date.now(),
  );
  const rendered = renderMessage(channel, text, vars, brand.colours);
  return c.json(
    {
      ...rendered,
      smsSegments: channel === "sms" ? smsSegments(rendered.bodyText) : null,
      problems: templateProblems(key, channel, text, settings.discreet),
    },
    200,
  );
};
