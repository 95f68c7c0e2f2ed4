import type { RouteHandler } from "@hono/zod-openapi";
import type { StaffEnv } from "../../auth/guard.ts";
import { createTenant } from "../../db/tenant.ts";
import type { AppDeps, AppEnv } from "../../http/context.ts";
import { AppError, forbidden, notFound } from "../../http/problem.ts";
import { savePreview } from "../../use-cases/preview/preview-commands.ts";
import {
  createPreviewSigner,
  getPreviewState,
  type PreviewSigner,
  presentPreview,
  previewFileKey,
} from "../../use-cases/preview/preview-read.ts";
import type * as routes from "./preview.routes.ts";

const signers = new WeakMap<AppDeps, PreviewSigner>();

/** One signer per app, keyed from the auth secret. */
export function previewSignerFor(deps: AppDeps): PreviewSigner {
  let signer = signers.get(deps);
  if (!signer) {
    signer = createPreviewSigner(deps.auth.options.secret ?? "");
    signers.set(deps, signer);
  }
  return signer;
}

const readerOf = (c: { var: StaffEnv["Variables"] }) => ({
  userId: c.var.staff.userId,
  signer: previewSignerFor(c.var.deps),
  now: new Date(),
});

export const get: RouteHandler<typeof routes.get, StaffEnv> = async (c) =>
  c.json(await getPreviewState(c.var.tenant, readerOf(c), c.req.valid("param").id), 200);

export const save: RouteHandler<typeof routes.save, StaffEnv> = async (c) => {
  const { tenant, deps, staff } = c.var;
  const row = await savePreview(
    tenant,
    deps.files,
    staff.userId,
    c.req.valid("param").id,
    c.req.valid("json"),
  );
  return c.json(presentPreview(tenant.orgId, readerOf(c), row), 200);
};

/** Serves a rendered preview for a signed URL (the signature binds clinic, design and variant). */
export const file: RouteHandler<typeof routes.file, AppEnv> = async (c) => {
  const { orgId, id, variant } = c.req.valid("param");
  const { exp, sig } = c.req.valid("query");
  const { deps } = c.var;
  const check = previewSignerFor(deps).verify({ orgId, id, variant }, exp, sig, Date.now());
  if (check === "forged") throw forbidden("This preview link is not valid.");
  if (check === "expired") {
    throw new AppError({
      type: "https://stipple.dev/problems/link-expired",
      title: "Link expired",
      status: 410,
      detail: "This preview link has expired. Reopen the preview in Stipple to get a new one.",
    });
  }
  const key = await previewFileKey(createTenant(deps.db, orgId), id, variant);
  const data = key ? await deps.files.get(key) : null;
  if (!data) throw notFound("This preview has no rendered image.");
  return c.body(new Uint8Array(data), 200, {
    "content-type": "image/jpeg",
    "cache-control": "no-store, private",
    "x-content-type-options": "nosniff",
    "content-disposition": "inline",
  });
};
