import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import type {
  Service,
  ServiceInput,
  ServiceKind,
  ServiceList,
  ServicePatch,
} from "../../../../shared/contracts/services.ts";
import { api } from "../../../lib/api.ts";

export const servicesQuery = queryOptions({
  queryKey: ["services", "all"],
  queryFn: ({ signal }) =>
    api<ServiceList>("GET", "/services?includeInactive=true", undefined, { signal }),
});

/** Every services query (booking screens list active ones) is refreshed after a change. */
function useRefresh() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ["services"] });
}

export function useCreateService() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: ServiceInput) => api<Service>("POST", "/services", input),
    onSuccess: refresh,
  });
}

export function useUpdateService() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: ServicePatch }) =>
      api<Service>("PATCH", `/services/${encodeURIComponent(id)}`, patch),
    onSuccess: refresh,
  });
}

export const kindLabels: Record<ServiceKind, string> = {
  consultation: "Consultation",
  treatment: "Treatment",
  touch_up: "Touch-up",
  other: "Other",
};

export const kindColours: Record<ServiceKind, string> = {
  consultation: "blue",
  treatment: "brand",
  touch_up: "accent",
  other: "slate",
};

/** "2 h 30 min", "45 min". */
export function minutesText(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}
