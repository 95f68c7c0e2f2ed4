import {
  Badge,
  Button,
  Card,
  EmptyState,
  Group,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconDownload, IconPencil, IconUsersGroup } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import type { StockRecall } from "../../../shared/contracts/stock.ts";
import { AnchorLink } from "../../components/links.tsx";
import { PageHeader } from "../../components/page-header.tsx";
import { PageLoader, QueryError } from "../../components/route-states.tsx";
import { calendarDate, useFormatter } from "../../lib/format.ts";
import { useArchiveActions } from "./archive-actions.tsx";
import { BatchDrawer } from "./batch-drawer.tsx";
import { recallCsvUrl, stockRecallQuery } from "./stock-api.ts";
import { expiryNote, expiryTone, kindLabels, needleSpec } from "./stock-labels.ts";

const route = getRouteApi("/_app/stock/$batchId");
const usedAs = { pigment: "Pigment", needle: "Needle", anaesthetic: "Anaesthetic" } as const;
const toneColour = { expired: "red", soon: "yellow", ok: "teal", archived: "gray" } as const;

/** One batch: its label, and every client and session that used it (the recall list). */
export function BatchPage() {
  const { batchId } = route.useParams();
  const recall = useQuery(stockRecallQuery(batchId));
  const [editOpen, edit] = useDisclosure(false);
  const archive = useArchiveActions();

  if (recall.isPending) return <PageLoader label="Loading the recall list" />;
  if (recall.isError)
    return (
      <QueryError
        error={recall.error}
        onRetry={() => void recall.refetch()}
        title="Could not load this batch"
      />
    );
  const { batch } = recall.data;
  const tone = expiryTone(batch);
  return (
    <>
      <PageHeader
        title={`${batch.brand} ${batch.product}`}
        description={`${kindLabels[batch.kind]} batch, lot ${batch.lot}`}
        back={{ to: "/stock", label: "Stock" }}
        actions={
          <Group gap="sm">
            <Button variant="default" leftSection={<IconPencil size={16} />} onClick={edit.open}>
              Edit
            </Button>
            {batch.state === "archived" ? (
              <Button variant="default" onClick={() => archive.unarchive(batch)}>
                Unarchive
              </Button>
            ) : (
              <Button variant="default" color="red" onClick={() => archive.ask(batch)}>
                Archive
              </Button>
            )}
          </Group>
        }
      />
      <Stack gap="lg">
        <Card>
          <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="lg">
            <Fact label="Lot" value={batch.lot} mono />
            <Fact
              label="Expiry"
              value={
                <Group gap={8}>
                  <Text size="sm" fw={600} c={tone === "expired" ? "red.8" : undefined}>
                    {calendarDate(batch.expiresOn)}
                  </Text>
                  <Badge color={toneColour[tone]} variant="light" size="sm">
                    {expiryNote(batch) ?? "In date"}
                  </Badge>
                </Group>
              }
            />
            <Fact
              label="Received"
              value={batch.receivedOn ? calendarDate(batch.receivedOn) : "—"}
            />
            <Fact
              label={batch.kind === "needle" ? "Needle" : "Quantity"}
              value={
                batch.kind === "needle" ? needleSpec(batch) : (batch.quantity ?? "Not counted")
              }
            />
          </SimpleGrid>
          {batch.notes && (
            <Text size="sm" mt="md" c="dimmed" style={{ whiteSpace: "pre-wrap" }}>
              {batch.notes}
            </Text>
          )}
        </Card>
        <RecallCard recall={recall.data} />
      </Stack>
      <BatchDrawer opened={editOpen} onClose={edit.close} batch={batch} kind={batch.kind} />
      {archive.dialog}
    </>
  );
}

function Fact({ label, value, mono }: { label: string; value: React.ReactNode; mono?: boolean }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.4}>
        {label}
      </Text>
      {typeof value === "string" || typeof value === "number" ? (
        <Text size="sm" fw={500} ff={mono ? "monospace" : undefined}>
          {value}
        </Text>
      ) : (
        value
      )}
    </div>
  );
}

function RecallCard({ recall }: { recall: StockRecall }) {
  const { batch, rows } = recall;
  const zone = rows[0]?.timeZone;
  const fmt = useFormatter(zone);
  return (
    <Card padding={0}>
      <Group p="md" justify="space-between" wrap="wrap">
        <div>
          <Title order={2} size="h4">
            Recall list
          </Title>
          <Text size="sm" c="dimmed" role="status">
            {rows.length === 0
              ? "No session has recorded this batch."
              : `${recall.clientCount} ${recall.clientCount === 1 ? "client" : "clients"}, ${recall.sessionCount} ${recall.sessionCount === 1 ? "session" : "sessions"}: one row per session and zone. Viewing this list is recorded in the audit log.`}
          </Text>
        </div>
        <Button
          component="a"
          href={recallCsvUrl(batch.id)}
          download
          variant="light"
          leftSection={<IconDownload size={16} />}
          disabled={rows.length === 0}
        >
          Download CSV
        </Button>
      </Group>
      {rows.length === 0 ? (
        <EmptyState
          py={40}
          variant="light"
          icon={<IconUsersGroup size={28} aria-hidden="true" />}
          title="Nobody treated with this batch yet"
          description="When a session records this lot as its pigment, needle or anaesthetic, the client appears here."
        />
      ) : (
        <Table.ScrollContainer minWidth={820}>
          <Table aria-label="Recall list" verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                {["Client", "Contact", "Session", "Practitioner", "Zone", "Used as", "Status"].map(
                  (c) => (
                    <Table.Th key={c} scope="col">
                      {c}
                    </Table.Th>
                  ),
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={`${r.sessionId}-${r.zoneId}`}>
                  <Table.Td>
                    <AnchorLink to="/clients/$clientId" params={{ clientId: r.client.id }} fw={500}>
                      {r.client.name}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{r.client.phone ?? ""}</Text>
                    <Text size="xs" c="dimmed">
                      {r.client.email ?? (r.client.phone ? "" : "No contact details")}
                    </Text>
                  </Table.Td>
                  <Table.Td>{fmt.dateTime(Date.parse(r.startedAt))}</Table.Td>
                  <Table.Td>{r.practitioner.name}</Table.Td>
                  <Table.Td>{r.zone.label}</Table.Td>
                  <Table.Td>{usedAs[r.usedAs]}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={r.sessionStatus === "signed" ? "teal" : "blue"}>
                      {r.sessionStatus === "signed" ? "Signed" : "In progress"}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}
