import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type { BookingPolicy } from "../../../../domain/settings/booking-policy.ts";
import type { bookingPolicyView } from "../../../../shared/contracts/scheduling.ts";
import { api } from "../../../lib/api.ts";

export type BookingPolicyView = z.infer<typeof bookingPolicyView>;

export const bookingPolicyQuery = queryOptions({
  queryKey: ["booking-policy"],
  queryFn: ({ signal }) => api<BookingPolicyView>("GET", "/booking-policy", undefined, { signal }),
  // Someone mid-edit must not have the form reset under them by a background refetch.
  refetchOnWindowFocus: false,
});

/** Replaces the whole policy; 409 when someone else saved since `version`. */
export function useSaveBookingPolicy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { policy: BookingPolicy; version: number }) =>
      api<BookingPolicyView>("PUT", "/booking-policy", input),
    onSuccess: (view) => queryClient.setQueryData(bookingPolicyQuery.queryKey, view),
  });
}
