import { asc, desc } from "drizzle-orm";
import sharp from "sharp";
import {
  generateSampleScalp,
  SAMPLE_SCALPS,
  type SampleScalpKind,
} from "../../domain/preview/sample-scalp.ts";
import { consultation } from "../db/schema/index.ts";
import { createTenant } from "../db/tenant.ts";
import type { AppDeps } from "../http/context.ts";
import { storeScalpPhoto } from "../use-cases/photos/store-photo.ts";

/**
 * Which synthetic scalps each demo consultation gets (no photos of real people ship): a receding
 * hairline with some thinning on top, a horseshoe fringe, and a thinning crown.
 */
const PLAN: SampleScalpKind[][] = [["receding_front", "diffuse_top"], ["bald_top"], ["crown"]];

/**
 * Stores the generated sample scalp images as clinic consultation photos of the demo clinic's
 * most recent consultations (one client each), through the same photo use case staff use, so the
 * SMP preview can be tried on a fresh install.
 */
export async function seedSampleScalps(deps: AppDeps, orgId: string, uploadedBy: string | null) {
  const tenant = createTenant(deps.db, orgId);
  const rows = await tenant.db
    .select({ id: consultation.id, clientId: consultation.clientId, heldOn: consultation.heldOn })
    .from(consultation)
    .where(tenant.where(consultation))
    .orderBy(desc(consultation.heldOn), asc(consultation.id));
  const seen = new Set<string>();
  const picked = rows
    .filter((r) => !seen.has(r.clientId) && seen.add(r.clientId))
    .slice(0, PLAN.length);
  let stored = 0;
  for (const [i, row] of picked.entries()) {
    for (const kind of PLAN[i] ?? []) {
      const info = SAMPLE_SCALPS.find((s) => s.kind === kind);
      if (!info) continue;
      const image = generateSampleScalp(kind);
      const jpeg = await sharp(
        Buffer.from(image.data.buffer, image.data.byteOffset, image.data.byteLength),
        {
          raw: { width: image.width, height: image.height, channels: 4 },
        },
      )
        .removeAlpha()
        .jpeg({ quality: 90 })
        .toBuffer();
      await storeScalpPhoto(tenant, deps.files, {
        clientId: row.clientId,
        consultationId: row.id,
        view: info.view,
        data: jpeg,
        uploadedBy,
        source: "clinic",
        takenAt: new Date(`${row.heldOn}T10:00:00Z`),
      });
      stored++;
    }
  }
  return { stored };
}
