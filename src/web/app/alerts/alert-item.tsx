import { Badge, Box, Button, Group, Loader, Stack, Text } from "@mantine/core";
import { useState } from "react";
import type { StaffAlert } from "../../../shared/contracts/alerts.ts";
import { AnchorLink } from "../../components/links.tsx";
import { errorMessage } from "../../lib/api.ts";
import { useFormatter } from "../../lib/format.ts";
import { useAlertDetail, useMarkAlertRead } from "./alerts-api.ts";

/** One alert: title, when, and the client's words on request; mark as read, open the client. */
export function AlertItem({ alert, onNavigate }: { alert: StaffAlert; onNavigate: () => void }) {
  const fmt = useFormatter();
  const [open, setOpen] = useState(false);
  const detail = useAlertDetail(alert.id, open);
  const markRead = useMarkAlertRead();
  const unread = alert.readAt === null;
  const created = Date.parse(alert.createdAt);
  return (
    <Box
      px="md"
      py="sm"
      bg={unread ? "var(--mantine-color-orange-0)" : undefined}
      style={{ borderTop: "1px solid var(--mantine-color-gray-2)" }}
      data-testid="alert-item"
    >
      <Stack gap={6}>
        <Group gap="xs" wrap="nowrap" align="flex-start" justify="space-between">
          <Text size="sm" fw={unread ? 700 : 500}>
            {alert.title}
          </Text>
          {unread && (
            <Badge size="xs" color="orange" variant="filled" style={{ flexShrink: 0 }}>
              New
            </Badge>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          {fmt.relativeDay(created, Date.now())}, {fmt.time(created)}
          {!alert.forMe && " · for all clinical staff"}
          {alert.readAt && alert.readBy && ` · read by ${alert.readBy}`}
        </Text>
        {open && (
          <Box
            p="xs"
            bg="var(--mantine-color-gray-0)"
            style={{ borderRadius: "var(--mantine-radius-sm)" }}
          >
            {detail.isPending ? (
              <Loader size="xs" aria-label="Loading what the client said" />
            ) : detail.isError ? (
              <Text size="sm" c="red.8">
                {errorMessage(detail.error)}
              </Text>
            ) : (
              <Stack gap={4}>
                <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                  {detail.data.answer?.note || "The client left no note."}
                </Text>
                {detail.data.answer?.photoId && (
                  <Text size="xs" c="dimmed">
                    They sent a photo: it is with the client's photos.
                  </Text>
                )}
              </Stack>
            )}
          </Box>
        )}
        <Group gap="xs">
          {alert.checkIn && (
            <Button size="compact-xs" variant="subtle" onClick={() => setOpen((o) => !o)}>
              {open ? "Hide message" : "Show message"}
            </Button>
          )}
          {alert.client && (
            <AnchorLink
              to="/clients/$clientId"
              params={{ clientId: alert.client.id }}
              size="xs"
              onClick={onNavigate}
            >
              Open {alert.client.name}
            </AnchorLink>
          )}
          {unread && (
            <Button
              size="compact-xs"
              variant="light"
              ml="auto"
              loading={markRead.isPending}
              onClick={() => markRead.mutate(alert.id)}
            >
              Mark as read
            </Button>
          )}
        </Group>
        {markRead.error && (
          <Text size="xs" c="red.8" role="alert">
            {errorMessage(markRead.error)}
          </Text>
        )}
      </Stack>
    </Box>
  );
}
