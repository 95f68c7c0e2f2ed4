import { eq } from "drizzle-orm";
import { previewCaption } from "../../../shared/contracts/preview.ts";
import { audit } from "../../audit/audit.ts";
import { previewDesign } from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";
import type { FileStore } from "../../files/file-store.ts";
import { conflict } from "../../http/problem.ts";
import { loadPreviewRow } from "./preview-read.ts";

/** The rendered design as the plan PDF prints it. */
export interface PlanPreview {
  image: Buffer;
  caption: string;
  /** The design version the image shows; accepting the plan freezes exactly this version. */
  version: number;
}

/** The consultation's rendered design for the plan PDF, or null when there is none. */
export async function loadPlanPreview(
  tenant: Tenant,
  files: FileStore,
  consultationId: string,
): Promise<PlanPreview | null> {
  const row = await loadPreviewRow(tenant, consultationId);
  if (!row?.renderFile) return null;
  const image = await files.get(row.renderFile);
  if (!image) return null;
  return { image, caption: previewCaption(row.params), version: row.version };
}

/**
 * Freezes the consultation's design with the plan being accepted, inside the acceptance's
 * transaction. The design must still be the version the client saw and the PDF shows.
 */
export async function freezePreview(
  t: Tenant,
  userId: string,
  input: { consultationId: string; planId: string; at: Date; shownVersion: number | null },
): Promise<void> {
  const [row] = await t.db
    .select()
    .from(previewDesign)
    .where(t.where(previewDesign, eq(previewDesign.consultationId, input.consultationId)))
    .for("update");
  const changed = () =>
    conflict("The preview design changed while the client was signing. Check it and sign again.");
  if (!row?.renderFile) {
    if (input.shownVersion !== null) throw changed();
    return;
  }
  if (row.status === "frozen") throw conflict("This preview design is already frozen.");
  if (row.version !== input.shownVersion) throw changed();
  await t.db
    .update(previewDesign)
    .set({ status: "frozen", frozenAt: input.at, planId: input.planId, updatedAt: input.at })
    .where(t.where(previewDesign, eq(previewDesign.id, row.id)));
  await audit(t.db, {
    orgId: t.orgId,
    actorUserId: userId,
    action: "freeze",
    entity: "preview-design",
    entityId: row.id,
    details: { consultationId: input.consultationId, planId: input.planId, version: row.version },
  });
}
