import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import type { ClientMessageList } from "../../../shared/contracts/messaging.ts";
import type { ResentMessage } from "../../../shared/contracts/outbox.ts";
import { api } from "../../lib/api.ts";

/** The client's planned and past messages: upcoming soonest first, then past newest first. */
export const clientMessagesQuery = (clientId: string) =>
  queryOptions({
    queryKey: ["client-messages", clientId],
    queryFn: ({ signal }) =>
      api<ClientMessageList>(
        "GET",
        `/clients/${encodeURIComponent(clientId)}/messages`,
        undefined,
        { signal },
      ),
  });

export function useCancelMessage(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; reason: string }) =>
      api<unknown>("POST", `/messages/${input.id}/cancel`, { reason: input.reason }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ["client-messages", clientId] }),
  });
}

/** Sends a failed message again as a new message (clinical roles and managers). */
export function useResendMessage(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<ResentMessage>("POST", `/outbox/${id}/resend`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ["client-messages", clientId] }),
  });
}
