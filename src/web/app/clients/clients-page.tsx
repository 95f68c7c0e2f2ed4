import {
  Button,
  Card,
  CloseButton,
  Group,
  Loader,
  Pagination,
  Stack,
  Text,
  TextInput,
} from "@mantine/core";
import { useDebouncedValue, useDisclosure } from "@mantine/hooks";
import { IconPlus, IconSearch } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useEffect, useState } from "react";
import { PageHeader } from "../../components/page-header.tsx";
import { QueryError } from "../../components/route-states.tsx";
import { CLIENTS_PAGE_SIZE, clientsListQuery } from "./clients-api.ts";
import { ClientsTable, ClientsTableEmpty, ClientsTableSkeleton } from "./clients-table.tsx";
import { NewClientModal } from "./new-client-modal.tsx";

const route = getRouteApi("/_app/clients");

const controlLabels = {
  first: "First page",
  previous: "Previous page",
  next: "Next page",
  last: "Last page",
};

export function ClientsPage() {
  const { q, page = 1 } = route.useSearch();
  const navigate = route.useNavigate();
  const [text, setText] = useState(q ?? "");
  const [debounced] = useDebouncedValue(text.trim(), 300);
  const [newOpen, newModal] = useDisclosure(false);
  const clients = useQuery(clientsListQuery({ q, page }));

  // Typing updates the address (replacing history, so Back leaves the page rather than each letter).
  useEffect(() => {
    if (debounced !== (q ?? ""))
      void navigate({ search: { q: debounced || undefined }, replace: true });
  }, [debounced, q, navigate]);
  // Back/forward or a link changed the search: show it in the box.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only follows the address, not typing
  useEffect(() => {
    if ((q ?? "") !== text.trim()) setText(q ?? "");
  }, [q]);

  const total = clients.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / CLIENTS_PAGE_SIZE));
  const first = total === 0 ? 0 : (page - 1) * CLIENTS_PAGE_SIZE + 1;
  const last = Math.min(total, page * CLIENTS_PAGE_SIZE);

  return (
    <>
      <PageHeader
        title="Clients"
        description="Everyone your clinic has seen or booked."
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={newModal.open}>
            New client
          </Button>
        }
      />
      <Card padding={0}>
        <Group p="md" gap="md" justify="space-between" wrap="wrap">
          <TextInput
            type="search"
            aria-label="Search clients"
            placeholder="Search by name, email or phone"
            leftSection={<IconSearch size={16} aria-hidden="true" />}
            rightSection={
              clients.isFetching && !clients.isPending ? (
                <Loader size={14} aria-label="Searching" />
              ) : text ? (
                <CloseButton size="sm" aria-label="Clear search" onClick={() => setText("")} />
              ) : null
            }
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            style={{ flex: "1 1 280px", maxWidth: 420 }}
          />
          {clients.data && total > 0 && (
            <Text size="sm" c="dimmed" role="status" className="tabular">
              {first}–{last} of {total} {total === 1 ? "client" : "clients"}
            </Text>
          )}
        </Group>
        {clients.isPending ? (
          <ClientsTableSkeleton />
        ) : clients.isError ? (
          <Stack p="md">
            <QueryError
              error={clients.error}
              onRetry={() => void clients.refetch()}
              title="Could not load clients"
            />
          </Stack>
        ) : clients.data.items.length === 0 ? (
          <ClientsTableEmpty query={q} onNew={newModal.open} />
        ) : (
          <ClientsTable items={clients.data.items} stale={clients.isPlaceholderData} />
        )}
        {pages > 1 && (
          <Group justify="center" p="md">
            <Pagination
              total={pages}
              value={Math.min(page, pages)}
              onChange={(next) =>
                void navigate({
                  search: (prev) => ({ ...prev, page: next > 1 ? next : undefined }),
                })
              }
              getControlProps={(control) => ({ "aria-label": controlLabels[control] })}
              getItemProps={(n) => ({
                "aria-label": `Page ${n}`,
                "aria-current": n === page ? "page" : undefined,
              })}
            />
          </Group>
        )}
      </Card>
      <NewClientModal opened={newOpen} onClose={newModal.close} />
    </>
  );
}
