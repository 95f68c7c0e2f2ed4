import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import type { ClinicalSettings } from "../../../../domain/settings/clinical-settings.ts";
import type { ClinicalSettingsView } from "../../../../shared/contracts/clinical-settings.ts";
import { api } from "../../../lib/api.ts";

export const clinicalSettingsQuery = queryOptions({
  queryKey: ["clinical-settings"],
  queryFn: ({ signal }) =>
    api<ClinicalSettingsView>("GET", "/clinical-settings", undefined, { signal }),
  // Someone mid-edit must not have the form reset under them by a background refetch.
  refetchOnWindowFocus: false,
});

/** Replaces the whole settings object; 409 when someone else saved since `version`. */
export function useSaveClinicalSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { settings: ClinicalSettings; version: number }) =>
      api<ClinicalSettingsView>("PUT", "/clinical-settings", input),
    onSuccess: (view) => queryClient.setQueryData(clinicalSettingsQuery.queryKey, view),
  });
}
