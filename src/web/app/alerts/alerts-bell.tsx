import { ActionIcon, Indicator, Popover, ScrollArea, Stack, Text, Title } from "@mantine/core";
import { IconBell } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { QueryError } from "../../components/route-states.tsx";
import { AlertItem } from "./alert-item.tsx";
import { alertsQuery } from "./alerts-api.ts";

/** The header bell for clinical staff: unread count, and the alerts in a popover. */
export function AlertsBell() {
  const [opened, setOpened] = useState(false);
  const alerts = useQuery(alertsQuery);
  const unread = alerts.data?.unread ?? 0;
  const label = unread === 0 ? "Alerts" : `Alerts, ${unread} unread`;
  return (
    // The indicator sits outside the popover: its target must be the button itself.
    <Indicator
      label={unread > 9 ? "9+" : unread}
      size={18}
      color="red"
      disabled={unread === 0}
      offset={4}
    >
      <Popover
        opened={opened}
        onChange={setOpened}
        position="bottom-end"
        width={380}
        shadow="md"
        trapFocus
        returnFocus
      >
        <Popover.Target>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            aria-label={label}
            onClick={() => setOpened((o) => !o)}
          >
            <IconBell size={22} />
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown p={0} aria-label="Alerts">
          <Stack gap={0}>
            <Title order={2} fz="md" px="md" pt="sm" pb="xs">
              Alerts
            </Title>
            <ScrollArea.Autosize mah={440}>
              {alerts.isPending ? (
                <Text size="sm" c="dimmed" px="md" pb="md">
                  Loading alerts…
                </Text>
              ) : alerts.isError ? (
                <Stack p="md">
                  <QueryError error={alerts.error} onRetry={() => void alerts.refetch()} />
                </Stack>
              ) : alerts.data.items.length === 0 ? (
                <Text size="sm" c="dimmed" px="md" pb="md">
                  No alerts. When a client asks to be contacted after a check-in, it shows here.
                </Text>
              ) : (
                alerts.data.items.map((a) => (
                  <AlertItem key={a.id} alert={a} onNavigate={() => setOpened(false)} />
                ))
              )}
            </ScrollArea.Autosize>
          </Stack>
        </Popover.Dropdown>
      </Popover>
    </Indicator>
  );
}
