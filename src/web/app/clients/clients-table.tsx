import { Button, EmptyState, Skeleton, Table, Text } from "@mantine/core";
import { IconPlus, IconUserSearch, IconUsers } from "@tabler/icons-react";
import { useNavigate } from "@tanstack/react-router";
import type { MouseEvent } from "react";
import type { ClientSummary } from "../../../shared/contracts/clients.ts";
import { AnchorLink } from "../../components/links.tsx";
import { useFormatter, weekdayDateTime } from "../../lib/format.ts";

const COLUMNS = ["Name", "Email", "Phone", "Next appointment"];

function Head() {
  return (
    <Table.Thead>
      <Table.Tr>
        {COLUMNS.map((c) => (
          <Table.Th key={c} scope="col">
            {c}
          </Table.Th>
        ))}
      </Table.Tr>
    </Table.Thead>
  );
}

/** The clients on this page; the name is a link, and the whole row opens the client too. */
export function ClientsTable({ items, stale }: { items: ClientSummary[]; stale: boolean }) {
  const navigate = useNavigate();
  const formatter = useFormatter();

  const openRow = (id: string) => (event: MouseEvent<HTMLTableRowElement>) => {
    if ((event.target as HTMLElement).closest("a, button")) return;
    void navigate({ to: "/clients/$clientId", params: { clientId: id } });
  };

  return (
    <Table.ScrollContainer minWidth={680}>
      <Table aria-label="Clients" style={{ opacity: stale ? 0.6 : 1, transition: "opacity 120ms" }}>
        <Head />
        <Table.Tbody>
          {items.map((c) => (
            <Table.Tr key={c.id} onClick={openRow(c.id)} style={{ cursor: "pointer" }}>
              <Table.Td>
                <AnchorLink
                  to="/clients/$clientId"
                  params={{ clientId: c.id }}
                  fw={600}
                  c="inherit"
                >
                  {c.firstName} {c.lastName}
                </AnchorLink>
                {c.preferredName && c.preferredName !== c.firstName && (
                  <Text span c="dimmed" size="sm">
                    {" "}
                    ({c.preferredName})
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{c.email ?? <Muted />}</Table.Td>
              <Table.Td className="tabular">{c.phone ?? <Muted />}</Table.Td>
              <Table.Td className="tabular">
                {c.nextAppointmentAt ? (
                  weekdayDateTime(formatter, c.nextAppointmentAt)
                ) : (
                  <Muted label="None booked" />
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Muted({ label = "—" }: { label?: string }) {
  return (
    <Text span c="dimmed" size="sm" aria-label={label === "—" ? "None" : undefined}>
      {label}
    </Text>
  );
}

export function ClientsTableSkeleton() {
  return (
    <Table.ScrollContainer minWidth={680}>
      <Table aria-label="Clients" aria-busy="true">
        <Head />
        <Table.Tbody>
          {Array.from({ length: 8 }, (_, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: static placeholder rows
            <Table.Tr key={i}>
              {COLUMNS.map((c, j) => (
                <Table.Td key={c}>
                  <Skeleton h={14} w={`${[55, 70, 45, 60][j] ?? 50}%`} />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function ClientsTableEmpty({ query, onNew }: { query?: string; onNew: () => void }) {
  if (query) {
    return (
      <EmptyState
        py={48}
        icon={<IconUserSearch size={28} aria-hidden="true" />}
        withIndicatorBackground
        title="No clients match"
        description={`Nobody matches “${query}”. Check the spelling, or search by email or phone.`}
      />
    );
  }
  return (
    <EmptyState
      py={48}
      variant="light"
      icon={<IconUsers size={28} aria-hidden="true" />}
      title="No clients yet"
      description="Add your first client to book their consultation."
    >
      <EmptyState.Actions>
        <Button leftSection={<IconPlus size={16} />} onClick={onNew}>
          New client
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
