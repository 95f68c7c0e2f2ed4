import { Badge, Group, Skeleton, Stack, Text, Title } from "@mantine/core";
import { IconFileSearch, IconLock } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { AnchorLink } from "../../components/links.tsx";
import { PageNotice, QueryError } from "../../components/route-states.tsx";
import { errorMessage, isApiError } from "../../lib/api.ts";
import { useFormatter } from "../../lib/format.ts";
import { ChecklistStep } from "./checklist-step.tsx";
import { InSession } from "./in-session.tsx";
import { sessionQuery } from "./sessions-api.ts";
import { SignedView } from "./signed-view.tsx";

const route = getRouteApi("/_app/appointments/$appointmentId/session");
const back = { to: "/appointments", label: "Back to the calendar" };

/** The treatment-day screen: start checklist, the session as it happens, and the signed record. */
export function SessionPage() {
  const { appointmentId } = route.useParams();
  const ws = useQuery(sessionQuery(appointmentId));
  const formatter = useFormatter(ws.data?.appointment.timeZone);

  if (ws.isPending)
    return (
      <Stack gap="md" maw={1100}>
        <Skeleton h={40} w="50%" />
        <Skeleton h={220} />
        <Skeleton h={220} />
      </Stack>
    );
  if (ws.isError) {
    if (isApiError(ws.error, 403))
      return (
        <PageNotice
          icon={<IconLock size={32} aria-hidden="true" />}
          title="Not available to your role"
          description="Only practitioners, admins and owners can open treatment records."
          back={back}
        />
      );
    if (isApiError(ws.error, 404) || isApiError(ws.error, 400) || isApiError(ws.error, 422))
      return (
        <PageNotice
          icon={<IconFileSearch size={32} aria-hidden="true" />}
          title="No session for this appointment"
          description={
            isApiError(ws.error, 422)
              ? errorMessage(ws.error)
              : "This appointment does not exist, or belongs to another clinic."
          }
          back={back}
        />
      );
    return (
      <QueryError
        error={ws.error}
        onRetry={() => void ws.refetch()}
        title="Could not load this session"
      />
    );
  }
  const data = ws.data;
  const a = data.appointment;
  const session = data.session;
  const stage = !session
    ? "Start checklist"
    : session.status === "signed"
      ? "Signed record"
      : "In session";
  return (
    <Stack gap="lg" maw={1100} pb="xl">
      <Stack gap={4}>
        <Group justify="space-between" align="flex-start">
          <Title order={1} size="h2">
            <AnchorLink to="/clients/$clientId" params={{ clientId: data.client.id }} inherit>
              {data.client.name}
            </AnchorLink>
          </Title>
          <Badge
            size="xl"
            variant="light"
            color={session?.status === "signed" ? "teal" : session ? "blue" : "gray"}
          >
            {stage}
          </Badge>
        </Group>
        <Text c="dimmed" className="tabular">
          {a.serviceName}
          {a.courseSession ? ` · session ${a.courseSession}` : ""} ·{" "}
          {formatter.weekdayDate(Date.parse(a.startsAt))},{" "}
          {formatter.timeRange(Date.parse(a.startsAt), Date.parse(a.endsAt))} · {a.practitionerName}
        </Text>
        {!data.plan && (
          <Text c="red.8">No accepted treatment plan is on record for this client.</Text>
        )}
      </Stack>
      {!session && <ChecklistStep appointmentId={a.id} canRecord={data.canRecord} />}
      {session?.status === "in_progress" &&
        (data.canRecord ? (
          <InSession ws={data} formatter={formatter} />
        ) : (
          <Text c="dimmed">This session is in progress with {a.practitionerName}.</Text>
        ))}
      {session?.status === "signed" && <SignedView ws={data} formatter={formatter} />}
    </Stack>
  );
}
