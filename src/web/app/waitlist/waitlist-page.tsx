import { Button, Card, Group, SegmentedControl, Select, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconPlus } from "@tabler/icons-react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { PageHeader } from "../../components/page-header.tsx";
import { QueryError } from "../../components/route-states.tsx";
import { useFormatter } from "../../lib/format.ts";
import { JoinWaitlistModal } from "./join-waitlist-modal.tsx";
import { useTickingNow } from "./use-ticking-now.ts";
import { type WaitlistInclude, waitlistQuery } from "./waitlist-api.ts";
import { WaitlistEmpty, WaitlistSkeleton, WaitlistTable } from "./waitlist-table.tsx";

const route = getRouteApi("/_app/waitlist");

/** The clinic's waitlist for one location, first come first offered. */
export function WaitlistPage() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const include: WaitlistInclude = search.include === "open" ? "open" : "recent";
  const [joinOpen, joinModal] = useDisclosure(false);
  const waitlist = useQuery({
    ...waitlistQuery(search.locationId, include),
    placeholderData: keepPreviousData,
  });
  const view = waitlist.data;
  const fmt = useFormatter(view?.location.timeZone);
  const nowMs = useTickingNow(30_000);
  const open = view?.entries.filter((e) => e.position !== null).length ?? 0;

  return (
    <>
      <PageHeader
        title="Waitlist"
        description="Clients who would like an earlier date. When time frees up, the first client it suits is emailed an offer and the time is held for them."
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={joinModal.open} disabled={!view}>
            Add to waitlist
          </Button>
        }
      />
      <Card padding={0}>
        <Group p="md" gap="md" justify="space-between" wrap="wrap">
          <Group gap="md" wrap="wrap">
            {view && view.locations.length > 1 && (
              <Select
                aria-label="Location"
                allowDeselect={false}
                data={view.locations.map((l) => ({ value: l.id, label: l.name }))}
                value={view.location.id}
                onChange={(id) =>
                  void navigate({ search: (prev) => ({ ...prev, locationId: id ?? undefined }) })
                }
                w={220}
              />
            )}
            <SegmentedControl
              aria-label="Show"
              value={include}
              onChange={(value) =>
                void navigate({
                  search: (prev) => ({ ...prev, include: value === "open" ? "open" : undefined }),
                  replace: true,
                })
              }
              data={[
                { value: "recent", label: "All recent" },
                { value: "open", label: "Still waiting" },
              ]}
            />
          </Group>
          {view && (
            <Text size="sm" c="dimmed" role="status">
              {open === 0
                ? "Nobody waiting"
                : `${open} ${open === 1 ? "client" : "clients"} waiting at ${view.location.name}`}
            </Text>
          )}
        </Group>
        {waitlist.isPending ? (
          <WaitlistSkeleton />
        ) : waitlist.isError ? (
          <Stack p="md">
            <QueryError
              error={waitlist.error}
              onRetry={() => void waitlist.refetch()}
              title="Could not load the waitlist"
            />
          </Stack>
        ) : waitlist.data.entries.length === 0 ? (
          <WaitlistEmpty onAdd={joinModal.open} open={include === "open"} />
        ) : (
          <WaitlistTable entries={waitlist.data.entries} fmt={fmt} nowMs={nowMs} />
        )}
      </Card>
      {view && <JoinWaitlistModal opened={joinOpen} onClose={joinModal.close} view={view} />}
    </>
  );
}
