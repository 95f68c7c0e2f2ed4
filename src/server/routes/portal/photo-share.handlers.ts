import type { RouteHandler } from "@hono/zod-openapi";
import { eq } from "drizzle-orm";
import { audit } from "../../audit/audit.ts";
import type { StaffEnv } from "../../auth/guard.ts";
import { scalpPhoto } from "../../db/schema/index.ts";
import { loadPhoto } from "../../use-cases/photos/photo-read.ts";
import type * as routes from "./photo-share.routes.ts";

export const sharePhoto: RouteHandler<typeof routes.sharePhoto, StaffEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const { shared } = c.req.valid("json");
  const { tenant, staff } = c.var;
  const result = await tenant.transaction(async (tx) => {
    const photo = await loadPhoto(tx, id);
    const sharedAt = shared ? (photo.sharedWithClientAt ?? new Date()) : null;
    await tx.db
      .update(scalpPhoto)
      .set({ sharedWithClientAt: sharedAt })
      .where(tx.where(scalpPhoto, eq(scalpPhoto.id, id)));
    await audit(tx.db, {
      orgId: tx.orgId,
      actorUserId: staff.userId,
      action: "update",
      entity: "scalp-photo",
      entityId: id,
      ip: c.var.clientIp,
      details: { clientId: photo.clientId, sharedWithClient: shared },
    });
    return { id, sharedWithClientAt: sharedAt?.toISOString() ?? null };
  });
  return c.json(result, 200);
};
