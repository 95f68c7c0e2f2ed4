import { Alert, Badge, Card, Group, SimpleGrid, Skeleton, Stack, Text } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { QueryError } from "../../../components/route-states.tsx";
import { useFormatter } from "../../../lib/format.ts";
import { clinicalSettingsQuery } from "./clinical-api.ts";
import { ClinicalSettingsForm } from "./clinical-settings-form.tsx";

/** Screening rules, plan defaults and prices: every clinical default the owner can change. */
export function ClinicalTab() {
  const settings = useQuery(clinicalSettingsQuery);
  const formatter = useFormatter();

  if (settings.isPending) return <ClinicalSkeleton />;
  if (settings.isError) {
    return (
      <QueryError
        error={settings.error}
        onRetry={() => void settings.refetch()}
        title="Could not load the clinical settings"
      />
    );
  }

  const { version, updatedAt, needsAttention } = settings.data;
  return (
    <Stack gap="lg">
      {needsAttention && (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertTriangle size={18} />}
          title="These settings need to be saved again"
        >
          The saved copy no longer passes this version's checks, so new plans can't be drafted.
          Check the fields marked in red, then save.
        </Alert>
      )}
      <Group justify="space-between" align="flex-start" gap="sm">
        <Text size="sm" c="dimmed" maw={640} style={{ flex: "1 1 320px" }}>
          These rules decide what screening does with each answer and what new treatment plans and
          quotes start from. Plans already drafted keep the settings they were made with. Defaults
          come from the SMP reference; the section numbers say where.
        </Text>
        {version === 0 || !updatedAt ? (
          <Badge variant="light" color="slate">
            Using the reference defaults
          </Badge>
        ) : (
          <Text size="xs" c="dimmed" className="tabular">
            Last saved {formatter.dateTime(Date.parse(updatedAt))}
          </Text>
        )}
      </Group>
      <ClinicalSettingsForm
        view={settings.data}
        onReload={async () => (await settings.refetch()).data}
      />
    </Stack>
  );
}

function ClinicalSkeleton() {
  return (
    <Stack gap="lg" aria-busy="true" aria-label="Loading clinical settings">
      {[0, 1, 2].map((card) => (
        <Card key={card} padding="lg">
          <Skeleton h={20} w={200} mb="xs" />
          <Skeleton h={12} w="60%" mb="lg" />
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            {[0, 1, 2, 3, 4, 5].map((i) => (
              <Stack key={i} gap={6}>
                <Skeleton h={12} w={140} />
                <Skeleton h={36} />
              </Stack>
            ))}
          </SimpleGrid>
        </Card>
      ))}
    </Stack>
  );
}
