import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import type {
  PreviewSaveInput,
  PreviewState,
  PreviewView,
} from "../../../shared/contracts/preview.ts";
import { api } from "../../lib/api.ts";

const enc = encodeURIComponent;
/** Signed URLs live five minutes: refresh a little before they run out. */
const URL_REFRESH_MS = 4 * 60_000;

export const previewQuery = (consultationId: string) =>
  queryOptions({
    queryKey: ["preview", "consultation", consultationId],
    queryFn: ({ signal }) =>
      api<PreviewState>("GET", `/consultations/${enc(consultationId)}/preview`, undefined, {
        signal,
      }),
    staleTime: URL_REFRESH_MS,
    refetchInterval: URL_REFRESH_MS,
  });

export function useSavePreview(consultationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PreviewSaveInput) =>
      api<PreviewView>("PUT", `/consultations/${enc(consultationId)}/preview`, input),
    onSuccess: (saved) =>
      queryClient.setQueryData(previewQuery(consultationId).queryKey, (old) =>
        old ? { ...old, preview: saved } : old,
      ),
  });
}
