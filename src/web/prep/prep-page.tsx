import { Button, Skeleton, Stack, Text, Title } from "@mantine/core";
import { IconCircleCheck, IconClockX, IconSearch } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useEffect, useMemo, useState } from "react";
import { epochToLocal } from "../../domain/time/zoned.ts";
import { QueryError } from "../components/route-states.tsx";
import { isApiError } from "../lib/api.ts";
import { OfferLayout } from "../offer/offer-layout.tsx";
import { OfferOutcome } from "../offer/offer-states.tsx";
import { prepLogoUrl, prepQuery } from "./prep-api.ts";
import { PrepIntake } from "./prep-intake.tsx";
import { PrepPhotos } from "./prep-photos.tsx";
import { type PrepPart, PrepWelcome, partStatus } from "./prep-welcome.tsx";

const route = getRouteApi("/prep/$token");
type Stage = "welcome" | PrepPart | "finish";

/** The page a client opens from "Before your appointment": guided photos and the questionnaire. */
export function PrepPage() {
  const { token } = route.useParams();
  const query = useQuery(prepQuery(token));
  const prep = query.data ?? null;
  const [stage, setStageState] = useState<Stage>("welcome");
  const setStage = (next: Stage) => {
    setStageState(next);
    window.scrollTo({ top: 0 });
  };
  const today = useMemo(
    () => epochToLocal(Date.now(), prep?.appointment?.timeZone ?? "Europe/London").date,
    [prep?.appointment?.timeZone],
  );

  useEffect(() => {
    document.title = prep
      ? `Before your appointment · ${prep.clinic.name}`
      : "Before your appointment";
  }, [prep]);

  if (query.isPending) {
    return (
      <OfferLayout clinic={null} logoUrl={null}>
        <Stack gap="md" aria-busy="true" aria-label="Opening your page">
          <Skeleton h={28} w="70%" />
          <Skeleton h={16} w="90%" />
          <Skeleton h={72} />
          <Skeleton h={72} />
        </Stack>
      </OfferLayout>
    );
  }
  if (query.isError || !prep) {
    const unknown = isApiError(query.error, 404) || isApiError(query.error, 400);
    const closed = isApiError(query.error, 410);
    return (
      <OfferLayout clinic={null} logoUrl={null}>
        {unknown || closed ? (
          <OfferOutcome
            icon={closed ? <IconClockX size={26} /> : <IconSearch size={26} />}
            colour="slate"
            title={closed ? "This link is no longer open" : "Link not found"}
          >
            {isApiError(query.error) && query.error.detail
              ? query.error.detail
              : "Check you opened the whole link from your email, or contact the clinic."}
          </OfferOutcome>
        ) : (
          <QueryError error={query.error} onRetry={() => void query.refetch()} />
        )}
      </OfferLayout>
    );
  }

  const order = (["photos", "intake"] as const).filter((p) => prep.scopes.includes(p));
  const after = (part: PrepPart): Stage => {
    const rest = order.filter((p) => p !== part && !partStatus(prep, p).done);
    return rest[0] ?? "finish";
  };

  return (
    <OfferLayout clinic={prep.clinic} logoUrl={prep.clinic.hasLogo ? prepLogoUrl(token) : null}>
      {stage === "welcome" && <PrepWelcome prep={prep} onOpen={setStage} />}
      {stage === "photos" && (
        <PrepPhotos
          token={token}
          prep={prep}
          onBack={() => setStage("welcome")}
          onFinished={() => setStage(after("photos"))}
        />
      )}
      {stage === "intake" && (
        <PrepIntake
          token={token}
          prep={prep}
          today={today}
          onBack={() => setStage("welcome")}
          onFinished={() => setStage(after("intake"))}
        />
      )}
      {stage === "finish" && (
        <Stack gap="lg" align="center" ta="center">
          <IconCircleCheck size={56} color="var(--mantine-color-teal-7)" aria-hidden="true" />
          <Title order={1} fz={26}>
            Thank you, {prep.firstName}
          </Title>
          <Text>
            {prep.clinic.name} will look at what you sent before your appointment. There is nothing
            more to do. You can close this page.
          </Text>
          <Button variant="default" size="md" onClick={() => setStage("welcome")}>
            Back to the start
          </Button>
        </Stack>
      )}
    </OfferLayout>
  );
}
