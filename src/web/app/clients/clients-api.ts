import { keepPreviousData, queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import type { Appointment } from "../../../shared/contracts/appointments.ts";
import type { Client, ClientInput, ClientList } from "../../../shared/contracts/clients.ts";
import { api, query } from "../../lib/api.ts";

export const CLIENTS_PAGE_SIZE = 25;

export const clientsListQuery = (params: { q?: string; page?: number }) =>
  queryOptions({
    queryKey: ["clients", "list", { q: params.q ?? "", page: params.page ?? 1 }],
    queryFn: ({ signal }) =>
      api<ClientList>(
        "GET",
        `/clients${query({ q: params.q, page: params.page ?? 1, pageSize: CLIENTS_PAGE_SIZE })}`,
        undefined,
        { signal },
      ),
    placeholderData: keepPreviousData,
  });

export const clientQuery = (id: string) =>
  queryOptions({
    queryKey: ["clients", "detail", id],
    queryFn: ({ signal }) =>
      api<Client>("GET", `/clients/${encodeURIComponent(id)}`, undefined, { signal }),
  });

/** The fields of an appointment the client page lists. */
export type ClientAppointment = Pick<
  Appointment,
  "id" | "startsAt" | "endsAt" | "status" | "service" | "practitioner" | "room" | "location"
>;

export const clientAppointmentsQuery = (clientId: string) =>
  queryOptions({
    queryKey: ["appointments", "client", clientId],
    queryFn: ({ signal }) =>
      api<{ items: ClientAppointment[] }>("GET", `/appointments${query({ clientId })}`, undefined, {
        signal,
      }),
  });

export function useCreateClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ClientInput) => api<Client>("POST", "/clients", input),
    onSuccess: (client) => {
      queryClient.setQueryData(clientQuery(client.id).queryKey, client);
      return queryClient.invalidateQueries({ queryKey: ["clients", "list"] });
    },
  });
}

export function useUpdateClient(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: Partial<ClientInput>) =>
      api<Client>("PATCH", `/clients/${encodeURIComponent(id)}`, patch),
    onSuccess: (client) => {
      queryClient.setQueryData(clientQuery(id).queryKey, client);
      return queryClient.invalidateQueries({ queryKey: ["clients", "list"] });
    },
  });
}

/** "Jane Doe" or "Jane (Janey) Doe" style display names. */
export function clientName(client: { firstName: string; lastName: string }): string {
  return `${client.firstName} ${client.lastName}`.trim();
}
