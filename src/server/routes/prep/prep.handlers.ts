import type { RouteHandler } from "@hono/zod-openapi";
import { PREP_PHOTO_MAX_BYTES } from "../../../shared/contracts/client-prep.ts";
import type { AppEnv } from "../../http/context.ts";
import { AppError, notFound } from "../../http/problem.ts";
import { saveClientIntake } from "../../use-cases/client-links/prep-intake.ts";
import { openPrepLink } from "../../use-cases/client-links/prep-link.ts";
import {
  markPrepDone,
  removePrepPhoto,
  uploadPrepPhoto,
} from "../../use-cases/client-links/prep-photos.ts";
import { presentPrep } from "../../use-cases/client-links/prep-read.ts";
import { clinicLogoFile } from "../../use-cases/clinic/public-brand.ts";
import { signerFor } from "../photos/photos.handlers.ts";
import type * as routes from "./prep.routes.ts";

type Ctx = { var: AppEnv["Variables"]; req: { valid(target: "param"): { token: string } } };

/** The link the token opens (404/410 otherwise), at `now`. */
const open = (c: Ctx, now: Date) => openPrepLink(c.var.deps.db, c.req.valid("param").token, now);

/** The page as it now stands, read afresh after a change. */
async function present(c: Ctx) {
  const now = new Date();
  return presentPrep(await open(c, now), {
    signer: signerFor(c.var.deps),
    now,
    ip: c.var.clientIp,
  });
}

const tooLarge = () =>
  new AppError({
    type: "https://stipple.dev/problems/too-large",
    title: "Photo too large",
    status: 413,
    detail: "The photo is too large. Take it again, or choose a smaller one.",
  });

export const getPrep: RouteHandler<typeof routes.getPrep, AppEnv> = async (c) =>
  c.json(await present(c), 200);

export const putIntake: RouteHandler<typeof routes.putIntake, AppEnv> = async (c) => {
  const input = c.req.valid("json");
  const now = new Date();
  await saveClientIntake(await open(c, now), input, { now, ip: c.var.clientIp });
  return c.json(await present(c), 200);
};

export const uploadPhoto: RouteHandler<typeof routes.uploadPhoto, AppEnv> = async (c) => {
  const form = c.req.valid("form");
  if (form.photo.size > PREP_PHOTO_MAX_BYTES) throw tooLarge();
  const opened = await open(c, new Date());
  await uploadPrepPhoto(
    opened,
    {
      view: form.view,
      viewLabel: form.viewLabel ?? "",
      data: Buffer.from(await form.photo.arrayBuffer()),
    },
    { files: c.var.deps.files, ip: c.var.clientIp },
  );
  return c.json(await present(c), 201);
};

export const deletePhoto: RouteHandler<typeof routes.deletePhoto, AppEnv> = async (c) => {
  const { photoId } = c.req.valid("param");
  const now = new Date();
  await removePrepPhoto(await open(c, now), photoId, { now, ip: c.var.clientIp });
  return c.json(await present(c), 200);
};

export const markDone: RouteHandler<typeof routes.markDone, AppEnv> = async (c) => {
  const { part } = c.req.valid("json");
  const now = new Date();
  await markPrepDone(await open(c, now), part, { now, ip: c.var.clientIp });
  return c.json(await present(c), 200);
};

export const prepLogo: RouteHandler<typeof routes.prepLogo, AppEnv> = async (c) => {
  const { tenant } = await open(c, new Date());
  const key = await clinicLogoFile(tenant);
  const data = key ? await c.var.deps.files.get(key) : null;
  if (!data) throw notFound("This clinic has no logo.");
  c.header("Cache-Control", "private, max-age=3600");
  return c.body(new Uint8Array(data), 200, { "content-type": "image/png" }) as never;
};
