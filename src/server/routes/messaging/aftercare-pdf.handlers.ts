import type { RouteHandler } from "@hono/zod-openapi";
import { audit } from "../../audit/audit.ts";
import type { StaffEnv } from "../../auth/guard.ts";
import { renderAftercarePdf } from "../../documents/aftercare-pdf.ts";
import { aftercarePdfInput } from "../../documents/aftercare-pdf-context.ts";
import type { aftercarePdf } from "./messaging.routes.ts";

export const get: RouteHandler<typeof aftercarePdf, StaffEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const { tenant, staff } = c.var;
  const input = await aftercarePdfInput(tenant, id);
  const pdf = await renderAftercarePdf(input);
  await audit(tenant.db, {
    orgId: tenant.orgId,
    actorUserId: staff.userId,
    action: "read",
    entity: "aftercare_sheet",
    entityId: id,
    ip: c.var.clientIp,
  });
  const day = input.fmt.date(input.sessionEnded).split("/").reverse().join("-");
  return c.body(new Uint8Array(pdf), 200, {
    "content-type": "application/pdf",
    "content-disposition": `inline; filename="aftercare-${day}.pdf"`,
    "cache-control": "private, no-store",
  }) as never;
};
