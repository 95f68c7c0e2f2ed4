import {
  Alert,
  Anchor,
  Badge,
  Box,
  Button,
  Card,
  EmptyState,
  Group,
  Menu,
  Skeleton,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import {
  IconAlertTriangle,
  IconCalendarPlus,
  IconChevronDown,
  IconCircleCheck,
  IconFileDownload,
  IconPhone,
  IconStethoscope,
  IconUser,
  IconVideo,
} from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import type { ComponentType } from "react";
import { AnchorLink, ButtonLink } from "../../components/links.tsx";
import { QueryError } from "../../components/route-states.tsx";
import { errorMessage } from "../../lib/api.ts";
import { calendarDate, useFormatter } from "../../lib/format.ts";
import { useMe } from "../../lib/use-me.ts";
import { clientAppointmentsQuery } from "./clients-api.ts";
import {
  type ConsultationMode,
  type ConsultationSummary,
  clientConsultationsQuery,
  consultationStatus,
  isClinical,
  modeLabels,
  planPdfPath,
  planStatus,
  useStartConsultation,
} from "./consultations-api.ts";

const MODES: { mode: ConsultationMode; icon: ComponentType<{ size?: number }> }[] = [
  { mode: "in_person", icon: IconUser },
  { mode: "video", icon: IconVideo },
  { mode: "phone", icon: IconPhone },
];

/**
 * Whether treatment can be booked, and the client's consultations newest first. Holds no health
 * data, so reception sees it too, without the links into the consultation itself.
 */
export function ClientConsultationsCard({ clientId }: { clientId: string }) {
  const me = useMe();
  const clinical = isClinical(me.member.role);
  const consultations = useQuery(clientConsultationsQuery(clientId));
  // Shared with the appointments card: a live course appointment means the course is booked.
  const appointments = useQuery(clientAppointmentsQuery(clientId));
  const courseBooked = (appointments.data?.items ?? []).some(
    (a) => a.status !== "cancelled" && (a as { course?: unknown }).course,
  );
  const start = useStartConsultation(clientId);
  const navigate = useNavigate();

  const begin = (mode: ConsultationMode) =>
    start.mutate(mode, {
      onSuccess: (created) =>
        void navigate({
          to: "/consultations/$consultationId",
          params: { consultationId: created.id },
        }),
      onError: (error) =>
        notifications.show({
          color: "red",
          title: "Consultation not started",
          message: errorMessage(error),
        }),
    });

  const items = [...(consultations.data?.items ?? [])].sort((a, b) =>
    b.heldOn.localeCompare(a.heldOn),
  );

  return (
    <Card component="section" aria-labelledby="client-consultations-title">
      <Group justify="space-between" mb="md" gap="sm">
        <Title order={2} fz="lg" id="client-consultations-title">
          Consultations
        </Title>
        {clinical && (
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <Button
                size="sm"
                variant="default"
                leftSection={<IconStethoscope size={16} />}
                rightSection={<IconChevronDown size={14} />}
                loading={start.isPending}
              >
                Start consultation
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Label>How is it held?</Menu.Label>
              {MODES.map(({ mode, icon: Icon }) => (
                <Menu.Item key={mode} leftSection={<Icon size={16} />} onClick={() => begin(mode)}>
                  {modeLabels[mode]}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        )}
      </Group>

      {consultations.isPending ? (
        <Stack gap="sm" aria-busy="true" aria-label="Loading consultations">
          <Skeleton h={52} />
          <Skeleton h={64} />
        </Stack>
      ) : consultations.isError ? (
        <QueryError
          error={consultations.error}
          onRetry={() => void consultations.refetch()}
          title="Could not load consultations"
        />
      ) : (
        <Stack gap="md">
          <TreatmentStatus
            treatment={consultations.data.treatment}
            neverSeen={items.length === 0}
          />
          {items.length === 0 ? (
            <EmptyState
              py="md"
              size="sm"
              withIndicatorBackground
              icon={<IconStethoscope size={24} aria-hidden="true" />}
              title="No consultations yet"
              description={
                clinical
                  ? "Start one to screen the client and draft a treatment plan."
                  : "A practitioner starts one at the client's first visit."
              }
            />
          ) : (
            <Stack component="ul" gap="xs" m={0} p={0} aria-label="Consultations, newest first">
              {items.map((c) => (
                <ConsultationItem
                  key={c.id}
                  consultation={c}
                  clinical={clinical}
                  courseBooked={courseBooked}
                />
              ))}
            </Stack>
          )}
        </Stack>
      )}
    </Card>
  );
}

function TreatmentStatus(props: {
  treatment: { bookable: boolean; from: string | null; reason: string | null };
  neverSeen: boolean;
}) {
  const { treatment, neverSeen } = props;
  if (treatment.bookable) {
    return (
      <Alert
        color="green"
        variant="light"
        icon={<IconCircleCheck size={18} />}
        title="Treatment can be booked"
      >
        {treatment.reason ?? "Screening found nothing that stops treatment."}
      </Alert>
    );
  }
  const from = treatment.from ? calendarDate(treatment.from) : null;
  return (
    <Alert
      color={neverSeen ? "slate" : "orange"}
      variant="light"
      icon={<IconAlertTriangle size={18} />}
      title="Treatment can't be booked yet"
    >
      {treatment.reason ??
        (from
          ? `Treatment can be booked from ${from}.`
          : "A practitioner must review the screening first.")}
    </Alert>
  );
}

function ConsultationItem(props: {
  consultation: ConsultationSummary;
  clinical: boolean;
  courseBooked: boolean;
}) {
  const { consultation: c, clinical, courseBooked } = props;
  const { clinic } = useMe();
  const formatter = useFormatter();
  const status = consultationStatus[c.status] ?? { label: c.status, colour: "gray" };
  const plan = c.plan;
  const heading = `${calendarDate(c.heldOn, clinic.locale)} · ${modeLabels[c.mode] ?? c.mode}`;

  return (
    <Box
      component="li"
      py="sm"
      px="md"
      style={{
        listStyle: "none",
        border: "1px solid var(--mantine-color-default-border)",
        borderRadius: "var(--mantine-radius-sm)",
      }}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Stack gap={2} miw={0}>
          {clinical ? (
            <AnchorLink
              to="/consultations/$consultationId"
              params={{ consultationId: c.id }}
              fw={600}
              size="sm"
              className="tabular"
              aria-label={`Open consultation of ${heading}`}
            >
              {heading}
            </AnchorLink>
          ) : (
            <Text fw={600} size="sm" className="tabular">
              {heading}
            </Text>
          )}
          <Text size="sm" c="dimmed">
            {c.practitionerName ? `with ${c.practitionerName}` : "No practitioner recorded"}
          </Text>
        </Stack>
        <Badge variant="light" color={status.colour} style={{ flexShrink: 0 }}>
          {status.label}
        </Badge>
      </Group>
      <Group gap="xs" mt={8} wrap="wrap">
        {plan ? (
          <>
            <Badge variant="dot" color={planStatus[plan.status]?.colour ?? "gray"} size="md">
              {planStatus[plan.status]?.label ?? plan.status}
            </Badge>
            <Text size="sm" className="tabular">
              {plan.sessions} {plan.sessions === 1 ? "session" : "sessions"} ·{" "}
              {formatter.money(plan.totalPence)}
            </Text>
            {plan.status === "accepted" && plan.acceptedAt && (
              <Text size="xs" c="dimmed">
                accepted {formatter.date(Date.parse(plan.acceptedAt))}
              </Text>
            )}
            {clinical && plan.status === "accepted" && (
              <Anchor
                href={planPdfPath(plan.id)}
                size="sm"
                ml="auto"
                target="_blank"
                rel="noopener"
              >
                <Group gap={4} wrap="nowrap" component="span">
                  <IconFileDownload size={16} aria-hidden="true" />
                  Download plan (PDF)
                </Group>
              </Anchor>
            )}
            {clinical && plan.status === "accepted" && !courseBooked && (
              <ButtonLink
                to="/consultations/$consultationId/book"
                params={{ consultationId: c.id }}
                size="xs"
                leftSection={<IconCalendarPlus size={14} aria-hidden="true" />}
              >
                Book sessions
              </ButtonLink>
            )}
          </>
        ) : (
          <Text size="sm" c="dimmed">
            No treatment plan yet
          </Text>
        )}
      </Group>
    </Box>
  );
}
