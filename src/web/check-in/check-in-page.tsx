import { Skeleton, Stack } from "@mantine/core";
import { IconSearch } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useEffect } from "react";
import { QueryError } from "../components/route-states.tsx";
import { isApiError } from "../lib/api.ts";
import { OfferLayout } from "../offer/offer-layout.tsx";
import { OfferOutcome } from "../offer/offer-states.tsx";
import { checkInLogoUrl, checkInQuery } from "./check-in-api.ts";
import { CheckInForm } from "./check-in-form.tsx";
import { CheckInOutcome } from "./check-in-states.tsx";

const route = getRouteApi("/check-in/$token");

/** The page a client opens from a check-in message a few days after a visit, usually on a phone. */
export function CheckInPage() {
  const { token } = route.useParams();
  const checkIn = useQuery(checkInQuery(token));
  const data = checkIn.data ?? null;

  useEffect(() => {
    document.title = data ? `How are you getting on? · ${data.clinic.name}` : "Check-in";
  }, [data]);

  if (checkIn.isPending) {
    return (
      <OfferLayout clinic={null} logoUrl={null}>
        <Stack gap="md" aria-busy="true" aria-label="Opening your check-in">
          <Skeleton h={24} w="80%" />
          <Skeleton h={16} w="60%" />
          <Skeleton h={72} />
          <Skeleton h={72} />
        </Stack>
      </OfferLayout>
    );
  }
  if (checkIn.isError || !data) {
    const unknown = isApiError(checkIn.error, 404) || isApiError(checkIn.error, 400);
    return (
      <OfferLayout clinic={null} logoUrl={null}>
        {unknown ? (
          <OfferOutcome icon={<IconSearch size={26} />} colour="slate" title="Check-in not found">
            This link does not match a check-in. Check you opened the whole link from your message,
            or contact your clinic.
          </OfferOutcome>
        ) : (
          <QueryError error={checkIn.error} onRetry={() => void checkIn.refetch()} />
        )}
      </OfferLayout>
    );
  }
  return (
    <OfferLayout clinic={data.clinic} logoUrl={data.clinic.hasLogo ? checkInLogoUrl(token) : null}>
      {data.status === "open" ? (
        <CheckInForm token={token} checkIn={data} />
      ) : (
        <CheckInOutcome checkIn={data} />
      )}
    </OfferLayout>
  );
}
