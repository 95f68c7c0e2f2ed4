import {
  Button,
  Card,
  EmptyState,
  Group,
  SegmentedControl,
  Stack,
  Switch,
  Text,
  TextInput,
} from "@mantine/core";
import { useDebouncedValue, useDisclosure } from "@mantine/hooks";
import { IconBox, IconPlus, IconSearch } from "@tabler/icons-react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useState } from "react";
import type { StockBatch, StockKind } from "../../../shared/contracts/stock.ts";
import { PageHeader } from "../../components/page-header.tsx";
import { QueryError } from "../../components/route-states.tsx";
import { useArchiveActions } from "./archive-actions.tsx";
import { BatchDrawer } from "./batch-drawer.tsx";
import { stockBatchesQuery } from "./stock-api.ts";
import { kindPlural } from "./stock-labels.ts";
import { StockSkeleton, StockTable } from "./stock-table.tsx";

const route = getRouteApi("/_app/stock");
const kinds = ["pigment", "needle", "anaesthetic"] as const;

function asKind(value: string | undefined): StockKind | undefined {
  return kinds.find((k) => k === value);
}

/** The clinic's pigment, needle and anaesthetic batches, with expiry flags and recall lists. */
export function StockPage() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const kind = asKind(search.kind);
  const [text, setText] = useState("");
  const [q] = useDebouncedValue(text.trim(), 250);
  const [showArchived, setShowArchived] = useState(false);
  const [drawerOpen, drawer] = useDisclosure(false);
  const [editing, setEditing] = useState<StockBatch | undefined>();
  const batches = useQuery({
    ...stockBatchesQuery({ kind, q }),
    placeholderData: keepPreviousData,
  });
  const archive = useArchiveActions();

  const items = (batches.data?.items ?? []).filter((b) => showArchived || b.state !== "archived");
  const archivedCount = (batches.data?.items ?? []).filter((b) => b.state === "archived").length;
  const expired = items.filter((b) => b.state === "expired").length;

  const openAdd = () => {
    setEditing(undefined);
    drawer.open();
  };

  return (
    <>
      <PageHeader
        title="Stock"
        description="Pigment, needle and anaesthetic batches by lot. Sessions record the batches used, so a recall finds every client treated with a lot."
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={openAdd}>
            Add batch
          </Button>
        }
      />
      <Card padding={0}>
        <Group p="md" gap="md" justify="space-between" wrap="wrap">
          <Group gap="md" wrap="wrap">
            <SegmentedControl
              aria-label="Kind"
              value={kind ?? "all"}
              onChange={(value) =>
                void navigate({ search: { kind: asKind(value) }, replace: true })
              }
              data={[
                { value: "all", label: "All" },
                ...kinds.map((k) => ({ value: k, label: kindPlural[k] })),
              ]}
            />
            <TextInput
              aria-label="Search stock"
              placeholder="Brand, product, lot or 3RL…"
              leftSection={<IconSearch size={16} aria-hidden="true" />}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              w={260}
            />
            <Switch
              label={`Show archived${archivedCount ? ` (${archivedCount})` : ""}`}
              checked={showArchived}
              onChange={(e) => setShowArchived(e.currentTarget.checked)}
            />
          </Group>
          {batches.data && (
            <Text size="sm" c={expired ? "red.8" : "dimmed"} role="status">
              {expired
                ? `${expired} expired ${expired === 1 ? "batch" : "batches"}: archive once removed from the shelf`
                : `${items.length} ${items.length === 1 ? "batch" : "batches"}`}
            </Text>
          )}
        </Group>
        {batches.isPending ? (
          <StockSkeleton />
        ) : batches.isError ? (
          <Stack p="md">
            <QueryError
              error={batches.error}
              onRetry={() => void batches.refetch()}
              title="Could not load stock"
            />
          </Stack>
        ) : items.length === 0 ? (
          <EmptyState
            py={48}
            variant="light"
            icon={<IconBox size={28} aria-hidden="true" />}
            title={q ? "No batches match" : "No batches yet"}
            description={
              q
                ? "Try another brand, product or lot number."
                : "Add each pigment, needle and anaesthetic batch as it arrives, with its lot number and expiry date, so sessions can record what was used."
            }
          >
            {!q && (
              <EmptyState.Actions>
                <Button leftSection={<IconPlus size={16} />} onClick={openAdd}>
                  Add batch
                </Button>
              </EmptyState.Actions>
            )}
          </EmptyState>
        ) : (
          <StockTable
            batches={items}
            showKind={!kind}
            onEdit={(b) => {
              setEditing(b);
              drawer.open();
            }}
            onArchive={archive.ask}
            onUnarchive={archive.unarchive}
          />
        )}
      </Card>
      <BatchDrawer
        opened={drawerOpen}
        onClose={drawer.close}
        batch={editing}
        kind={editing?.kind ?? kind ?? "pigment"}
      />
      {archive.dialog}
    </>
  );
}
