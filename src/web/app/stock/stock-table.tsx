import {
  ActionIcon,
  Badge,
  Group,
  Menu,
  Skeleton,
  Stack,
  Table,
  Text,
  VisuallyHidden,
} from "@mantine/core";
import {
  IconArchive,
  IconArchiveOff,
  IconDotsVertical,
  IconListSearch,
  IconPencil,
} from "@tabler/icons-react";
import { useNavigate } from "@tanstack/react-router";
import type { StockBatch } from "../../../shared/contracts/stock.ts";
import { AnchorLink } from "../../components/links.tsx";
import { calendarDate } from "../../lib/format.ts";
import { expiryNote, expiryTone, kindLabels, needleSpec } from "./stock-labels.ts";

const toneColour = { expired: "red", soon: "yellow", ok: undefined, archived: "gray" } as const;

interface StockTableProps {
  batches: StockBatch[];
  showKind: boolean;
  onEdit: (b: StockBatch) => void;
  onArchive: (b: StockBatch) => void;
  onUnarchive: (b: StockBatch) => void;
}

/** Batches with their lot and expiry: expired in red, expiring within 30 days in amber. */
export function StockTable({ batches, showKind, onEdit, onArchive, onUnarchive }: StockTableProps) {
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table aria-label="Stock batches" verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            {showKind && <Table.Th scope="col">Kind</Table.Th>}
            <Table.Th scope="col">Brand</Table.Th>
            <Table.Th scope="col">Product</Table.Th>
            <Table.Th scope="col">Lot</Table.Th>
            <Table.Th scope="col">Expiry</Table.Th>
            <Table.Th scope="col" ta="right">
              Quantity
            </Table.Th>
            <Table.Th scope="col" ta="right">
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {batches.map((b) => (
            <Row
              key={b.id}
              b={b}
              showKind={showKind}
              onEdit={onEdit}
              onArchive={onArchive}
              onUnarchive={onUnarchive}
            />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Row({
  b,
  showKind,
  onEdit,
  onArchive,
  onUnarchive,
}: { b: StockBatch; showKind: boolean } & Omit<StockTableProps, "batches" | "showKind">) {
  const navigate = useNavigate();
  const tone = expiryTone(b);
  const note = expiryNote(b);
  const spec = needleSpec(b);
  const label = `${b.brand} ${b.product}, lot ${b.lot}`;
  return (
    <Table.Tr data-state={b.state} style={b.state === "archived" ? { opacity: 0.65 } : undefined}>
      {showKind && <Table.Td>{kindLabels[b.kind]}</Table.Td>}
      <Table.Td fw={500}>{b.brand}</Table.Td>
      <Table.Td>
        <Text size="sm">{b.product}</Text>
        {spec && (
          <Text size="xs" c="dimmed">
            {spec}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <AnchorLink to="/stock/$batchId" params={{ batchId: b.id }} ff="monospace" size="sm">
          {b.lot}
        </AnchorLink>
      </Table.Td>
      <Table.Td>
        <Group gap={8} wrap="nowrap">
          <Text
            size="sm"
            c={tone === "expired" ? "red.8" : undefined}
            fw={tone === "ok" ? 400 : 600}
          >
            {calendarDate(b.expiresOn)}
          </Text>
          {note && (
            <Badge variant="light" color={toneColour[tone]} size="sm">
              {note}
            </Badge>
          )}
        </Group>
      </Table.Td>
      <Table.Td ta="right">{b.quantity ?? "—"}</Table.Td>
      <Table.Td ta="right">
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${label}`}>
              <IconDotsVertical size={18} />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item
              leftSection={<IconListSearch size={16} />}
              onClick={() => void navigate({ to: "/stock/$batchId", params: { batchId: b.id } })}
            >
              Recall list
            </Menu.Item>
            <Menu.Item leftSection={<IconPencil size={16} />} onClick={() => onEdit(b)}>
              Edit
            </Menu.Item>
            {b.state === "archived" ? (
              <Menu.Item leftSection={<IconArchiveOff size={16} />} onClick={() => onUnarchive(b)}>
                Unarchive
              </Menu.Item>
            ) : (
              <Menu.Item leftSection={<IconArchive size={16} />} onClick={() => onArchive(b)}>
                Archive
              </Menu.Item>
            )}
          </Menu.Dropdown>
        </Menu>
      </Table.Td>
    </Table.Tr>
  );
}

export function StockSkeleton() {
  return (
    <Stack p="md" gap="sm" aria-busy="true" aria-label="Loading stock">
      {[0, 1, 2, 3].map((i) => (
        <Skeleton key={i} height={36} />
      ))}
    </Stack>
  );
}
