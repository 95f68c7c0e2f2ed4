import { Text } from "@mantine/core";
import { IconCalendarX, IconCircleCheck, IconClockX, IconMessageCircle } from "@tabler/icons-react";
import type { PublicCheckIn } from "../../shared/contracts/check-ins.ts";
import { OfferOutcome } from "../offer/offer-states.tsx";

/** How to reach the clinic, in a sentence; empty when it has no phone or email on file. */
function contact(clinic: PublicCheckIn["clinic"]): string {
  if (clinic.phone) return ` on ${clinic.phone}`;
  if (clinic.email) return ` at ${clinic.email}`;
  return "";
}

/** A check-in that is no longer open: thanks after an answer, or why it closed. */
export function CheckInOutcome({ checkIn }: { checkIn: PublicCheckIn }) {
  const { clinic, firstName } = checkIn;
  if (checkIn.status === "answered" && checkIn.answer === "concern") {
    return (
      <OfferOutcome
        icon={<IconMessageCircle size={26} />}
        colour="orange"
        title={`Thank you, ${firstName}. We'll be in touch`}
      >
        <Text size="sm" mb="sm">
          {clinic.name} has been told and will contact you soon.
        </Text>
        <Text size="sm">
          If it can't wait, call {clinic.name}
          {contact(clinic)}. In an emergency, call 999.
        </Text>
      </OfferOutcome>
    );
  }
  if (checkIn.status === "answered") {
    return (
      <OfferOutcome
        icon={<IconCircleCheck size={26} />}
        colour="green"
        title={`Thank you, ${firstName}`}
      >
        Glad to hear all is well. Keep following your aftercare advice, and contact {clinic.name}
        {contact(clinic)} if anything changes. You can close this page.
      </OfferOutcome>
    );
  }
  if (checkIn.status === "withdrawn") {
    return (
      <OfferOutcome icon={<IconCalendarX size={26} />} colour="slate" title="No answer needed">
        This check-in is no longer needed. If you have a question, contact {clinic.name}
        {contact(clinic)}.
      </OfferOutcome>
    );
  }
  return (
    <OfferOutcome icon={<IconClockX size={26} />} colour="orange" title="This check-in has closed">
      It is too late to answer through this link. If anything is worrying you, contact {clinic.name}{" "}
      directly{contact(clinic)}.
    </OfferOutcome>
  );
}
