import { z } from "zod";
import { zoneIds } from "../../domain/planning/types.ts";
import { amendableSessionFields, amendableZoneFields } from "../../domain/sessions/amendments.ts";
import {
  checklistItemIds,
  MIN_OVERRIDE_REASON,
  preCareItemIds,
} from "../../domain/sessions/checklist.ts";
import { isoInstant, shortText, uuid } from "./common.ts";
import { answers } from "./consultations.ts";

const version = z.number().int().min(1);
const checklistItemId = z.enum(checklistItemIds);

/** The practitioner's re-check: "no change", or the answers that changed (and today's questions). */
export const rescreenInput = z.object({
  noChange: z.boolean(),
  answers: answers.default({}),
});

export const checklistInput = z.object({
  rescreen: rescreenInput.nullable().optional(),
  preCare: z.partialRecord(z.enum(preCareItemIds), z.boolean()).optional(),
  overrides: z
    .array(
      z.object({
        item: checklistItemId,
        reason: z
          .string()
          .trim()
          .min(MIN_OVERRIDE_REASON, `must be at least ${MIN_OVERRIDE_REASON} characters`)
          .max(1000, "must be at most 1000 characters"),
      }),
    )
    .max(5)
    .optional(),
});
export type ChecklistInput = z.input<typeof checklistInput>;

export const checklistItem = z.object({
  id: checklistItemId,
  label: z.string(),
  status: z.enum(["pass", "fail", "pending", "not_required"]),
  reasons: z.array(z.string()),
  overridable: z.boolean(),
  override: z
    .object({ reason: z.string(), byUserId: z.string(), byName: z.string(), at: z.string() })
    .nullable(),
});
export type ChecklistItemView = z.infer<typeof checklistItem>;

export const checklistResult = z.object({
  items: z.array(checklistItem),
  canStart: z.boolean(),
  blocking: z.array(checklistItemId),
  /** The local date the items were judged for. */
  sessionDate: z.string(),
});
export type ChecklistResult = z.infer<typeof checklistResult>;

export const batchRef = z.object({
  id: uuid,
  kind: z.enum(["pigment", "needle", "anaesthetic"]),
  brand: z.string(),
  product: z.string(),
  lot: z.string(),
  expiresOn: z.string(),
  needleConfig: z.string().nullable(),
});
export type BatchRef = z.infer<typeof batchRef>;

const positiveParts = (label: string) =>
  z.number().int(`${label} must be a whole number`).min(1, `${label} must be at least 1`).max(20);

export const zoneInput = z
  .object({
    zone: z.enum(zoneIds),
    label: z.string().trim().min(1, "Label is required").max(80),
    pigmentBatchId: uuid,
    pigmentParts: positiveParts("Pigment parts"),
    waterParts: z
      .number()
      .int("Water parts must be a whole number")
      .min(0, "Water parts must be 0 or more")
      .max(20),
    shadeLabel: shortText(40).default(""),
    needleBatchId: uuid,
    needleCount: z
      .number()
      .int()
      .min(1, "must be at least 1")
      .max(100, "must be at most 100")
      .default(1),
    depthNotes: shortText(1000).default(""),
    coveragePct: z
      .number()
      .int()
      .min(0, "must be 0–100")
      .max(100, "must be 0–100")
      .nullable()
      .default(null),
    densityPerCm2: z.number().int().min(1).max(1000).nullable().default(null),
    anaestheticBatchId: uuid.nullable().default(null),
    anaestheticAppliedAt: isoInstant.nullable().default(null),
    reactions: shortText(1000).default(""),
    startedAt: isoInstant.nullable().default(null),
    endedAt: isoInstant.nullable().default(null),
    /** The session's version this change was made against. */
    version,
  })
  .superRefine((v, ctx) => {
    if (v.anaestheticAppliedAt && !v.anaestheticBatchId)
      ctx.addIssue({
        code: "custom",
        path: ["anaestheticBatchId"],
        message: "Pick the anaesthetic batch applied",
      });
    if (v.startedAt && v.endedAt && Date.parse(v.endedAt) <= Date.parse(v.startedAt))
      ctx.addIssue({
        code: "custom",
        path: ["endedAt"],
        message: "must be after the zone's start",
      });
  });
export type ZoneInput = z.input<typeof zoneInput>;

