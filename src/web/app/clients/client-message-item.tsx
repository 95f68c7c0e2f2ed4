import { Badge, Box, Button, Collapse, Group, Stack, Text } from "@mantine/core";
import { IconMail, IconMessage } from "@tabler/icons-react";
import { useState } from "react";
import type { Formatter } from "../../../domain/time/format.ts";
import type { ClientMessage } from "../../../shared/contracts/messaging.ts";

export const statusColours: Record<ClientMessage["status"], string> = {
  scheduled: "blue",
  sending: "cyan",
  sent: "green",
  failed: "red",
  cancelled: "gray",
};

const statusLabels: Record<ClientMessage["status"], string> = {
  scheduled: "Scheduled",
  sending: "Sending",
  sent: "Sent",
  failed: "Failed",
  cancelled: "Cancelled",
};

const kindLabels: Record<string, string> = {
  confirmation: "Booking confirmation",
  reminder: "Reminder",
  "pre-care": "Pre-care advice",
  aftercare: "Aftercare",
  "check-in": "Check-in",
  "touch-up": "Touch-up reminder",
  recall: "Top-up recall",
  waitlist: "Waitlist offer",
};

/** "Aftercare · day 4" from the kind and the schedule step. */
export function messageTitle(m: ClientMessage): string {
  const base = kindLabels[m.kind] ?? m.kind.charAt(0).toUpperCase() + m.kind.slice(1);
  const day = m.step?.match(/day-(\d+)$/)?.[1];
  const hours = m.step?.match(/-(\d+)h$/)?.[1];
  if (day) return `${base} · day ${day}`;
  if (hours) return `${base} · ${hours} hours before`;
  return base;
}

/** When it went or will go, in words, on the formatter's clock. */
function whenText(m: ClientMessage, fmt: Formatter): string {
  if (m.sentAt) return `Sent ${fmt.weekdayDateTime(Date.parse(m.sentAt))}`;
  if (m.status === "cancelled")
    return m.scheduledFor
      ? `Was due ${fmt.weekdayDateTime(Date.parse(m.scheduledFor))}`
      : "Not sent";
  if (m.scheduledFor)
    return `${m.status === "failed" ? "Was due" : "Due"} ${fmt.weekdayDateTime(Date.parse(m.scheduledFor))}`;
  return "Due now";
}

export function ClientMessageItem(props: {
  message: ClientMessage;
  fmt: Formatter;
  canResend: boolean;
  busy: boolean;
  onCancel: () => void;
  onResend: () => void;
}) {
  const { message: m, fmt } = props;
  const [open, setOpen] = useState(false);
  const Icon = m.channel === "email" ? IconMail : IconMessage;
  return (
    <Box
      py="xs"
      style={{ borderTop: "1px solid var(--mantine-color-gray-2)" }}
      data-testid="client-message"
    >
      <Group justify="space-between" wrap="nowrap" gap="sm" align="flex-start">
        <Group gap="sm" wrap="nowrap" align="flex-start" miw={0}>
          <Icon
            size={18}
            aria-label={m.channel === "email" ? "Email" : "SMS"}
            style={{ flexShrink: 0, marginTop: 2 }}
          />
          <Stack gap={2} miw={0}>
            <Text size="sm" fw={600}>
              {messageTitle(m)}
            </Text>
            <Text size="xs" c="dimmed" className="tabular">
              {whenText(m, fmt)} · to {m.recipient}
            </Text>
            {m.status === "failed" && m.error && (
              <Text size="xs" c="red.8">
                {m.error}
              </Text>
            )}
            {m.status === "cancelled" && m.cancelledReason && (
              <Text size="xs" c="dimmed">
                {m.cancelledReason}
              </Text>
            )}
          </Stack>
        </Group>
        <Badge color={statusColours[m.status]} variant="light" style={{ flexShrink: 0 }}>
          {statusLabels[m.status]}
        </Badge>
      </Group>
      <Group gap="xs" mt={4} ml={30}>
        {m.contentHidden ? (
          <Text size="xs" c="dimmed">
            The text of clinical messages is shown to clinical staff only.
          </Text>
        ) : (
          <Button
            size="compact-xs"
            variant="subtle"
            onClick={() => setOpen((o) => !o)}
            aria-expanded={open}
          >
            {open ? "Hide text" : "Read text"}
          </Button>
        )}
        {m.cancellable && (
          <Button
            size="compact-xs"
            variant="subtle"
            color="red"
            disabled={props.busy}
            onClick={props.onCancel}
          >
            Cancel message
          </Button>
        )}
        {m.status === "failed" && props.canResend && (
          <Button size="compact-xs" variant="light" loading={props.busy} onClick={props.onResend}>
            Resend
          </Button>
        )}
      </Group>
      <Collapse expanded={open && !m.contentHidden}>
        <Box ml={30} mt={6} p="sm" bg="var(--mantine-color-gray-0)" style={{ borderRadius: 8 }}>
          {m.subject && (
            <Text size="sm" fw={600} mb={4}>
              {m.subject}
            </Text>
          )}
          <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
            {m.bodyText}
          </Text>
        </Box>
      </Collapse>
    </Box>
  );
}
