import type { RouteHandler } from "@hono/zod-openapi";
import { createTenant } from "../../db/tenant.ts";
import type { AppEnv } from "../../http/context.ts";
import { AppError, notFound } from "../../http/problem.ts";
import { loadPortalClinicBySlug } from "../../portal/clinic-lookup.ts";
import { forwardToPortalAuth } from "../../portal/mount.ts";
import { PORTAL_CODE_MINUTES } from "../../portal/portal-auth.ts";
import { consumeRateLimit } from "../../portal/rate-limit-storage.ts";
import { clinicLogoFile } from "../../use-cases/clinic/public-brand.ts";
import type * as routes from "./sign-in.routes.ts";

async function clinicOf(c: { var: AppEnv["Variables"] }, slug: string) {
  const clinic = await loadPortalClinicBySlug(c.var.deps.db, slug);
  if (!clinic) throw notFound("There is no clinic at this address.");
  return clinic;
}

export const brand: RouteHandler<typeof routes.brand, AppEnv> = async (c) => {
  const clinic = await clinicOf(c, c.req.valid("param").slug);
  const { name, primaryColour, accentColour, hasLogo, phone, email } = clinic.brand;
  return c.json(
    { slug: clinic.slug, name, primaryColour, accentColour, hasLogo, phone, email },
    200,
  );
};

export const logo: RouteHandler<typeof routes.logo, AppEnv> = async (c) => {
  const clinic = await clinicOf(c, c.req.valid("param").slug);
  const key = await clinicLogoFile(createTenant(c.var.deps.db, clinic.orgId));
  const data = key ? await c.var.deps.files.get(key) : null;
  if (!data) throw notFound("This clinic has no logo.");
  c.header("Cache-Control", "public, max-age=3600");
  return c.body(new Uint8Array(data), 200, { "content-type": "image/png" }) as never;
};

const tooMany = () =>
  new AppError({
    type: "https://stipple.dev/problems/rate-limited",
    title: "Too many attempts",
    status: 429,
    detail: "Too many codes were asked for this email address. Please wait a minute and try again.",
    retryAfter: 60,
  });

export const requestCode: RouteHandler<typeof routes.requestCode, AppEnv> = async (c) => {
  const clinic = await clinicOf(c, c.req.valid("param").slug);
  const { email } = c.req.valid("json");
  // Per email as well as per address, so nobody can flood a client's inbox from many addresses.
  const perEmail = await consumeRateLimit(c.var.deps.db, `code-email|${clinic.orgId}|${email}`, {
    window: 60,
    max: Math.min(c.var.deps.env.SIGN_IN_RATE_LIMIT, 5),
  });
  if (!perEmail.allowed) throw tooMany();
  const res = await forwardToPortalAuth(c, "/email-otp/send-verification-otp", {
    orgId: clinic.orgId,
    body: { email, type: "sign-in" },
  });
  if (res.status === 429) return res as never;
  if (!res.ok) {
    c.var.log.warn({ status: res.status }, "portal code request refused by auth");
    throw new AppError({ title: "Bad request", status: 400, detail: "Check the email address." });
  }
  return c.json({ sent: true as const, expiresInMinutes: PORTAL_CODE_MINUTES }, 202);
};

const codeProblems: Record<string, { status: 400 | 410; detail: string; reason: string }> = {
  INVALID_OTP: {
    status: 400,
    reason: "wrong",
    detail:
      "That code is not right, or it was already used. Check the latest email, or ask for a new code.",
  },
  OTP_EXPIRED: {
    status: 410,
    reason: "expired",
    detail: "That code has expired or was already used. Ask for a new code.",
  },
  TOO_MANY_ATTEMPTS: {
    status: 410,
    reason: "too-many-attempts",
    detail: "That code was tried too many times. Ask for a new code.",
  },
};

export const verifyCode: RouteHandler<typeof routes.verifyCode, AppEnv> = async (c) => {
  const clinic = await clinicOf(c, c.req.valid("param").slug);
  const { email, code } = c.req.valid("json");
  const res = await forwardToPortalAuth(c, "/sign-in/email-otp", {
    orgId: clinic.orgId,
    body: { email, otp: code },
  });
  if (res.status === 429) return res as never;
  if (!res.ok) {
    const body = (await res.json().catch(() => ({}))) as { code?: string };
    // No code stored (never sent, or used already) reads as expired to the client.
    const known = codeProblems[body.code ?? ""] ?? codeProblems.OTP_EXPIRED;
    throw new AppError({
      type: `https://stipple.dev/problems/code-${known?.reason}`,
      title: known?.status === 400 ? "Wrong code" : "Code no longer valid",
      status: known?.status ?? 410,
      detail: known?.detail,
      reason: known?.reason,
    });
  }
  const out = c.json({ signedIn: true as const }, 200);
  for (const cookie of res.headers.getSetCookie()) out.headers.append("set-cookie", cookie);
  return out;
};
