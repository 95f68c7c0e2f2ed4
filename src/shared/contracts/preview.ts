import { z } from "zod";
import { previewDesignSchema, previewParamsSchema } from "../../domain/preview/schema.ts";
import type { PreviewParams } from "../../domain/preview/types.ts";
import { uuid } from "./common.ts";
import { photoFileParams, photoFileQuery } from "./photos.ts";

/** The SMP preview of a consultation: the design drawn on a photo and its rendered result. */
export const previewStatus = z.enum(["draft", "frozen"]);
export type PreviewStatus = z.infer<typeof previewStatus>;

export const previewView = z.object({
  id: z.string(),
  consultationId: z.string(),
  clientId: z.string(),
  photoId: z.string(),
  design: previewDesignSchema,
  params: previewParamsSchema,
  /** "frozen" once the client accepted the plan that includes this design. */
  status: previewStatus,
  frozenAt: z.string().nullable(),
  /** The accepted plan the design was frozen with. */
  planId: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.string(),
  /** Short-lived signed URLs of the server-rendered result (JPEG) and its 400 px thumbnail. */
  renderUrl: z.string().nullable(),
  renderThumbUrl: z.string().nullable(),
  /** When the URLs stop working (ISO instant). */
  expiresAt: z.string(),
});
export type PreviewView = z.infer<typeof previewView>;

export const previewState = z.object({
  /** null while no design has been saved for this consultation. */
  preview: previewView.nullable(),
  /** Starting parameters for a new design: the clinic defaults with the plan's pigment strength. */
  defaults: previewParamsSchema,
  /** The plan's suggested final pigment strength in %, when there is a plan. */
  planShadePct: z.number().nullable(),
  /** Why the design cannot be changed (frozen, consultation closed); null when it can. */
  readOnlyReason: z.string().nullable(),
});
export type PreviewState = z.infer<typeof previewState>;

export const previewSaveInput = z.object({
  photoId: uuid,
  design: previewDesignSchema,
  params: previewParamsSchema,
  /** The version the editor started from; 0 when there was no saved design yet. */
  version: z.number().int().min(0).max(1_000_000),
});
export type PreviewSaveInput = z.infer<typeof previewSaveInput>;

export const previewConsultationParam = z.object({ id: uuid });
export const previewFileParams = photoFileParams;
export const previewFileQuery = photoFileQuery;

const stageWords: Record<PreviewParams["stage"], string> = {
  session_1: "after session 1",
  session_2: "after session 2",
  final: "at the end of the course",
};

/** One line under the image: what the simulation shows, in the client's words. */
export function previewCaption(p: PreviewParams): string {
  const dot = Number(p.dotDiameterMm.toFixed(2));
  return `Simulation ${stageWords[p.stage]}, ${p.healing === "fresh" ? "freshly done" : "healed"}: about ${Math.round(p.densityPerCm2)} impressions per cm², ${dot} mm dots, ${Math.round(p.shadePct)} % pigment strength. A guide to the look, not a guarantee of the result.`;
}
