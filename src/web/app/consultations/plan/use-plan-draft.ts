import { useHotkeys } from "@mantine/hooks";
import { useEffect, useState } from "react";
import {
  computeQuote,
  type QuoteAdjustment,
  reviewPlan,
  type TreatmentPlan,
} from "../../../../domain/planning/index.ts";
import type { ConsultationDetail, PlanView } from "../../../../shared/contracts/consultations.ts";
import { sameJson } from "./plan-edits.ts";
import { hasErrors } from "./plan-issues.ts";
import { useClinicalSettings, useSavePlan } from "./plans-api.ts";

interface Draft {
  plan: TreatmentPlan;
  adjustment: QuoteAdjustment | null;
}

const fromView = (view: PlanView): Draft => ({ plan: view.plan, adjustment: view.adjustment });

/**
 * The practitioner's unsaved edits to a draft plan, checked live with the clinic's rules while
 * they type; "save" sends them and the server's answer replaces both draft and review.
 */
export function usePlanDraft(
  consultation: ConsultationDetail,
  view: PlanView,
  onChange: (next: ConsultationDetail) => void,
) {
  const [draft, setDraft] = useState<Draft>(() => fromView(view));
  const savedKey = `${view.id}:${view.version}`;
  const [syncedKey, setSyncedKey] = useState(savedKey);
  // A newer saved version (our own save, or a price adjustment on the sign step) resets the edits.
  if (syncedKey !== savedKey) {
    setSyncedKey(savedKey);
    setDraft(fromView(view));
  }

  const dirty = !sameJson(draft.plan, view.plan) || !sameJson(draft.adjustment, view.adjustment);
  const settings = useClinicalSettings();
  const preview = dirty && settings !== undefined;
  const issues = preview ? reviewPlan(draft.plan, settings) : view.issues;
  const totalPence = preview
    ? computeQuote(draft.plan, settings, draft.adjustment).totalPence
    : view.quote.totalPence;

  const saving = useSavePlan(view.id);
  const save = () => {
    if (!dirty || saving.isPending) return;
    saving.mutate(
      { ...draft, version: view.version },
      { onSuccess: (saved) => onChange({ ...consultation, plan: saved }) },
    );
  };
  const discard = () => {
    saving.reset();
    setDraft(fromView(view));
  };

  useHotkeys([["mod+S", save]], []);

  // Closing the tab or reloading would lose the edits: let the browser ask first.
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  return {
    plan: draft.plan,
    setPlan: (plan: TreatmentPlan) => setDraft((d) => ({ ...d, plan })),
    dirty,
    preview,
    issues,
    blocked: hasErrors(issues),
    totalPence,
    defaultGapDays: settings?.spacing.defaultGapDays,
    save,
    discard,
    saving,
  };
}
