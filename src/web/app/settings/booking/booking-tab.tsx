import { Alert, Badge, Card, Group, SimpleGrid, Skeleton, Stack, Text } from "@mantine/core";
import { IconLock } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { QueryError } from "../../../components/route-states.tsx";
import { useFormatter } from "../../../lib/format.ts";
import { isManager, useMe } from "../../../lib/use-me.ts";
import { bookingPolicyQuery } from "./booking-api.ts";
import { BookingRulesForm } from "./booking-rules-form.tsx";
import { BookingRulesSummary } from "./booking-rules-summary.tsx";

/** Cancellation, rescheduling, no-show, hold and waitlist rules: owners edit, everyone reads. */
export function BookingTab() {
  const me = useMe();
  const policy = useQuery(bookingPolicyQuery);
  const formatter = useFormatter();
  const canEdit = isManager(me.member.role);

  if (policy.isPending) return <BookingSkeleton />;
  if (policy.isError) {
    return (
      <QueryError
        error={policy.error}
        onRetry={() => void policy.refetch()}
        title="Could not load the booking rules"
      />
    );
  }

  const { version, updatedAt } = policy.data;
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Text size="sm" c="dimmed" maw={640} style={{ flex: "1 1 320px" }}>
          {canEdit
            ? "The rules clients book under: how much notice they give to cancel or move, what happens to their deposit, and how times are held and offered. Changes apply to what happens next, not to what already happened."
            : "The rules clients book under, to explain when they ask: how much notice they give to cancel or move, and what happens to their deposit."}
        </Text>
        {version === 0 || !updatedAt ? (
          <Badge variant="light" color="slate">
            Using the defaults
          </Badge>
        ) : (
          <Text size="xs" c="dimmed" className="tabular">
            Last saved {formatter.dateTime(Date.parse(updatedAt))}
          </Text>
        )}
      </Group>
      {canEdit ? (
        <BookingRulesForm view={policy.data} onReload={async () => (await policy.refetch()).data} />
      ) : (
        <>
          <Alert color="slate" variant="light" icon={<IconLock size={18} />}>
            Only owners and admins can change the booking rules.
          </Alert>
          <BookingRulesSummary policy={policy.data.policy} />
        </>
      )}
    </Stack>
  );
}

function BookingSkeleton() {
  return (
    <Stack gap="lg" aria-busy="true" aria-label="Loading booking rules">
      {[0, 1, 2].map((card) => (
        <Card key={card} padding="lg">
          <Skeleton h={20} w={200} mb="xs" />
          <Skeleton h={12} w="60%" mb="lg" />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
            {[0, 1].map((i) => (
              <Stack key={i} gap={6}>
                <Skeleton h={12} w={160} />
                <Skeleton h={36} />
                <Skeleton h={10} w="80%" />
              </Stack>
            ))}
          </SimpleGrid>
        </Card>
      ))}
    </Stack>
  );
}
