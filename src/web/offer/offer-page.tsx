import { Skeleton, Stack } from "@mantine/core";
import { IconSearch } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useCallback, useEffect } from "react";
import { QueryError } from "../components/route-states.tsx";
import { isApiError } from "../lib/api.ts";
import { offerLogoUrl, offerQuery } from "./offer-api.ts";
import { OfferLayout } from "./offer-layout.tsx";
import { OfferOutcome, OpenOffer } from "./offer-states.tsx";

const route = getRouteApi("/waitlist-offer/$token");

/** The page a waitlisted client opens from their email: accept or decline an earlier time. */
export function OfferPage() {
  const { token } = route.useParams();
  const offer = useQuery(offerQuery(token));
  const data = offer.data ?? null;
  const { refetch } = offer;
  const reload = useCallback(() => void refetch(), [refetch]);

  useEffect(() => {
    document.title = data ? `Appointment offer · ${data.clinic.name}` : "Appointment offer";
  }, [data]);

  if (offer.isPending) {
    return (
      <OfferLayout clinic={null} logoUrl={null}>
        <Stack gap="md" aria-busy="true" aria-label="Opening your offer">
          <Skeleton h={24} w="80%" />
          <Skeleton h={56} />
          <Skeleton h={16} w="60%" />
          <Skeleton h={48} />
        </Stack>
      </OfferLayout>
    );
  }
  if (offer.isError || !data) {
    const unknown = isApiError(offer.error, 404) || isApiError(offer.error, 400);
    return (
      <OfferLayout clinic={null} logoUrl={null}>
        {unknown ? (
          <OfferOutcome icon={<IconSearch size={26} />} colour="slate" title="Offer not found">
            This link does not match an appointment offer. Check you opened the whole link from the
            email, or contact your clinic.
          </OfferOutcome>
        ) : (
          <QueryError error={offer.error} onRetry={() => void offer.refetch()} />
        )}
      </OfferLayout>
    );
  }
  return (
    <OfferLayout clinic={data.clinic} logoUrl={data.clinic.hasLogo ? offerLogoUrl(token) : null}>
      <OpenOffer token={token} offer={data} onExpired={reload} />
    </OfferLayout>
  );
}
