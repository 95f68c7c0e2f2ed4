import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type { ConsentKind } from "../../../../domain/consents/kinds.ts";
import type {
  ConsentTemplatesView,
  ConsentTemplateView,
  consentVersionsView,
} from "../../../../shared/contracts/consents.ts";
import { api } from "../../../lib/api.ts";

export const consentTemplatesQuery = queryOptions({
  queryKey: ["consent-templates"],
  queryFn: ({ signal }) =>
    api<ConsentTemplatesView>("GET", "/consent-templates", undefined, { signal }),
  refetchOnWindowFocus: false,
});

export const consentVersionsQuery = (kind: ConsentKind) =>
  queryOptions({
    queryKey: ["consent-templates", kind, "versions"],
    queryFn: ({ signal }) =>
      api<z.infer<typeof consentVersionsView>>(
        "GET",
        `/consent-templates/${kind}/versions`,
        undefined,
        { signal },
      ),
  });

export function useSaveConsentVersion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      kind,
      ...input
    }: {
      kind: ConsentKind;
      title: string;
      body: string;
      basedOn: number;
    }) => api<ConsentTemplateView>("POST", `/consent-templates/${kind}`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["consent-templates"] }),
  });
}
