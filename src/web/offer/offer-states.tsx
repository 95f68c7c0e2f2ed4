import { Alert, Button, Group, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import {
  IconAlertCircle,
  IconCalendarCheck,
  IconCalendarX,
  IconClockX,
  IconHourglassHigh,
} from "@tabler/icons-react";
import { type ReactNode, useEffect, useState } from "react";
import type { Formatter } from "../../domain/time/format.ts";
import type { PublicWaitlistOffer } from "../../shared/contracts/waitlist.ts";
import { useTickingNow } from "../app/waitlist/use-ticking-now.ts";
import { ConfirmDialog } from "../components/confirm-dialog.tsx";
import { errorMessage, isApiError } from "../lib/api.ts";
import { formatterFor } from "../lib/format.ts";
import { generatePalette } from "../lib/palette.ts";
import { useAnswerOffer } from "./offer-api.ts";
import { remainingText } from "./offer-time.ts";

const formatterOf = (offer: PublicWaitlistOffer) =>
  formatterFor({ locale: offer.clinic.locale, timeZone: offer.location.timeZone, currency: "GBP" });

/** The clinic's colour at a shade dark enough for a button, as the staff app's theme picks it. */
function buttonColour(hex: string): string {
  const palette = generatePalette(hex);
  return palette.shades[Math.min(8, Math.max(5, palette.index))] ?? hex;
}

interface OpenOfferProps {
  token: string;
  offer: PublicWaitlistOffer;
  onExpired: () => void;
}

/** The offer as it stands: open with a countdown and the two answers, or its outcome. */
export function OpenOffer({ token, offer, onExpired }: OpenOfferProps) {
  const fmt = formatterOf(offer);
  const now = useTickingNow(1000);
  const left = Date.parse(offer.expiresAt) - now;
  const ranOut = offer.status === "pending" && left <= 0;
  // The hold ran out while the page was open: ask the server how it stands now.
  useEffect(() => {
    if (ranOut) onExpired();
  }, [ranOut, onExpired]);

  if (offer.status === "pending" && !ranOut)
    return <PendingOffer token={token} offer={offer} fmt={fmt} left={left} />;
  switch (offer.status) {
    case "accepted":
      return (
        <OfferOutcome icon={<IconCalendarCheck size={26} />} colour="green" title="You're booked">
          <Stack gap="md">
            <When offer={offer} fmt={fmt} />
            <Text size="sm">
              {offer.clinic.name} looks forward to seeing you. You can close this page.
            </Text>
          </Stack>
        </OfferOutcome>
      );
    case "declined":
      return (
        <OfferOutcome icon={<IconCalendarX size={26} />} colour="slate" title="Offer declined">
          Thank you for letting us know. You keep your place on the waiting list, and we will be in
          touch if another earlier time comes up.
        </OfferOutcome>
      );
    case "withdrawn":
      return (
        <OfferOutcome icon={<IconCalendarX size={26} />} colour="slate" title="Offer withdrawn">
          This time is no longer available. Contact {offer.clinic.name} if you have any questions.
        </OfferOutcome>
      );
    default:
      return (
        <OfferOutcome
          icon={<IconClockX size={26} />}
          colour="orange"
          title="This offer has expired"
        >
          The time was held until {fmt.time(Date.parse(offer.expiresAt))} on{" "}
          {fmt.weekdayDate(Date.parse(offer.expiresAt))} and has now been offered to the next person
          waiting. You are still on the waiting list.
        </OfferOutcome>
      );
  }
}

function PendingOffer(props: {
  token: string;
  offer: PublicWaitlistOffer;
  fmt: Formatter;
  left: number;
}) {
  const { token, offer, fmt, left } = props;
  const answer = useAnswerOffer(token);
  const [confirmDecline, setConfirmDecline] = useState(false);
  const expires = Date.parse(offer.expiresAt);
  const problem =
    answer.error && !isApiError(answer.error, 410) ? errorMessage(answer.error) : null;
  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <Title order={1} fz={22} lh={1.25}>
          An earlier appointment is available
        </Title>
        <Text size="sm" c="dimmed">
          {offer.clinic.name} is holding this time for you. Would you like it?
        </Text>
      </Stack>
      <When offer={offer} fmt={fmt} />
      {offer.replaces && (
        <Text size="sm">
          Accepting moves your appointment on{" "}
          <strong>
            {fmt.weekdayDate(Date.parse(offer.replaces.startsAt))} at{" "}
            {fmt.time(Date.parse(offer.replaces.startsAt))}
          </strong>{" "}
          to this earlier time.
        </Text>
      )}
      <Group gap="sm" wrap="nowrap" align="center">
        <ThemeIcon variant="light" color="orange" radius="xl" size="lg" aria-hidden="true">
          <IconHourglassHigh size={20} />
        </ThemeIcon>
        <Text size="sm">
          Held for you for{" "}
          <Text span fw={700} className="tabular" role="timer">
            {remainingText(left)}
          </Text>
          , until {fmt.time(expires)} on {fmt.weekdayDate(expires)}.
        </Text>
      </Group>
      {problem && (
        <Alert color="red" variant="light" role="alert" icon={<IconAlertCircle size={18} />}>
          {problem}
        </Alert>
      )}
      <Stack gap="sm">
        <Button
          size="lg"
          fullWidth
          color={buttonColour(offer.clinic.primaryColour)}
          loading={answer.isPending && answer.variables === "accept"}
          disabled={answer.isPending}
          onClick={() => answer.mutate("accept")}
        >
          Accept this appointment
        </Button>
        <Button
          size="md"
          fullWidth
          variant="default"
          disabled={answer.isPending}
          onClick={() => setConfirmDecline(true)}
        >
          No thanks
        </Button>
      </Stack>
      <ConfirmDialog
        opened={confirmDecline}
        title="Decline this time?"
        confirmLabel="Decline"
        loading={answer.isPending && answer.variables === "decline"}
        onClose={() => setConfirmDecline(false)}
        onConfirm={() => answer.mutate("decline", { onSettled: () => setConfirmDecline(false) })}
      >
        The time goes to the next person waiting. You keep your place on the waiting list.
      </ConfirmDialog>
    </Stack>
  );
}

/** Day, time, service, practitioner and place, large enough to read at a glance. */
function When({ offer, fmt }: { offer: PublicWaitlistOffer; fmt: Formatter }) {
  const start = Date.parse(offer.startsAt);
  return (
    <Stack gap={4}>
      <Text fz={26} fw={700} lh={1.2}>
        {fmt.weekdayDate(start)}
      </Text>
      <Text fz="xl" fw={600} className="tabular">
        {fmt.timeRange(start, Date.parse(offer.endsAt))}
      </Text>
      <Text size="sm" mt={6}>
        {offer.service.name} with {offer.practitionerName}
      </Text>
      <Text size="sm" c="dimmed">
        {offer.location.name}
        {offer.location.address && `, ${offer.location.address}`}
      </Text>
    </Stack>
  );
}

/** An answered, expired or unknown offer: one icon, a title and a sentence. */
export function OfferOutcome(props: {
  icon: ReactNode;
  colour: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <Stack gap="md" align="flex-start">
      <ThemeIcon size={48} radius="xl" variant="light" color={props.colour} aria-hidden="true">
        {props.icon}
      </ThemeIcon>
      <Title order={1} fz={22} lh={1.25}>
        {props.title}
      </Title>
      <Text size="sm" component="div">
        {props.children}
      </Text>
    </Stack>
  );
}
