import { Badge, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { IconChevronLeft } from "@tabler/icons-react";
import type { ConsultationDetail, PlanView } from "../../../shared/contracts/consultations.ts";
import { AnchorLink } from "../../components/links.tsx";
import { useFormatter } from "../../lib/format.ts";
import { durationText } from "../consultations/plan/plan-words.ts";
import { gapWindowText } from "./course-dates.ts";

/** Whose course this is and what the accepted plan asks for: sessions, lengths and healing gaps. */
export function CourseHeader({
  consultation,
  plan,
}: {
  consultation: ConsultationDetail;
  plan: PlanView;
}) {
  const formatter = useFormatter();
  const sessions = plan.plan.sessions;
  const accepted = plan.acceptedAt ? formatter.date(Date.parse(plan.acceptedAt)) : null;

  return (
    <Stack gap="sm" mb="lg">
      <AnchorLink
        to="/clients/$clientId"
        params={{ clientId: consultation.client.id }}
        size="sm"
        c="dimmed"
        w="fit-content"
      >
        <Group gap={2} wrap="nowrap">
          <IconChevronLeft size={16} aria-hidden="true" />
          Back to {consultation.client.name}
        </Group>
      </AnchorLink>
      <Stack gap={4}>
        <Text size="sm" c="dimmed" fw={500}>
          Book treatment sessions
        </Text>
        <Title order={1} fz={{ base: 24, md: 28 }} lh={1.2}>
          {consultation.client.name}
        </Title>
        <Text size="sm" c="dimmed">
          {sessions.length === 1 ? "1 session" : `${sessions.length} sessions`} ·{" "}
          {formatter.money(plan.quote.totalPence)}
          {accepted ? ` · plan accepted ${accepted}` : ""}
        </Text>
      </Stack>
      <Paper withBorder p="sm" radius="md" component="section" aria-label="Sessions in the plan">
        <Group gap="md" wrap="wrap" component="ol" m={0} p={0} style={{ listStyle: "none" }}>
          {sessions.map((s) => {
            const gap = plan.gapWindows.find((g) => g.session === s.number);
            return (
              <Group component="li" key={s.number} gap={6} wrap="nowrap">
                <Badge variant="light" size="lg" radius="sm">
                  Session {s.number}
                </Badge>
                <Text size="sm" className="tabular">
                  {durationText(s.durationMin)}
                  {gap ? (
                    <Text span c="dimmed" size="sm">
                      {` · ${gapWindowText(gap)}`}
                    </Text>
                  ) : null}
                </Text>
              </Group>
            );
          })}
        </Group>
      </Paper>
    </Stack>
  );
}
