import {
  Alert,
  Button,
  Card,
  Chip,
  Group,
  Modal,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useEffect, useState } from "react";
import type {
  PortalWaitlist,
  PortalWaitlistEntry,
} from "../../../shared/contracts/portal-booking.ts";
import { PageLoader, QueryError } from "../../components/route-states.tsx";
import { errorMessage } from "../../lib/api.ts";
import { usePortalTheme } from "../portal-brand.tsx";
import { useJoinWaitlist, useLeaveWaitlist, waitlistQuery } from "./booking-api.ts";

const route = getRouteApi("/portal/$slug");
const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const STATUS: Record<PortalWaitlistEntry["status"], string> = {
  waiting: "Waiting",
  offered: "Time offered: check your email",
  booked: "Booked",
  withdrawn: "Left",
};

/** Join the waiting list for an earlier time, and see or leave your own entries. */
export function WaitlistPage() {
  const { slug } = route.useParams();
  const list = useQuery(waitlistQuery(slug));
  const [leaving, setLeaving] = useState<PortalWaitlistEntry | null>(null);
  const leave = useLeaveWaitlist(slug);
  useEffect(() => {
    document.title = "Waiting list";
  }, []);
  if (list.isPending) return <PageLoader label="Loading the waiting list" />;
  if (list.isError) return <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <Stack gap="lg">
      <Title order={1} fz="h2">
        Waiting list
      </Title>
      <Text c="gray.7">
        If an earlier time comes free, we email you and hold it for you for a while.
      </Text>
      <Stack gap="sm" component="section" aria-labelledby="entries-heading">
        <Title order={2} fz="h4" id="entries-heading">
          You are waiting for
        </Title>
        {list.data.items.length === 0 ? (
          <Text c="gray.7">You are not on the waiting list.</Text>
        ) : (
          list.data.items.map((e) => (
            <Card key={e.id} withBorder radius="md" padding="md">
              <Group justify="space-between" align="flex-start" wrap="nowrap">
                <Stack gap={2}>
                  <Text fw={600}>
                    {e.serviceName}, {e.location.name}
                  </Text>
                  <Text size="sm">{e.dates}</Text>
                  <Text size="sm" c="gray.7">
                    {e.practitioner ? `With ${e.practitioner.name}. ` : ""}
                    {e.preferences.replace(" (from the client portal)", "")}
                  </Text>
                </Stack>
                <Stack gap={6} align="flex-end">
                  <Text size="sm" fw={600} ta="right">
                    {STATUS[e.status]}
                  </Text>
                  {(e.status === "waiting" || e.status === "offered") && (
                    <Button
                      size="compact-sm"
                      variant="default"
                      c="red.9"
                      onClick={() => setLeaving(e)}
                    >
                      Leave
                    </Button>
                  )}
                </Stack>
              </Group>
            </Card>
          ))
        )}
      </Stack>
      <JoinForm slug={slug} view={list.data} />
      <Modal
        opened={leaving !== null}
        onClose={() => setLeaving(null)}
        title="Leave the waiting list?"
        closeButtonProps={{ "aria-label": "Close" }}
      >
        <Stack gap="md">
          <Text>We will stop offering you earlier times for {leaving?.serviceName}.</Text>
          {leave.isError && (
            <Alert color="red" role="alert">
              {errorMessage(leave.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setLeaving(null)}>
              Stay on the list
            </Button>
            <Button
              color="red.8"
              loading={leave.isPending}
              onClick={() =>
                leaving && leave.mutate(leaving.id, { onSuccess: () => setLeaving(null) })
              }
            >
              Leave
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

function JoinForm({ slug, view }: { slug: string; view: PortalWaitlist }) {
  const { strong } = usePortalTheme();
  const join = useJoinWaitlist(slug);
  const [serviceId, setServiceId] = useState<string | null>(view.services[0]?.id ?? null);
  const [locationId, setLocationId] = useState<string | null>(view.locations[0]?.id ?? null);
  const [practitionerId, setPractitionerId] = useState("");
  const [earliest, setEarliest] = useState("");
  const [latest, setLatest] = useState("");
  const [weekdays, setWeekdays] = useState<string[]>([]);
  const [time, setTime] = useState<"any" | "morning" | "afternoon">("any");
  const [missing, setMissing] = useState<string | null>(null);

  function submit(e: React.FormEvent) {
    e.preventDefault();
    if (!serviceId || !locationId || !earliest || !latest) {
      setMissing("Choose what you are waiting for and the dates you can make.");
      return;
    }
    setMissing(null);
    join.mutate(
      {
        serviceId,
        locationId,
        practitionerId: practitionerId || null,
        earliestDate: earliest,
        latestDate: latest,
        preferredWeekdays: weekdays.map(Number),
        preferredTime: time,
      },
      { onSuccess: () => setWeekdays([]) },
    );
  }

  return (
    <Card withBorder radius="lg" padding="lg" component="section" aria-labelledby="join-heading">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} fz="h4" id="join-heading">
            Join the waiting list
          </Title>
          <Select
            label="What for"
            data={view.services.map((s) => ({ value: s.id, label: s.name }))}
            value={serviceId}
            onChange={setServiceId}
            allowDeselect={false}
            required
          />
          {view.locations.length > 1 && (
            <Select
              label="Where"
              data={view.locations.map((l) => ({ value: l.id, label: l.name }))}
              value={locationId}
              onChange={setLocationId}
              allowDeselect={false}
            />
          )}
          <Select
            label="Practitioner"
            data={[
              { value: "", label: "Anyone" },
              ...view.practitioners.map((p) => ({ value: p.id, label: p.name })),
            ]}
            value={practitionerId}
            onChange={(v) => setPractitionerId(v ?? "")}
            allowDeselect={false}
          />
          <Group grow align="flex-start">
            <TextInput
              type="date"
              label="From"
              required
              value={earliest}
              onChange={(e) => setEarliest(e.currentTarget.value)}
            />
            <TextInput
              type="date"
              label="Until"
              required
              value={latest}
              min={earliest || undefined}
              onChange={(e) => setLatest(e.currentTarget.value)}
            />
          </Group>
          <div>
            <Text size="sm" fw={500} mb={6} id="wl-days">
              Days that suit you (optional)
            </Text>
            <Chip.Group multiple value={weekdays} onChange={setWeekdays}>
              <Group gap={6} role="group" aria-labelledby="wl-days">
                {WEEKDAYS.map((d, i) => (
                  <Chip key={d} value={String(i + 1)} size="sm" color={strong}>
                    {d}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
          </div>
          <div>
            <Text size="sm" fw={500} mb={6} id="wl-time">
              Time of day
            </Text>
            <SegmentedControl
              aria-labelledby="wl-time"
              value={time}
              onChange={(v) => setTime(v as typeof time)}
              data={[
                { value: "any", label: "Any time" },
                { value: "morning", label: "Mornings" },
                { value: "afternoon", label: "Afternoons" },
              ]}
            />
          </div>
          {(missing || join.isError) && (
            <Alert color="red" role="alert">
              {missing ?? errorMessage(join.error)}
            </Alert>
          )}
          {join.isSuccess && !join.isPending && (
            <Alert color="teal" role="status">
              You are on the waiting list. We will email you if a time comes free.
            </Alert>
          )}
          <Group>
            <Button type="submit" color={strong} loading={join.isPending}>
              Join the waiting list
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
