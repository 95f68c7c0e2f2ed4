import { type QueryClient, queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import type { Assessment } from "../../../domain/assessment/assessment.ts";
import type { AnswerValue } from "../../../domain/screening/types.ts";
import type { ScreeningRuleId } from "../../../domain/settings/clinical-settings.ts";
import type { ConsultationDetail } from "../../../shared/contracts/consultations.ts";
import { api } from "../../lib/api.ts";

const path = (id: string, rest = "") => `/consultations/${encodeURIComponent(id)}${rest}`;

/**
 * One consultation with its health data. It changes only through this screen's own saves (or an
 * explicit Reload), so a save always carries the version the practitioner last saw and a 409
 * really means "someone else changed it".
 */
export const consultationQuery = (id: string) =>
  queryOptions({
    queryKey: ["consultations", "detail", id],
    queryFn: ({ signal }) => api<ConsultationDetail>("GET", path(id), undefined, { signal }),
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
    // Health data: not kept in memory long after the screen is left.
    gcTime: 60_000,
  });

/** Puts a saved consultation in the cache and refreshes summaries shown elsewhere (client page). */
export function storeConsultation(queryClient: QueryClient, next: ConsultationDetail) {
  queryClient.setQueryData(consultationQuery(next.id).queryKey, next);
  void queryClient.invalidateQueries({
    predicate: (q) =>
      q.queryKey.includes("consultations") &&
      !(q.queryKey[0] === "consultations" && q.queryKey[1] === "detail"),
  });
}

function useConsultationMutation<Input>(send: (input: Input) => Promise<ConsultationDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (next) => storeConsultation(queryClient, next),
  });
}

interface Versioned {
  version: number;
}

export const useSaveIntake = (id: string) =>
  useConsultationMutation(
    (input: Versioned & { questionnaireVersion: number; answers: Record<string, AnswerValue> }) =>
      api<ConsultationDetail>("PUT", path(id, "/intake"), input),
  );

export const useSaveAssessment = (id: string) =>
  useConsultationMutation((input: Versioned & { assessment: Assessment }) =>
    api<ConsultationDetail>("PUT", path(id, "/assessment"), input),
  );

export const useSaveExpectations = (id: string) =>
  useConsultationMutation((input: Versioned & { ticked: string[] }) =>
    api<ConsultationDetail>("PUT", path(id, "/expectations"), input),
  );

export const usePatchConsultation = (id: string) =>
  useConsultationMutation((input: Versioned & { notes?: string; status?: "open" | "closed" }) =>
    api<ConsultationDetail>("PATCH", path(id), input),
  );

export interface ClearanceInput {
  ruleId: ScreeningRuleId;
  kind: "gp_letter" | "deferral";
  until: string | null;
  note: string;
}

export const useAddClearance = (id: string) =>
  useConsultationMutation((input: ClearanceInput) =>
    api<ConsultationDetail>("POST", path(id, "/clearances"), input),
  );

export const useWithdrawClearance = (id: string) =>
  useConsultationMutation((clearanceId: string) =>
    api<ConsultationDetail>("DELETE", path(id, `/clearances/${encodeURIComponent(clearanceId)}`)),
  );

/** Drafts a plan from the assessment (a previous draft is superseded). */
export const useDraftPlan = (id: string) =>
  useConsultationMutation(() => api<ConsultationDetail>("POST", path(id, "/plan")));
