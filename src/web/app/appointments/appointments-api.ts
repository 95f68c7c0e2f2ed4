import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import type {
  Appointment,
  BookAppointmentInput,
  DayView,
  MoveAppointmentInput,
} from "../../../shared/contracts/appointments.ts";
import type { ClientList } from "../../../shared/contracts/clients.ts";
import { api, query } from "../../lib/api.ts";

/** One day at one location; the key holds both so switching either fetches afresh. */
export const dayQuery = (date: string, locationId: string | undefined) =>
  queryOptions({
    queryKey: ["appointments", "day", { date, locationId: locationId ?? null }],
    queryFn: ({ signal }) =>
      api<DayView>("GET", `/appointments/day${query({ date, locationId })}`, undefined, { signal }),
    // Reception screens stay open all day: pick up colleagues' bookings without a reload.
    refetchInterval: 60_000,
  });

/** Up to ten clients matching what was typed (name, email or phone), for the booking form. */
export const clientSearchQuery = (q: string) =>
  queryOptions({
    queryKey: ["clients", "search", q],
    queryFn: ({ signal }) =>
      api<ClientList>("GET", `/clients${query({ q, pageSize: 10 })}`, undefined, { signal }),
    staleTime: 60_000,
  });

/** Every appointment query (days, client lists) is refreshed after a change. */
function useRefreshAppointments() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ["appointments"] });
}

export function useBookAppointment() {
  const refresh = useRefreshAppointments();
  return useMutation({
    mutationFn: (input: BookAppointmentInput) => api<Appointment>("POST", "/appointments", input),
    onSuccess: () => refresh(),
  });
}

export function useMoveAppointment() {
  const refresh = useRefreshAppointments();
  return useMutation({
    mutationFn: ({ id, ...input }: MoveAppointmentInput & { id: string }) =>
      api<Appointment>("PATCH", `/appointments/${encodeURIComponent(id)}`, input),
    // A clash or a stale version also means the screen should show the latest day.
    onSettled: () => refresh(),
  });
}

export function useCancelAppointment() {
  const refresh = useRefreshAppointments();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason?: string }) =>
      api<Appointment>(
        "POST",
        `/appointments/${encodeURIComponent(id)}/cancel`,
        reason ? { reason } : {},
      ),
    onSuccess: () => refresh(),
  });
}
