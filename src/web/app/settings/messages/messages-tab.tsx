import { Card, Skeleton, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { QueryError } from "../../../components/route-states.tsx";
import { useFormatter } from "../../../lib/format.ts";
import { messageTemplatesQuery, messagingSettingsQuery } from "./messages-api.ts";
import { ScheduleForm } from "./schedule-form.tsx";
import { TemplatesSection } from "./templates-section.tsx";

/** Settings → Messages: what is sent to clients and when, discretion, quiet hours and wording. */
export function MessagesTab() {
  const settings = useQuery(messagingSettingsQuery);
  const templates = useQuery(messageTemplatesQuery);
  const formatter = useFormatter();

  if (settings.isPending || templates.isPending) {
    return (
      <Stack gap="lg" aria-busy="true" aria-label="Loading message settings">
        {[0, 1, 2].map((i) => (
          <Card key={i} padding="lg">
            <Skeleton h={20} w={200} mb="xs" />
            <Skeleton h={12} w="60%" mb="lg" />
            <Skeleton h={36} />
          </Card>
        ))}
      </Stack>
    );
  }
  if (settings.isError || templates.isError) {
    return (
      <QueryError
        error={settings.error ?? templates.error}
        onRetry={() => void Promise.all([settings.refetch(), templates.refetch()])}
        title="Could not load the message settings"
      />
    );
  }
  const { updatedAt } = settings.data;
  return (
    <Stack gap="lg">
      <Text size="sm" c="dimmed" maw={680}>
        What Stipple sends clients around their visits, how, and when.{" "}
        {updatedAt
          ? `Last saved ${formatter.dateTime(Date.parse(updatedAt))}.`
          : "Using the defaults."}{" "}
        Changes apply to messages planned from now on and to appointments booked or moved later.
      </Text>
      <ScheduleForm view={settings.data} onReload={async () => (await settings.refetch()).data} />
      <TemplatesSection list={templates.data} />
    </Stack>
  );
}