export const zoneView = z.object({
  id: uuid,
  zone: z.enum(zoneIds),
  label: z.string(),
  pigmentBatch: batchRef,
  pigmentParts: z.number().int(),
  waterParts: z.number().int(),
  shadeLabel: z.string(),
  needleBatch: batchRef,
  needleCount: z.number().int(),
  depthNotes: z.string(),
  coveragePct: z.number().int().nullable(),
  densityPerCm2: z.number().int().nullable(),
  anaestheticBatch: batchRef.nullable(),
  anaestheticAppliedAt: z.string().nullable(),
  reactions: z.string(),
  startedAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  recordedBy: z.string().nullable(),
});
export type ZoneView = z.infer<typeof zoneView>;

const amendValue = z.union([z.string().max(2000), z.number(), z.null()]);

export const amendmentInput = z.object({
  reason: z.string().trim().min(10, "must be at least 10 characters").max(1000),
  changes: z
    .array(
      z.object({
        /** "session", or the id of a zone of this session. */
        target: z.union([z.literal("session"), uuid]),
        field: z.enum([...amendableSessionFields, ...amendableZoneFields]),
        from: amendValue,
        to: amendValue,
      }),
    )
    .min(1, "must list at least one change")
    .max(20),
});
export type AmendmentInput = z.input<typeof amendmentInput>;

export const amendmentView = z.object({
  id: uuid,
  reason: z.string(),
  changes: z.array(
    z.object({ target: z.string(), field: z.string(), from: amendValue, to: amendValue }),
  ),
  authorName: z.string(),
  createdAt: z.string(),
});
export type AmendmentView = z.infer<typeof amendmentView>;

export const sessionView = z.object({
  id: uuid,
  status: z.enum(["in_progress", "signed"]),
  checklist: z.object({
    items: z.array(checklistItem),
    evaluatedAt: z.string(),
    evaluatedBy: z.string(),
    preCare: z.record(z.string(), z.boolean()),
    rescreen: z.object({ noChange: z.boolean(), answers }).nullable(),
  }),
  startedAt: z.string(),
  endedAt: z.string().nullable(),
  notes: z.string(),
  signedAt: z.string().nullable(),
  signedBy: z.string().nullable(),
  version: z.number().int(),
  zones: z.array(zoneView),
  amendments: z.array(amendmentView),
});
export type SessionView = z.infer<typeof sessionView>;

/** What the treatment-day screen needs: the appointment, the plan's defaults and the session. */
export const sessionWorkspace = z.object({
  appointment: z.object({
    id: uuid,
    startsAt: z.string(),
    endsAt: z.string(),
    status: z.string(),
    serviceName: z.string(),
    serviceKind: z.string(),
    courseSession: z.number().int().nullable(),
    practitionerName: z.string(),
    timeZone: z.string(),
  }),
  client: z.object({ id: uuid, name: z.string() }),
  plan: z
    .object({
      id: uuid,
      zones: z.array(z.object({ id: z.enum(zoneIds), label: z.string(), areaCm2: z.number() })),
      targetDensityPerCm2: z.number().int(),
      /** This appointment's session row of the plan, when it can be told. */
      session: z
        .object({
          number: z.number().int(),
          strengthPct: z.number().int(),
          coveragePct: z.number().int(),
          focus: z.string(),
          ratio: z.string(),
          shadeLabel: z.string(),
          pigmentParts: z.number().int(),
          waterParts: z.number().int(),
        })
        .nullable(),
    })
    .nullable(),
  /** The signed-in member may run this session (its practitioner, an owner or an admin). */
  canRecord: z.boolean(),
  session: sessionView.nullable(),
});
export type SessionWorkspace = z.infer<typeof sessionWorkspace>;

export const sessionUpdate = z
  .object({
    startedAt: isoInstant.optional(),
    endedAt: isoInstant.nullable().optional(),
    notes: shortText(4000).optional(),
    version,
  })
  .refine((v) => !(v.startedAt && v.endedAt && Date.parse(v.endedAt) <= Date.parse(v.startedAt)), {
    path: ["endedAt"],
    message: "must be after the start",
  });
export type SessionUpdate = z.input<typeof sessionUpdate>;

export const signOffInput = z.object({ version });

export const zoneParams = z.object({ id: uuid, zoneId: uuid });
