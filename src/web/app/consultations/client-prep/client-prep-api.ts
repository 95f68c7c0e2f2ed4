import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import type {
  ConsultationPrep,
  CreateClientLinkInput,
  CreatedClientLinkBody,
} from "../../../../shared/contracts/client-prep.ts";
import { api } from "../../../lib/api.ts";

export type { ConsultationPrep } from "../../../../shared/contracts/client-prep.ts";

/** The prep links sent for a consultation and how far the client has got. */
export const consultationPrepQuery = (consultationId: string) =>
  queryOptions({
    queryKey: ["client-links", consultationId],
    queryFn: ({ signal }) =>
      api<ConsultationPrep>(
        "GET",
        `/client-links?consultationId=${encodeURIComponent(consultationId)}`,
        undefined,
        { signal },
      ),
    // The client may be filling it in right now.
    refetchInterval: 60_000,
  });

export function useSendPrepLink(consultationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Omit<CreateClientLinkInput, "consultationId">) =>
      api<CreatedClientLinkBody>("POST", "/client-links", { ...input, consultationId }),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: consultationPrepQuery(consultationId).queryKey }),
  });
}

export function useRevokePrepLink(consultationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (linkId: string) =>
      api<void>("POST", `/client-links/${encodeURIComponent(linkId)}/revoke`),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: consultationPrepQuery(consultationId).queryKey }),
  });
}
