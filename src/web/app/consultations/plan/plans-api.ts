import { queryOptions, useMutation, useQuery } from "@tanstack/react-query";
import type { QuoteAdjustment, TreatmentPlan } from "../../../../domain/planning/types.ts";
import type { ClinicalSettingsView } from "../../../../shared/contracts/clinical-settings.ts";
import type { ConsultationDetail, PlanView } from "../../../../shared/contracts/consultations.ts";
import { api } from "../../../lib/api.ts";

const enc = encodeURIComponent;

/** The clinic's planning rules, for live previews while editing (the server still decides). */
export const clinicalSettingsQuery = queryOptions({
  queryKey: ["clinical-settings"],
  queryFn: ({ signal }) =>
    api<ClinicalSettingsView>("GET", "/clinical-settings", undefined, { signal }),
  staleTime: 5 * 60_000,
});

export function useClinicalSettings() {
  return useQuery(clinicalSettingsQuery).data?.settings;
}

export const planPdfUrl = (planId: string) => `/api/plans/${enc(planId)}/pdf`;

export interface SavePlanInput {
  plan: TreatmentPlan;
  adjustment: QuoteAdjustment | null;
  version: number;
}

/** POST /consultations/{id}/plan: a new draft from the assessment (replaces any draft). */
export function useDraftPlan(consultationId: string) {
  return useMutation({
    mutationFn: () => api<ConsultationDetail>("POST", `/consultations/${enc(consultationId)}/plan`),
  });
}

export function useSavePlan(planId: string) {
  return useMutation({
    mutationFn: (input: SavePlanInput) => api<PlanView>("PUT", `/plans/${enc(planId)}`, input),
  });
}

export function useAcceptPlan(planId: string) {
  return useMutation({
    mutationFn: (input: {
      signedName: string;
      signature: string;
      version: number;
      previewVersion?: number | null;
    }) => api<PlanView>("POST", `/plans/${enc(planId)}/accept`, input),
  });
}

export function useDeclinePlan(planId: string) {
  return useMutation({
    mutationFn: (input: { reason: string; version: number }) =>
      api<PlanView>("POST", `/plans/${enc(planId)}/decline`, input),
  });
}

/** The consultation as the server has it now (after a 409, to pick up someone else's change). */
export function fetchConsultation(id: string) {
  return api<ConsultationDetail>("GET", `/consultations/${enc(id)}`);
}

/** Loads the consultation again and hands it up, e.g. after a 409. */
export function useReloadConsultation(id: string, onLoaded: (next: ConsultationDetail) => void) {
  return useMutation({ mutationFn: () => fetchConsultation(id), onSuccess: onLoaded });
}
