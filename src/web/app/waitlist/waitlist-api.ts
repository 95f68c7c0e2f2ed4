import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import type {
  JoinWaitlistInput,
  WaitlistAccepted,
  WaitlistEntry,
  WaitlistView,
} from "../../../shared/contracts/waitlist.ts";
import { api, query } from "../../lib/api.ts";

export type WaitlistInclude = "open" | "recent";

/** A location's waitlist; refetched every minute so offers answered by email show up. */
export const waitlistQuery = (locationId: string | undefined, include: WaitlistInclude) =>
  queryOptions({
    queryKey: ["waitlist", { locationId: locationId ?? null, include }],
    queryFn: ({ signal }) =>
      api<WaitlistView>("GET", `/waitlist${query({ locationId, include })}`, undefined, {
        signal,
      }),
    refetchInterval: 60_000,
  });

/** After any change: the waitlist, and the calendar (a booking, a move or a released hold). */
function useRefresh() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ["waitlist"] }),
      queryClient.invalidateQueries({ queryKey: ["appointments"] }),
    ]);
}

const path = (id: string, action: string) => `/waitlist/${encodeURIComponent(id)}/${action}`;

export function useJoinWaitlist() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: JoinWaitlistInput) => api<WaitlistEntry>("POST", "/waitlist", input),
    onSuccess: refresh,
  });
}

export function useWithdrawEntry() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (id: string) => api<WaitlistEntry>("POST", path(id, "withdraw")),
    onSettled: refresh,
  });
}

export function useAcceptForClient() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (id: string) => api<WaitlistAccepted>("POST", path(id, "accept")),
    onSettled: refresh,
  });
}

export function useDeclineForClient() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (id: string) => api<WaitlistEntry>("POST", path(id, "decline")),
    onSettled: refresh,
  });
}
