import type { RouteHandler } from "@hono/zod-openapi";
import type { StaffEnv } from "../../auth/guard.ts";
import { createTenant } from "../../db/tenant.ts";
import { createUrlSigner, type UrlSigner } from "../../files/signed-urls.ts";
import type { AppDeps, AppEnv } from "../../http/context.ts";
import { AppError, forbidden, notFound } from "../../http/problem.ts";
import {
  deletePhoto,
  photoFileKey,
  setPhotoConsent,
} from "../../use-cases/photos/photo-commands.ts";
import { defaultPhotoLimits } from "../../use-cases/photos/photo-image.ts";
import { issuePhotoUrls, listClientPhotos } from "../../use-cases/photos/photo-read.ts";
import { storeScalpPhoto } from "../../use-cases/photos/store-photo.ts";
import type * as routes from "./photos.routes.ts";

const signers = new WeakMap<AppDeps, UrlSigner>();

/** One signer per app, keyed from the auth secret. */
export function signerFor(deps: AppDeps): UrlSigner {
  let signer = signers.get(deps);
  if (!signer) {
    signer = createUrlSigner(deps.auth.options.secret ?? "");
    signers.set(deps, signer);
  }
  return signer;
}

export const photoMaxBytes = (deps: AppDeps) => Math.round(deps.env.PHOTO_MAX_MB * 1024 * 1024);

const readerOf = (c: { var: StaffEnv["Variables"] }) => ({
  userId: c.var.staff.userId,
  signer: signerFor(c.var.deps),
  now: new Date(),
});

export const upload: RouteHandler<typeof routes.upload, StaffEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const form = c.req.valid("form");
  const { tenant, staff, deps } = c.var;
  const stored = await storeScalpPhoto(tenant, deps.files, {
    clientId: id,
    view: form.view,
    viewLabel: form.viewLabel,
    sessionId: form.sessionId ?? null,
    consultationId: form.consultationId ?? null,
    consent: form.consent,
    takenAt: form.takenAt ? new Date(form.takenAt) : undefined,
    data: Buffer.from(await form.file.arrayBuffer()),
    uploadedBy: staff.userId,
    limits: { ...defaultPhotoLimits, maxBytes: photoMaxBytes(deps) },
  });
  return c.json(stored, 201);
};

export const list: RouteHandler<typeof routes.list, StaffEnv> = async (c) => {
  const items = await listClientPhotos(
    c.var.tenant,
    readerOf(c),
    c.req.valid("param").id,
    c.req.valid("query"),
  );
  return c.json({ items }, 200);
};

export const urls: RouteHandler<typeof routes.urls, StaffEnv> = async (c) =>
  c.json(await issuePhotoUrls(c.var.tenant, readerOf(c), c.req.valid("param").id), 200);

export const patch: RouteHandler<typeof routes.patch, StaffEnv> = async (c) => {
  await setPhotoConsent(
    c.var.tenant,
    c.var.staff.userId,
    c.req.valid("param").id,
    c.req.valid("json").consent,
  );
  return c.body(null, 204);
};

export const remove: RouteHandler<typeof routes.remove, StaffEnv> = async (c) => {
  await deletePhoto(c.var.tenant, c.var.staff.userId, c.req.valid("param").id);
  return c.body(null, 204);
};

/**
 * Serves a photo file for a signed URL: the signature binds clinic, photo, variant and expiry, so
 * no session is needed (an <img> can load it), and a copied link stops working within minutes.
 */
export const file: RouteHandler<typeof routes.file, AppEnv> = async (c) => {
  const { orgId, id, variant } = c.req.valid("param");
  const { exp, sig } = c.req.valid("query");
  const { deps } = c.var;
  const check = signerFor(deps).verify({ orgId, photoId: id, variant }, exp, sig, Date.now());
  if (check === "forged") throw forbidden("This photo link is not valid.");
  if (check === "expired") {
    throw new AppError({
      type: "https://stipple.dev/problems/link-expired",
      title: "Link expired",
      status: 410,
      detail: "This photo link has expired. Reopen the photo in Stipple to get a new one.",
    });
  }
  const key = await photoFileKey(createTenant(deps.db, orgId), id, variant);
  const data = key ? await deps.files.get(key) : null;
  if (!data) throw notFound("This photo has been deleted.");
  return c.body(new Uint8Array(data), 200, {
    "content-type": "image/jpeg",
    "cache-control": "no-store, private",
    "x-content-type-options": "nosniff",
    "content-disposition": "inline",
  });
};
