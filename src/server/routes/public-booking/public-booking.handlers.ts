import type { RouteHandler } from "@hono/zod-openapi";
import { loadAuthSecret } from "../../auth/secret.ts";
import type { AppDeps, AppEnv } from "../../http/context.ts";
import { notFound } from "../../http/problem.ts";
import { clinicLogoFile } from "../../use-cases/clinic/public-brand.ts";
import {
  openPublicClinic,
  type PublicClinic,
  publicBookingConfig,
} from "../../use-cases/public-booking/clinic.ts";
import { type CodeMail, resendCode, submitDetails } from "../../use-cases/public-booking/code.ts";
import { confirmRequest } from "../../use-cases/public-booking/confirm.ts";
import { holdForRequest, presentRequest } from "../../use-cases/public-booking/requests.ts";
import { publicSlots } from "../../use-cases/public-booking/slots.ts";
import type * as routes from "./public-booking.routes.ts";

type Ctx = {
  var: AppEnv["Variables"];
  req: { valid(target: "param"): { slug: string }; header(name: string): string | undefined };
};

const open = (c: Ctx) => openPublicClinic(c.var.deps.db, c.req.valid("param").slug);

const visitor = (c: Ctx) => ({
  ip: c.var.clientIp,
  userAgent: c.req.header("user-agent") ?? "",
});

/** The app secret, read once (AUTH_SECRET, or the one kept in the data directory). */
const secrets = new WeakMap<AppDeps, Promise<string>>();
function appSecret(deps: AppDeps): Promise<string> {
  let secret = secrets.get(deps);
  if (!secret) {
    secret = loadAuthSecret(deps.env.DATA_DIR, deps.env.AUTH_SECRET);
    secrets.set(deps, secret);
  }
  return secret;
}

async function codeMail(c: Ctx, clinic: PublicClinic): Promise<CodeMail> {
  return {
    mailer: c.var.deps.mailer,
    secret: await appSecret(c.var.deps),
    clinicName: clinic.settings.name,
  };
}

export const getConfig: RouteHandler<typeof routes.getConfig, AppEnv> = async (c) => {
  const clinic = await open(c);
  return c.json(await publicBookingConfig(clinic, c.var.deps.env.PUBLIC_URL), 200);
};

export const getSlots: RouteHandler<typeof routes.getSlots, AppEnv> = async (c) => {
  const { tenant } = await open(c);
  return c.json(await publicSlots(tenant, c.req.valid("query"), new Date()), 200);
};

export const hold: RouteHandler<typeof routes.hold, AppEnv> = async (c) => {
  const { tenant } = await open(c);
  const now = new Date();
  const row = await holdForRequest(tenant, c.req.valid("json"), visitor(c), now);
  return c.json(await presentRequest(tenant, row, now), 201);
};

export const details: RouteHandler<typeof routes.details, AppEnv> = async (c) => {
  const clinic = await open(c);
  const now = new Date();
  const { requestId } = c.req.valid("param");
  const row = await submitDetails(
    clinic.tenant,
    requestId,
    c.req.valid("json"),
    visitor(c),
    await codeMail(c, clinic),
    now,
  );
  return c.json(await presentRequest(clinic.tenant, row, now), 200);
};

export const resend: RouteHandler<typeof routes.resend, AppEnv> = async (c) => {
  const clinic = await open(c);
  const now = new Date();
  const { requestId } = c.req.valid("param");
  const row = await resendCode(
    clinic.tenant,
    requestId,
    visitor(c),
    await codeMail(c, clinic),
    now,
  );
  return c.json(await presentRequest(clinic.tenant, row, now), 200);
};

export const confirm: RouteHandler<typeof routes.confirm, AppEnv> = async (c) => {
  const clinic = await open(c);
  const { requestId } = c.req.valid("param");
  const result = await confirmRequest(
    clinic.tenant,
    requestId,
    c.req.valid("json").code,
    visitor(c),
    await codeMail(c, clinic),
    new Date(),
  );
  return c.json(result, 200);
};

export const logo: RouteHandler<typeof routes.logo, AppEnv> = async (c) => {
  const { tenant } = await open(c);
  const key = await clinicLogoFile(tenant);
  const data = key ? await c.var.deps.files.get(key) : null;
  if (!data) throw notFound("This clinic has no logo.");
  c.header("Cache-Control", "public, max-age=3600");
  return c.body(new Uint8Array(data), 200, { "content-type": "image/png" }) as never;
};
