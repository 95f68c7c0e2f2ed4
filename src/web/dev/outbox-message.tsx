import { Anchor, Badge, Box, Button, Card, Collapse, Group, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconChevronDown, IconChevronUp, IconExternalLink } from "@tabler/icons-react";
import { useMemo } from "react";
import type { Formatter } from "../../domain/time/format.ts";
import type { OutboxMessage } from "../../shared/contracts/outbox.ts";
import { extractLinks, frameDocument, localHref } from "./outbox-links.ts";

export type { OutboxMessage };

const statusColour: Record<string, string> = {
  sent: "green",
  failed: "red",
  scheduled: "blue",
  sending: "yellow",
  cancelled: "gray",
};

const statusLabel: Record<OutboxMessage["status"], string> = {
  scheduled: "Scheduled",
  sending: "Sending",
  sent: "Sent",
  failed: "Failed",
  cancelled: "Cancelled",
};

function when(iso: string | null, formatter: Formatter): string | null {
  if (!iso) return null;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : formatter.dateTime(ms);
}

/** Due time, sent time, attempts, and why it failed or was cancelled. */
function DeliveryDetails({ message, formatter }: { message: OutboxMessage; formatter: Formatter }) {
  const due = when(message.scheduledFor, formatter);
  const sent = when(message.sentAt, formatter);
  const facts: string[] = [];
  if (message.status === "scheduled") facts.push(due ? `Due ${due}` : "Due now");
  if (sent && message.status === "sent") facts.push(`Sent ${sent}`);
  if (message.attempts > 1) facts.push(`${message.attempts} attempts`);
  facts.push(message.kind);
  return (
    <Stack gap={4}>
      <Text size="sm" c="dimmed">
        {facts.join(" · ")}
      </Text>
      {message.error && (
        <Text size="sm" c="red.8" role={message.status === "failed" ? "alert" : undefined}>
          {message.status === "scheduled" ? "Last attempt failed: " : "Error: "}
          {message.error}
        </Text>
      )}
      {message.cancelledReason && (
        <Text size="sm" c="dimmed">
          Not sent: {message.cancelledReason}
        </Text>
      )}
    </Stack>
  );
}

/** One email or SMS: subject, recipient, time, delivery status, its links, and the body on demand. */
export function OutboxMessageCard({
  message,
  formatter,
  initiallyOpen,
}: {
  message: OutboxMessage;
  formatter: Formatter;
  initiallyOpen: boolean;
}) {
  const [open, { toggle }] = useDisclosure(initiallyOpen);
  const links = useMemo(
    () => extractLinks(message.bodyHtml, message.bodyText),
    [message.bodyHtml, message.bodyText],
  );
  const bodyId = `outbox-body-${message.id}`;
  const sentAt = Date.parse(message.createdAt);

  return (
    <Card
      component="article"
      aria-labelledby={`outbox-subject-${message.id}`}
      data-testid="outbox-message"
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
          <Stack gap={2} miw={0}>
            <Text id={`outbox-subject-${message.id}`} fw={600} size="md" component="h2" m={0}>
              {message.subject || (message.channel === "sms" ? "Text message" : "(no subject)")}
            </Text>
            <Text size="sm" c="dimmed">
              To{" "}
              <Text span c="var(--mantine-color-text)">
                {message.recipient}
              </Text>
              {" · "}
              <time dateTime={message.createdAt} className="tabular">
                {Number.isNaN(sentAt) ? message.createdAt : formatter.dateTime(sentAt)}
              </time>
            </Text>
          </Stack>
          <Group gap={6} wrap="nowrap">
            {message.channel === "sms" && (
              <Badge variant="outline" color="slate">
                SMS
              </Badge>
            )}
            <Badge variant="light" color={statusColour[message.status] ?? "gray"}>
              {statusLabel[message.status] ?? message.status}
            </Badge>
          </Group>
        </Group>

        <DeliveryDetails message={message} formatter={formatter} />

        {links.length > 0 && (
          <Group gap="xs" aria-label="Links in this message">
            {links.map((link) => (
              <Button
                key={link.href}
                component="a"
                href={localHref(link.href)}
                title={link.href}
                size="xs"
                variant="light"
                rightSection={<IconExternalLink size={14} aria-hidden="true" />}
              >
                {link.label}
              </Button>
            ))}
          </Group>
        )}

        <Box>
          <Anchor
            component="button"
            type="button"
            size="sm"
            onClick={toggle}
            aria-expanded={open}
            aria-controls={bodyId}
          >
            <Group gap={4} component="span">
              {open ? (
                <IconChevronUp size={14} aria-hidden="true" />
              ) : (
                <IconChevronDown size={14} aria-hidden="true" />
              )}
              {open ? "Hide message" : "Show message"}
            </Group>
          </Anchor>
          <Collapse expanded={open} id={bodyId}>
            <Box mt="sm">
              {message.bodyHtml ? (
                <iframe
                  title={`Email: ${message.subject}`}
                  srcDoc={frameDocument(message.bodyHtml)}
                  sandbox="allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation"
                  style={{
                    width: "100%",
                    height: 440,
                    border: "1px solid var(--mantine-color-default-border)",
                    borderRadius: 8,
                    background: "#fff",
                  }}
                />
              ) : (
                <Text
                  component="pre"
                  size="sm"
                  p="md"
                  bg="slate.0"
                  style={{ whiteSpace: "pre-wrap", borderRadius: 8, margin: 0 }}
                >
                  {message.bodyText}
                </Text>
              )}
            </Box>
          </Collapse>
        </Box>
      </Stack>
    </Card>
  );
}
