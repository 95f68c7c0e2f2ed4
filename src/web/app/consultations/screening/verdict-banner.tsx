import { Paper, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { IconBan, IconCircleCheck, IconClockPause, IconFileCertificate } from "@tabler/icons-react";
import type { Verdict } from "../../../../domain/screening/types.ts";
import type { ConsultationDetail } from "../../../../shared/contracts/consultations.ts";
import { calendarDate } from "../../../lib/format.ts";
import { useMe } from "../../../lib/use-me.ts";
import { verdictHeadline } from "./screening-labels.ts";

const look: Record<Verdict, { colour: string; Icon: typeof IconBan; next: string }> = {
  proceed: {
    colour: "green",
    Icon: IconCircleCheck,
    next: "Nothing in the answers stands in the way of treatment.",
  },
  gp_letter: {
    colour: "orange",
    Icon: IconFileCertificate,
    next: "Assessment and planning can go ahead. Sessions can be booked once the letter is recorded.",
  },
  defer: {
    colour: "blue",
    Icon: IconClockPause,
    next: "Assessment and planning can go ahead. Sessions can be booked once the deferral ends.",
  },
  decline: {
    colour: "red",
    Icon: IconBan,
    next: "Treatment cannot go ahead for the reasons below.",
  },
};

/** The screening verdict, large: colour, icon and words, never colour alone. */
export function VerdictBanner({
  screening,
  screenedOn,
}: {
  screening: NonNullable<ConsultationDetail["screening"]>;
  screenedOn: string | null;
}) {
  const { clinic } = useMe();
  const { colour, Icon, next } = look[screening.verdict];
  return (
    <Paper
      p="lg"
      bg={`var(--mantine-color-${colour}-light)`}
      style={{ borderInlineStart: `6px solid var(--mantine-color-${colour}-filled)` }}
      aria-labelledby="screening-verdict"
    >
      <Stack gap="xs">
        <Text size="xs" tt="uppercase" fw={700} lts={0.5}>
          Screening result
          {screenedOn ? ` · ${calendarDate(screenedOn, clinic.locale)}` : ""}
        </Text>
        <Title
          order={2}
          fz={{ base: 22, md: 26 }}
          id="screening-verdict"
          style={{ display: "flex", alignItems: "center", gap: 12 }}
        >
          <ThemeIcon color={colour} size={44} radius="xl" aria-hidden="true">
            <Icon size={26} />
          </ThemeIcon>
          {verdictHeadline(screening, clinic.locale)}
        </Title>
        <Text size="sm">{next}</Text>
      </Stack>
    </Paper>
  );
}
