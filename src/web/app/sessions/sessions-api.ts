import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import type { Questionnaire } from "../../../domain/screening/types.ts";
import type {
  AmendmentInput,
  ChecklistInput,
  ChecklistResult,
  SessionUpdate,
  SessionWorkspace,
  ZoneInput,
} from "../../../shared/contracts/sessions.ts";
import type { StockBatchList, StockKind } from "../../../shared/contracts/stock.ts";
import { api, query } from "../../lib/api.ts";

const base = (appointmentId: string) =>
  `/appointments/${encodeURIComponent(appointmentId)}/session`;

export const sessionQuery = (appointmentId: string) =>
  queryOptions({
    queryKey: ["session", appointmentId],
    queryFn: ({ signal }) =>
      api<SessionWorkspace>("GET", base(appointmentId), undefined, { signal }),
  });

export const questionnaireQuery = queryOptions({
  queryKey: ["intake-questionnaire"],
  queryFn: ({ signal }) =>
    api<Questionnaire>("GET", "/intake-questionnaire", undefined, { signal }),
  staleTime: Number.POSITIVE_INFINITY,
});

/** Usable batches of one kind on the session's date. */
export const usableBatchesQuery = (kind: StockKind, on: string) =>
  queryOptions({
    queryKey: ["stock", "batches", { kind, usable: true, on }],
    queryFn: ({ signal }) =>
      api<StockBatchList>(
        "GET",
        `/stock/batches${query({ kind, usable: "true", on })}`,
        undefined,
        {
          signal,
        },
      ),
  });

/** Every change answers with the whole workspace: it replaces the cached one. */
function useSessionMutation<I>(
  appointmentId: string,
  call: (input: I) => Promise<SessionWorkspace>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (ws) => {
      queryClient.setQueryData(sessionQuery(appointmentId).queryKey, ws);
      void queryClient.invalidateQueries({ queryKey: ["appointments"] });
    },
  });
}

export function useEvaluateChecklist(appointmentId: string) {
  return useMutation({
    mutationFn: (input: ChecklistInput) =>
      api<ChecklistResult>("POST", `${base(appointmentId)}/checklist`, input),
  });
}

export const useStartSession = (id: string) =>
  useSessionMutation(id, (input: ChecklistInput) => api("POST", base(id), input));
export const useUpdateSession = (id: string) =>
  useSessionMutation(id, (input: SessionUpdate) => api("PUT", base(id), input));
export const useAddZone = (id: string) =>
  useSessionMutation(id, (input: ZoneInput) => api("POST", `${base(id)}/zones`, input));
export const useUpdateZone = (id: string) =>
  useSessionMutation(id, ({ zoneId, ...input }: ZoneInput & { zoneId: string }) =>
    api("PUT", `${base(id)}/zones/${encodeURIComponent(zoneId)}`, input),
  );
export const useDeleteZone = (id: string) =>
  useSessionMutation(id, ({ zoneId, version }: { zoneId: string; version: number }) =>
    api(
      "DELETE",
      `${base(id)}/zones/${encodeURIComponent(zoneId)}${query({ version: String(version) })}`,
    ),
  );
export const useSignOff = (id: string) =>
  useSessionMutation(id, (input: { version: number }) =>
    api("POST", `${base(id)}/sign-off`, input),
  );
export const useAmend = (id: string) =>
  useSessionMutation(id, (input: AmendmentInput) => api("POST", `${base(id)}/amendments`, input));
