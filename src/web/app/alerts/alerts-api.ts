import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { StaffAlertDetail, StaffAlertList } from "../../../shared/contracts/alerts.ts";
import { api } from "../../lib/api.ts";

/** The signed-in member's alerts; checked every minute while the app is open. */
export const alertsQuery = queryOptions({
  queryKey: ["alerts"],
  queryFn: ({ signal }) => api<StaffAlertList>("GET", "/alerts?limit=30", undefined, { signal }),
  refetchInterval: 60_000,
  staleTime: 30_000,
});

/** One alert with what the client said: fetched only when someone opens it (the read is audited). */
export function useAlertDetail(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ["alerts", id],
    queryFn: ({ signal }) => api<StaffAlertDetail>("GET", `/alerts/${id}`, undefined, { signal }),
    enabled,
    staleTime: 60_000,
  });
}

export function useMarkAlertRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<void>("POST", `/alerts/${id}/read`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: alertsQuery.queryKey }),
  });
}
