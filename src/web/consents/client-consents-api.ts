import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import type { ConsentKind } from "../../domain/consents/kinds.ts";
import type { ClientConsentsView, SignConsentInput } from "../../shared/contracts/consents.ts";
import { api } from "../lib/api.ts";

export const clientConsentsQuery = (clientId: string) =>
  queryOptions({
    queryKey: ["clients", clientId, "consents"],
    queryFn: ({ signal }) =>
      api<ClientConsentsView>("GET", `/clients/${clientId}/consents`, undefined, { signal }),
  });

export const clientConsentPdfUrl = (clientId: string, signatureId: string) =>
  `/api/clients/${clientId}/consents/${signatureId}/pdf`;

export function useSignAtClinic(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, input }: { kind: ConsentKind; input: SignConsentInput }) =>
      api<{ id: string }>("POST", `/clients/${clientId}/consents/${kind}/sign`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["clients", clientId] }),
  });
}

export function useWithdrawAtClinic(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      api<{ photosChanged: number }>(
        "POST",
        `/clients/${clientId}/consents/photo_marketing/withdraw`,
        {},
      ),
    // Photos change consent too.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["clients", clientId] }),
  });
}
