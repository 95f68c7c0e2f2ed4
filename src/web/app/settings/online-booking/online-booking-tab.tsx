import { Badge, Group, Skeleton, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { QueryError } from "../../../components/route-states.tsx";
import { useFormatter } from "../../../lib/format.ts";
import { EmbedSnippet } from "./embed-snippet.tsx";
import { onlineBookingQuery } from "./online-booking-api.ts";
import { OnlineBookingForm } from "./online-booking-form.tsx";

/** Settings → Online booking: on or off, wording, allowed websites and the code to embed. */
export function OnlineBookingTab() {
  const settings = useQuery(onlineBookingQuery);
  const formatter = useFormatter();

  if (settings.isPending) {
    return (
      <Stack gap="lg" aria-busy="true" aria-label="Loading online booking settings">
        <Skeleton height={320} radius="md" />
        <Skeleton height={220} radius="md" />
      </Stack>
    );
  }
  if (settings.isError) {
    return (
      <QueryError
        error={settings.error}
        onRetry={() => void settings.refetch()}
        title="Could not load the online booking settings"
      />
    );
  }
  const view = settings.data;
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Text size="sm" c="dimmed" maw={640} style={{ flex: "1 1 320px" }}>
          Let people book a consultation from your own website or a booking page we host for you.
          Only consultations can be booked online; treatment sessions are arranged after the
          consultation.
        </Text>
        {view.updatedAt ? (
          <Text size="xs" c="dimmed" className="tabular">
            Last saved {formatter.dateTime(Date.parse(view.updatedAt))}
          </Text>
        ) : (
          <Badge variant="light" color="slate">
            Using the defaults
          </Badge>
        )}
      </Group>
      <OnlineBookingForm key={view.updatedAt ?? "defaults"} view={view} />
      <EmbedSnippet view={view} />
    </Stack>
  );
}
