import { asc, eq, inArray } from "drizzle-orm";
import { dilutionRatio, shadeLabel } from "../../../domain/planning/pigment.ts";
import type { FieldChange } from "../../../domain/sessions/amendments.ts";
import type {
  BatchRef,
  ChecklistItemView,
  SessionView,
  SessionWorkspace,
} from "../../../shared/contracts/sessions.ts";
import { sessionAmendment, sessionZone, stockBatch, user } from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";
import type { StaffContext } from "../../http/context.ts";
import {
  type AppointmentContext,
  canRecord,
  planFor,
  planSessionFor,
  type SessionRow,
} from "./session-context.ts";

/** What treatment_session.checklist holds. */
export interface StoredChecklist {
  items: ChecklistItemView[];
  evaluatedAt: string;
  evaluatedBy: string;
  preCare: Record<string, boolean>;
  rescreen: { noChange: boolean; answers: Record<string, unknown> } | null;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function toRef(b: typeof stockBatch.$inferSelect): BatchRef {
  return {
    id: b.id,
    kind: b.kind,
    brand: b.brand,
    product: b.product,
    lot: b.lot,
    expiresOn: b.expiresOn,
    needleConfig: b.needleConfig,
  };
}

/** The record with zones (batches resolved), amendments and who signed. */
export async function presentSession(tenant: Tenant, row: SessionRow): Promise<SessionView> {
  const zones = await tenant.db
    .select({ z: sessionZone, recordedBy: user.name })
    .from(sessionZone)
    .leftJoin(user, eq(user.id, sessionZone.recordedBy))
    .where(tenant.where(sessionZone, eq(sessionZone.sessionId, row.id)))
    .orderBy(asc(sessionZone.createdAt), asc(sessionZone.id));
  const batchIds = [
    ...new Set(
      zones.flatMap(({ z }) =>
        [z.pigmentBatchId, z.needleBatchId, z.anaestheticBatchId].filter((x): x is string => !!x),
      ),
    ),
  ];
  const batches = new Map(
    batchIds.length
      ? (
          await tenant.db
            .select()
            .from(stockBatch)
            .where(tenant.where(stockBatch, inArray(stockBatch.id, batchIds)))
        ).map((b) => [b.id, toRef(b)])
      : [],
  );
  const ref = (id: string) => batches.get(id) as BatchRef;
  const amendments = await tenant.db
    .select({ a: sessionAmendment, author: user.name })
    .from(sessionAmendment)
    .leftJoin(user, eq(user.id, sessionAmendment.authorId))
    .where(tenant.where(sessionAmendment, eq(sessionAmendment.sessionId, row.id)))
    .orderBy(asc(sessionAmendment.createdAt), asc(sessionAmendment.id));
  const [signer] = row.signedBy
    ? await tenant.db.select({ name: user.name }).from(user).where(eq(user.id, row.signedBy))
    : [];
  const checklist = row.checklist as unknown as StoredChecklist;
  return {
    id: row.id,
    status: row.status,
    checklist: {
      items: checklist.items,
      evaluatedAt: checklist.evaluatedAt,
      evaluatedBy: checklist.evaluatedBy,
      preCare: checklist.preCare,
      rescreen: checklist.rescreen as SessionView["checklist"]["rescreen"],
    },
    startedAt: row.startedAt.toISOString(),
    endedAt: iso(row.endedAt),
    notes: row.notes,
    signedAt: iso(row.signedAt),
    signedBy: signer?.name ?? null,
    version: row.version,
    zones: zones.map(({ z, recordedBy }) => ({
      id: z.id,
      zone: z.zone as SessionView["zones"][number]["zone"],
      label: z.label,
      pigmentBatch: ref(z.pigmentBatchId),
      pigmentParts: z.pigmentParts,
      waterParts: z.waterParts,
      shadeLabel: z.shadeLabel,
      needleBatch: ref(z.needleBatchId),
      needleCount: z.needleCount,
      depthNotes: z.depthNotes,
      coveragePct: z.coveragePct,
      densityPerCm2: z.densityPerCm2,
      anaestheticBatch: z.anaestheticBatchId ? ref(z.anaestheticBatchId) : null,
      anaestheticAppliedAt: iso(z.anaestheticAppliedAt),
      reactions: z.reactions,
      startedAt: iso(z.startedAt),
      endedAt: iso(z.endedAt),
      recordedBy: recordedBy ?? null,
    })),
    amendments: amendments.map(({ a, author }) => ({
      id: a.id,
      reason: a.reason,
      changes: (a.changes as unknown as { list: FieldChange[] }).list ?? [],
      authorName: author ?? "Former staff member",
      createdAt: a.createdAt.toISOString(),
    })),
  };
}

/** Whole parts for a strength: 50 % → 1 : 1, 33 % → 1 : 2; water rounded to a whole part. */
function parts(strengthPct: number) {
  const water = Math.max(0, Math.round((100 - strengthPct) / strengthPct));
  return { pigmentParts: 1, waterParts: water };
}

/** The treatment-day screen's data: appointment, plan defaults and the session, if started. */
export async function workspace(
  tenant: Tenant,
  staff: StaffContext,
  ctx: AppointmentContext,
  session: SessionRow | null,
): Promise<SessionWorkspace> {
  const plan = await planFor(tenant, ctx);
  const p = plan?.row.plan;
  const ps = p ? planSessionFor(p, ctx) : null;
  return {
    appointment: {
      id: ctx.a.id,
      startsAt: ctx.a.startsAt.toISOString(),
      endsAt: ctx.a.endsAt.toISOString(),
      status: ctx.a.status,
      serviceName: ctx.serviceName,
      serviceKind: ctx.serviceKind,
      courseSession: ctx.a.courseSession,
      practitionerName: ctx.practitionerName,
      timeZone: ctx.timeZone,
    },
    client: { id: ctx.a.clientId, name: `${ctx.clientFirst} ${ctx.clientLast}` },
    plan:
      plan && p
        ? {
            id: plan.row.id,
            zones: p.zones.map((z) => ({ id: z.id, label: z.label, areaCm2: z.areaCm2 })),
            targetDensityPerCm2: p.targetDensityPerCm2,
            session: ps
              ? {
                  number: ps.number,
                  strengthPct: ps.strengthPct,
                  coveragePct: ps.coveragePct,
                  focus: ps.focus,
                  ratio: dilutionRatio(ps.strengthPct),
                  shadeLabel: shadeLabel(ps.strengthPct),
                  ...parts(ps.strengthPct),
                }
              : null,
          }
        : null,
    canRecord: canRecord(staff, ctx),
    session: session ? await presentSession(tenant, session) : null,
  };
}
