import { z } from "zod";
import { assessmentSchema } from "../../domain/assessment/assessment.ts";
import { quoteAdjustmentSchema, treatmentPlanSchema } from "../../domain/planning/types.ts";
import { screeningActions, screeningRuleIds } from "../../domain/settings/clinical-settings.ts";
import { isoDate, shortText, uuid } from "./common.ts";

export const consultationMode = z.enum(["in_person", "video", "phone"]);
export const consultationStatus = z.enum(["open", "completed", "closed"]);
export const planStatus = z.enum(["draft", "accepted", "declined", "superseded"]);
export type PlanStatus = z.infer<typeof planStatus>;

/** An intake answer: yes/no, text, a date (as text) or several choices. */
export const answerValue = z.union([
  z.boolean(),
  z.string().max(2000, "must be at most 2000 characters"),
  z.array(z.string().max(100)).max(20),
]);
export const answers = z.record(z.string().min(1).max(80), answerValue);

const verdict = z.enum(screeningActions);
const clearanceKind = z.enum(["gp_letter", "deferral"]);
const ruleId = z.enum(screeningRuleIds);

export const screeningResult = z.object({
  verdict,
  deferUntil: isoDate.nullable(),
  reasons: z.array(
    z.object({
      ruleId: z.string(),
      outcome: verdict,
      message: z.string(),
      until: isoDate.nullable().optional(),
      cleared: z
        .object({ ruleId, kind: clearanceKind, until: isoDate.nullable(), recordedOn: isoDate })
        .optional(),
      patchTest: z.boolean().optional(),
    }),
  ),
  patchTestAdvised: z.boolean(),
  questionnaireVersion: z.number().int(),
});

export const clearance = z.object({
  id: uuid,
  ruleId,
  kind: clearanceKind,
  until: isoDate.nullable(),
  recordedOn: isoDate,
  note: z.string(),
  recordedByName: z.string().nullable(),
});
export type ClearanceView = z.infer<typeof clearance>;

const planIssue = z.object({
  severity: z.enum(["error", "warning"]),
  path: z.string(),
  message: z.string(),
});

export const quoteSchema = z.object({
  mode: z.enum(["tier", "per_session"]),
  tierLabel: z.string().nullable(),
  lines: z.array(z.object({ label: z.string(), amountPence: z.number().int() })),
  totalPence: z.number().int(),
  depositPence: z.number().int(),
  balancePence: z.number().int(),
  included: z.array(z.string()),
  hairTransplant: z.object({ minPence: z.number().int(), maxPence: z.number().int() }).nullable(),
});

export const planView = z.object({
  id: uuid,
  consultationId: uuid,
  status: planStatus,
  plan: treatmentPlanSchema,
  adjustment: quoteAdjustmentSchema.nullable(),
  quote: quoteSchema,
  issues: z.array(planIssue),
  gapWindows: z.array(
    z.object({
      session: z.number().int(),
      targetDays: z.number().int(),
      minDays: z.number().int(),
      maxDays: z.number().int(),
    }),
  ),
  totalAreaCm2: z.number(),
  estimatedImpressions: z.number().int(),
  acceptedAt: z.string().nullable(),
  signedName: z.string().nullable(),
  hasPdf: z.boolean(),
  version: z.number().int(),
});
export type PlanView = z.infer<typeof planView>;

export const consultationDetail = z.object({
  id: uuid,
  client: z.object({
    id: uuid,
    name: z.string(),
    dateOfBirth: isoDate.nullable(),
  }),
  heldOn: isoDate,
  mode: consultationMode,
  status: consultationStatus,
  practitioner: z.object({ userId: z.string(), name: z.string() }).nullable(),
  intake: z
    .object({
      version: z.number().int(),
      answers,
      source: z.enum(["staff", "client"]),
      updatedAt: z.string(),
      missing: z.array(z.string()),
    })
    .nullable(),
  screening: screeningResult.nullable(),
  screenedOn: isoDate.nullable(),
  clearances: z.array(clearance),
  assessment: assessmentSchema.nullable(),
  expectations: z.array(z.string()),
  expectationsMissing: z.array(z.string()),
  notes: z.string(),
  plan: planView.nullable(),
  version: z.number().int(),
});
export type ConsultationDetail = z.infer<typeof consultationDetail>;

/** What every staff member may see about a client's consultations: no health data. */
export const consultationSummary = z.object({
  id: uuid,
  heldOn: isoDate,
  mode: consultationMode,
  status: consultationStatus,
  practitionerName: z.string().nullable(),
  plan: z
    .object({
      id: uuid,
      status: planStatus,
      sessions: z.number().int(),
      totalPence: z.number().int(),
      acceptedAt: z.string().nullable(),
    })
    .nullable(),
});
export const clientConsultations = z.object({
  items: z.array(consultationSummary),
  /** Whether treatment sessions may be booked, in discreet words fit for any staff member. */
  treatment: z.object({
    bookable: z.boolean(),
    from: isoDate.nullable(),
    reason: z.string().nullable(),
  }),
});
export type ClientConsultations = z.infer<typeof clientConsultations>;

export const createConsultationInput = z.object({
  clientId: uuid,
  mode: consultationMode.default("in_person"),
  heldOn: isoDate.optional(),
});

/** The version the editor last read: a change since then is refused with 409. */
const expectedVersion = z.number().int().min(1);

export const intakeInput = z.object({
  questionnaireVersion: z.number().int().min(1),
  answers,
  version: expectedVersion,
});
export const assessmentInput = z.object({ assessment: assessmentSchema, version: expectedVersion });
export const expectationsInput = z.object({
  ticked: z.array(z.string().max(60)).max(20),
  version: expectedVersion,
});
export const consultationPatch = z.object({
  notes: shortText(8000).optional(),
  status: z.enum(["open", "closed"]).optional(),
  version: expectedVersion,
});
export const clearanceInput = z
  .object({
    ruleId,
    kind: clearanceKind,
    until: isoDate.nullable().default(null),
    note: shortText(1000).default(""),
  })
  .refine((c) => (c.kind === "deferral") === (c.until !== null), {
    message: "A deferral needs a date; a GP letter does not take one.",
    path: ["until"],
  });
export const planInput = z.object({
  plan: treatmentPlanSchema,
  adjustment: quoteAdjustmentSchema.nullable(),
  version: z.number().int().min(1),
});
/** A PNG drawn on the signature pad, as a data URL. */
export const acceptPlanInput = z.object({
  signedName: z.string().trim().min(2, "Type the client's full name").max(120),
  signature: z
    .string()
    .max(700_000, "The signature image is too large")
    .regex(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/, "The signature must be a PNG image"),
  version: z.number().int().min(1),
  /** The preview design version shown to the client (null: none); a changed design answers 409. */
  previewVersion: z.number().int().min(1).nullable().optional(),
});
export const declinePlanInput = z.object({
  reason: shortText(500).default(""),
  version: z.number().int().min(1),
});
export const consultationParams = z.object({ id: uuid, clearanceId: uuid });
