import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import type { PublicWaitlistOffer } from "../../shared/contracts/waitlist.ts";
import { api } from "../lib/api.ts";

const path = (token: string) => `/public/waitlist-offers/${encodeURIComponent(token)}`;

/** The offer behind a client's link (no sign-in). */
export const offerQuery = (token: string) =>
  queryOptions({
    queryKey: ["waitlist-offer", token],
    queryFn: ({ signal }) =>
      api<PublicWaitlistOffer>("GET", path(token), undefined, { signal, allowUnauthorized: true }),
    staleTime: 0,
  });

export const offerLogoUrl = (token: string) => `/api${path(token)}/logo`;

/** Accept or decline; the answer is the offer as it now stands. */
export function useAnswerOffer(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (answer: "accept" | "decline") =>
      api<PublicWaitlistOffer>("POST", `${path(token)}/${answer}`, undefined, {
        allowUnauthorized: true,
      }),
    onSuccess: (offer) => queryClient.setQueryData(offerQuery(token).queryKey, offer),
    // A 409 or 410 means the offer changed meanwhile: show it as it is now.
    onError: () => queryClient.invalidateQueries({ queryKey: offerQuery(token).queryKey }),
  });
}
