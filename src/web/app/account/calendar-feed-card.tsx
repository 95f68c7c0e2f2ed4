import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Skeleton,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconAlertCircle, IconCalendarOff, IconCalendarShare } from "@tabler/icons-react";
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type {
  CalendarFeedStatus,
  CreatedCalendarFeed,
} from "../../../shared/contracts/calendar-feeds.ts";
import { ConfirmDialog } from "../../components/confirm-dialog.tsx";
import { api, errorMessage } from "../../lib/api.ts";
import { useFormatter } from "../../lib/format.ts";
import { CalendarFeedLink } from "./calendar-feed-link.tsx";

const feedQuery = queryOptions({
  queryKey: ["me", "calendar-feed"],
  queryFn: ({ signal }) =>
    api<CalendarFeedStatus>("GET", "/me/calendar-feed", undefined, { signal }),
});

/**
 * The signed-in staff member's private calendar feed: create it, replace the link, or turn it off.
 * The link itself is shown only right after it is made.
 */
export function CalendarFeedCard() {
  const queryClient = useQueryClient();
  const formatter = useFormatter();
  const status = useQuery(feedQuery);
  const [created, setCreated] = useState<CreatedCalendarFeed | null>(null);
  const [confirm, setConfirm] = useState<"rotate" | "off" | null>(null);

  const create = useMutation({
    mutationFn: () => api<CreatedCalendarFeed>("POST", "/me/calendar-feed"),
    onSuccess: (feed) => {
      const replaced = status.data?.active ?? false;
      setCreated(feed);
      setConfirm(null);
      queryClient.setQueryData(feedQuery.queryKey, {
        active: true,
        createdAt: feed.createdAt,
        lastUsedAt: null,
      });
      notifications.show({
        color: "green",
        title: replaced ? "New link ready" : "Calendar feed created",
        message: replaced
          ? "The old link has stopped working. Add the new one to your calendar app."
          : "Copy the link into your calendar app.",
      });
    },
  });
  const turnOff = useMutation({
    mutationFn: () => api<void>("DELETE", "/me/calendar-feed"),
    onSuccess: () => {
      setCreated(null);
      setConfirm(null);
      queryClient.setQueryData(feedQuery.queryKey, {
        active: false,
        createdAt: null,
        lastUsedAt: null,
      });
      notifications.show({
        color: "green",
        title: "Calendar feed turned off",
        message: "Calendars subscribed to it no longer receive your appointments.",
      });
    },
  });

  const active = status.data?.active ?? false;
  const problem = create.error ?? turnOff.error;

  return (
    <Card component="section" aria-labelledby="calendar-feed-title">
      <Group justify="space-between" align="flex-start" gap="md">
        <Group align="flex-start" gap="md" wrap="nowrap" style={{ flex: "1 1 360px" }}>
          <ThemeIcon
            size={42}
            radius="md"
            variant="light"
            color={active ? "green" : "slate"}
            aria-hidden="true"
          >
            {active ? <IconCalendarShare size={24} /> : <IconCalendarOff size={24} />}
          </ThemeIcon>
          <Stack gap={4}>
            <Group gap="sm">
              <Title order={2} fz="lg" id="calendar-feed-title">
                Calendar feed
              </Title>
              {status.isSuccess && (
                <Badge color={active ? "green" : "gray"} variant="light">
                  {active ? "On" : "Off"}
                </Badge>
              )}
            </Group>
            <Text size="sm" c="dimmed" maw={560}>
              See your appointments in Google Calendar, Outlook or Apple Calendar. Entries show the
              time, the address and the client's first name and initial, never the service.
            </Text>
            {status.isPending && <Skeleton h={16} w={260} mt={4} />}
            {status.isSuccess && active && (
              <Text size="sm" className="tabular" data-testid="calendar-feed-status">
                Link created {formatter.dateTime(Date.parse(status.data.createdAt ?? ""))} ·{" "}
                {status.data.lastUsedAt
                  ? `last used ${formatter.dateTime(Date.parse(status.data.lastUsedAt))}`
                  : "not used by a calendar app yet"}
              </Text>
            )}
          </Stack>
        </Group>
        {status.isSuccess && (
          <Group gap="sm">
            {active ? (
              <>
                <Button variant="default" onClick={() => setConfirm("rotate")}>
                  Get a new link
                </Button>
                <Button variant="light" color="red" onClick={() => setConfirm("off")}>
                  Turn off
                </Button>
              </>
            ) : (
              <Button onClick={() => create.mutate()} loading={create.isPending}>
                Create feed link
              </Button>
            )}
          </Group>
        )}
      </Group>

      {status.isError && (
        <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} mt="md">
          <Group justify="space-between" gap="sm">
            <span>{errorMessage(status.error)}</span>
            <Button size="xs" variant="default" onClick={() => void status.refetch()}>
              Try again
            </Button>
          </Group>
        </Alert>
      )}
      {problem && (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertCircle size={18} />}
          mt="md"
          role="alert"
        >
          {errorMessage(problem)}
        </Alert>
      )}
      {created && active && (
        <Stack mt="md">
          <CalendarFeedLink feed={created} />
        </Stack>
      )}

      <ConfirmDialog
        opened={confirm === "rotate"}
        title="Get a new calendar link?"
        confirmLabel="Get a new link"
        loading={create.isPending}
        onConfirm={() => create.mutate()}
        onClose={() => setConfirm(null)}
      >
        The current link stops working straight away, and calendars subscribed to it stop updating.
        Use this if the link may have been shared by mistake, then add the new link to your calendar
        app.
      </ConfirmDialog>
      <ConfirmDialog
        opened={confirm === "off"}
        title="Turn off your calendar feed?"
        confirmLabel="Turn off"
        destructive
        loading={turnOff.isPending}
        onConfirm={() => turnOff.mutate()}
        onClose={() => setConfirm(null)}
      >
        The link stops working and your calendar apps stop receiving your appointments. You can
        create a new link at any time.
      </ConfirmDialog>
    </Card>
  );
}
