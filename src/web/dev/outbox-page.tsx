import {
  Alert,
  Button,
  Container,
  EmptyState,
  Group,
  SegmentedControl,
  Skeleton,
  Stack,
  TextInput,
} from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconInbox, IconInfoCircle, IconRefresh, IconSearch } from "@tabler/icons-react";
import { type UseQueryResult, useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import type { Formatter } from "../../domain/time/format.ts";
import type { DevOutbox, OutboxMessage } from "../../shared/contracts/outbox.ts";
import { PageHeader } from "../components/page-header.tsx";
import { QueryError } from "../components/route-states.tsx";
import { Wordmark } from "../components/wordmark.tsx";
import { api, isApiError } from "../lib/api.ts";
import { browserFormatter } from "../lib/format.ts";
import { OutboxMessageCard } from "./outbox-message.tsx";

type Outbox = DevOutbox;

type ChannelFilter = "all" | "email" | "sms";

/** Public development page: every email and SMS the server would have sent, newest first. */
export function OutboxPage() {
  const [filter, setFilter] = useState("");
  const [channel, setChannel] = useState<ChannelFilter>("all");
  const [debounced] = useDebouncedValue(filter.trim().toLowerCase(), 200);
  const outbox = useQuery({
    queryKey: ["dev-outbox", channel],
    queryFn: ({ signal }) =>
      api<Outbox>(
        "GET",
        channel === "all" ? "/dev/outbox" : `/dev/outbox?channel=${channel}`,
        undefined,
        { signal, allowUnauthorized: true },
      ),
    refetchInterval: 5000,
  });
  const formatter = useMemo(() => browserFormatter(), []);
  const messages = useMemo(() => {
    const all = [...(outbox.data?.messages ?? [])].sort(
      (a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt),
    );
    if (!debounced) return all;
    return all.filter(
      (m) =>
        m.recipient.toLowerCase().includes(debounced) ||
        m.subject.toLowerCase().includes(debounced),
    );
  }, [outbox.data, debounced]);

  return (
    <Container size="md" py="xl" component="main">
      <Stack gap="lg">
        <Wordmark size="lg" />
        <PageHeader
          title="Outbox"
          description="Emails and text messages from this Stipple server, newest first. The list refreshes every few seconds."
          actions={
            <Button
              variant="default"
              leftSection={<IconRefresh size={16} />}
              onClick={() => void outbox.refetch()}
              loading={outbox.isFetching && !outbox.isPending}
            >
              Refresh
            </Button>
          }
        />
        {!isApiError(outbox.error, 404) && (
          <Alert variant="light" color="yellow" icon={<IconInfoCircle size={18} />}>
            {outbox.data?.channels.includes("sms")
              ? "Development outbox: no email server or SMS provider is configured, so messages are kept here instead of being sent. Sign in to see messages to your clinic's clients."
              : "Development outbox: no email server is configured, so emails are kept here instead of being sent. Text messages go to the SMS provider."}
          </Alert>
        )}
        <Group align="flex-end" gap="md">
          <TextInput
            label="Filter"
            placeholder="Recipient or subject"
            leftSection={<IconSearch size={16} aria-hidden="true" />}
            value={filter}
            onChange={(e) => setFilter(e.currentTarget.value)}
            maw={360}
            style={{ flex: 1 }}
          />
          <SegmentedControl
            aria-label="Channel"
            value={channel}
            onChange={(value) => setChannel(value as ChannelFilter)}
            data={[
              { value: "all", label: "All" },
              { value: "email", label: "Email" },
              { value: "sms", label: "SMS" },
            ]}
          />
        </Group>
        <OutboxBody
          outbox={outbox}
          messages={messages}
          formatter={formatter}
          filtered={debounced !== ""}
        />
      </Stack>
    </Container>
  );
}

function OutboxBody(props: {
  outbox: UseQueryResult<Outbox>;
  messages: OutboxMessage[];
  formatter: Formatter;
  filtered: boolean;
}) {
  const { outbox, messages, formatter, filtered } = props;
  if (outbox.isPending) {
    return (
      <Stack gap="md" aria-busy="true" aria-label="Loading messages">
        {[0, 1, 2].map((i) => (
          <Skeleton key={i} h={110} radius="md" />
        ))}
      </Stack>
    );
  }
  if (outbox.isError) {
    if (isApiError(outbox.error, 404)) {
      return (
        <Alert color="slate">
          An email server is configured, so messages are sent to their recipients and not kept here.
        </Alert>
      );
    }
    return (
      <QueryError
        error={outbox.error}
        onRetry={() => void outbox.refetch()}
        title="Could not load the outbox"
      />
    );
  }
  if (messages.length === 0) {
    return (
      <EmptyState
        variant="light"
        icon={<IconInbox size={28} aria-hidden="true" />}
        title={filtered ? "No messages match" : "No messages yet"}
        description={
          filtered
            ? "Try another recipient or subject."
            : "Invitations, password resets and client messages will appear here."
        }
        py="xl"
      />
    );
  }
  return (
    <Stack gap="md">
      <Group gap="xs" c="dimmed" fz="sm" role="status">
        {messages.length === 1 ? "1 message" : `${messages.length} messages`}
      </Group>
      {messages.map((message, i) => (
        <OutboxMessageCard
          key={message.id}
          message={message}
          formatter={formatter}
          initiallyOpen={i === 0}
        />
      ))}
    </Stack>
  );
}
