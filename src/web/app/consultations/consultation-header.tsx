import { Badge, Group, Stack, Text, Title } from "@mantine/core";
import {
  IconCake,
  IconCalendar,
  IconPhone,
  IconStethoscope,
  IconUsers,
  IconVideo,
} from "@tabler/icons-react";
import type { ReactNode } from "react";
import type { ConsultationDetail } from "../../../shared/contracts/consultations.ts";
import { AnchorLink } from "../../components/links.tsx";
import { ageOn, calendarDate } from "../../lib/format.ts";
import { useMe } from "../../lib/use-me.ts";
import { modeLabels, statusInfo } from "./consultation-labels.ts";

const modeIcons = { in_person: IconUsers, video: IconVideo, phone: IconPhone } as const;

/** Who, when, how and by whom, with the consultation's status; the client's name links back. */
export function ConsultationHeader({
  consultation,
  actions,
}: {
  consultation: ConsultationDetail;
  actions?: ReactNode;
}) {
  const { clinic } = useMe();
  const status = statusInfo[consultation.status];
  const ModeIcon = modeIcons[consultation.mode];
  const age = ageOn(consultation.client.dateOfBirth, Date.now(), clinic.timeZone);

  return (
    <Stack gap={4} mb="lg">
      <Text size="sm" c="dimmed" fw={500}>
        Consultation
      </Text>
      <Group justify="space-between" align="flex-start" gap="md">
        <Stack gap={6} style={{ flex: "1 1 320px", minWidth: 0 }}>
          <Group gap="sm" align="center">
            <Title order={1} fz={{ base: 24, md: 28 }} lh={1.2}>
              <AnchorLink
                to="/clients/$clientId"
                params={{ clientId: consultation.client.id }}
                inherit
                c="inherit"
                underline="hover"
              >
                {consultation.client.name}
              </AnchorLink>
            </Title>
            <Badge color={status.colour} variant="light" size="lg">
              {status.label}
            </Badge>
          </Group>
          <Group gap="lg" wrap="wrap" aria-label="Consultation details">
            <Fact icon={<IconCalendar size={16} />}>
              {calendarDate(consultation.heldOn, clinic.locale)}
            </Fact>
            <Fact icon={<ModeIcon size={16} />}>{modeLabels[consultation.mode]}</Fact>
            <Fact icon={<IconStethoscope size={16} />}>
              {consultation.practitioner?.name ?? "No practitioner"}
            </Fact>
            {age !== null && <Fact icon={<IconCake size={16} />}>{age} years old</Fact>}
          </Group>
        </Stack>
        {actions && (
          <Group gap="sm" wrap="wrap">
            {actions}
          </Group>
        )}
      </Group>
    </Stack>
  );
}

function Fact({ icon, children }: { icon: ReactNode; children: ReactNode }) {
  return (
    <Group gap={6} wrap="nowrap" c="dimmed" fz="sm">
      <span aria-hidden="true" style={{ display: "inline-flex" }}>
        {icon}
      </span>
      <Text span size="sm" c="var(--mantine-color-text)">
        {children}
      </Text>
    </Group>
  );
}
