import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { ConsentKind } from "../../../domain/consents/kinds.ts";
import type { ClientConsentsView, SignConsentInput } from "../../../shared/contracts/consents.ts";
import { portalApi, portalKey, portalQuery } from "../portal-api.ts";

export const portalConsentsQuery = (slug: string) =>
  portalQuery<ClientConsentsView>(slug, "/consents");

export const portalConsentPdfUrl = (slug: string, signatureId: string) =>
  `/api/portal/${encodeURIComponent(slug)}/consents/${signatureId}/pdf`;

function useRefresh(slug: string) {
  const queryClient = useQueryClient();
  // The home page's pending forms and documents change too.
  return () => queryClient.invalidateQueries({ queryKey: portalKey(slug) });
}

export function usePortalSign(slug: string) {
  const refresh = useRefresh(slug);
  return useMutation({
    mutationFn: ({ kind, input }: { kind: ConsentKind; input: SignConsentInput }) =>
      portalApi<{ id: string; signedAt: string }>(slug, "POST", `/consents/${kind}/sign`, input),
    onSuccess: refresh,
  });
}

export function usePortalWithdrawMarketing(slug: string) {
  const refresh = useRefresh(slug);
  return useMutation({
    mutationFn: () =>
      portalApi<{ photosChanged: number; withdrawnAt: string }>(
        slug,
        "POST",
        "/consents/photo_marketing/withdraw",
      ),
    onSuccess: refresh,
  });
}
