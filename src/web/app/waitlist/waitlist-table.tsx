import {
  Badge,
  Button,
  EmptyState,
  Skeleton,
  Stack,
  Table,
  Text,
  VisuallyHidden,
} from "@mantine/core";
import { IconHourglassEmpty, IconPlus } from "@tabler/icons-react";
import type { Formatter } from "../../../domain/time/format.ts";
import type { WaitlistEntry } from "../../../shared/contracts/waitlist.ts";
import { AnchorLink } from "../../components/links.tsx";
import { EntryActions } from "./entry-actions.tsx";
import { dateRange, lastOutcome, offerWhen, statusBadge } from "./waitlist-labels.ts";

const COLUMNS = ["#", "Client", "Wants", "Dates", "Status", "Actions"];

function Head() {
  return (
    <Table.Thead>
      <Table.Tr>
        {COLUMNS.map((c) => (
          <Table.Th key={c} scope="col" ta={c === "Actions" ? "right" : undefined}>
            {c === "Actions" ? <VisuallyHidden>Actions</VisuallyHidden> : c}
          </Table.Th>
        ))}
      </Table.Tr>
    </Table.Thead>
  );
}

interface WaitlistTableProps {
  entries: WaitlistEntry[];
  fmt: Formatter;
  nowMs: number;
}

/** Entries in queue order: who, what they want, their dates, where they stand, and actions. */
export function WaitlistTable({ entries, fmt, nowMs }: WaitlistTableProps) {
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table aria-label="Waitlist" verticalSpacing="sm">
        <Head />
        <Table.Tbody>
          {entries.map((e) => (
            <Row key={e.id} entry={e} fmt={fmt} nowMs={nowMs} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Row({ entry: e, fmt, nowMs }: { entry: WaitlistEntry; fmt: Formatter; nowMs: number }) {
  const badge = statusBadge(e, fmt, nowMs);
  const offer = e.offer;
  const shownOffer =
    offer && (offer.status === "pending" || offer.status === "accepted") ? offer : null;
  const outcome = e.status === "waiting" ? lastOutcome(offer, fmt) : null;
  const contact = [e.client.phone, e.client.email].filter(Boolean).join(" · ");
  return (
    <Table.Tr data-status={e.status}>
      <Table.Td className="tabular" c="dimmed" w={40}>
        {e.position ?? "–"}
      </Table.Td>
      <Table.Td>
        <AnchorLink to="/clients/$clientId" params={{ clientId: e.client.id }} fw={600} c="inherit">
          {e.client.name}
        </AnchorLink>
        <Text size="xs" c="dimmed" className="tabular">
          {contact || "No phone or email on file"}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{e.service.name}</Text>
        <Text size="xs" c="dimmed">
          {e.practitioner ? `With ${e.practitioner.name}` : "Any practitioner"}
          {e.appointment &&
            ` · now booked ${fmt.weekdayDate(Date.parse(e.appointment.startsAt))} ${fmt.time(Date.parse(e.appointment.startsAt))}`}
        </Text>
        {e.notes && (
          <Text size="xs" c="dimmed" lineClamp={2} title={e.notes}>
            {e.notes}
          </Text>
        )}
      </Table.Td>
      <Table.Td className="tabular">
        <Text size="sm" style={{ whiteSpace: "nowrap" }}>
          {dateRange(e, fmt)}
        </Text>
      </Table.Td>
      <Table.Td>
        <Stack gap={4} align="flex-start">
          <Badge color={badge.colour} variant="light" radius="sm">
            {badge.label}
          </Badge>
          {shownOffer && (
            <Text size="xs" c="dimmed" className="tabular">
              {offerWhen(shownOffer, fmt)}
            </Text>
          )}
          {outcome && (
            <Text size="xs" c="dimmed" className="tabular">
              {outcome}
            </Text>
          )}
        </Stack>
      </Table.Td>
      <Table.Td ta="right">
        <EntryActions entry={e} fmt={fmt} />
      </Table.Td>
    </Table.Tr>
  );
}

export function WaitlistSkeleton() {
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table aria-label="Waitlist" aria-busy="true">
        <Head />
        <Table.Tbody>
          {Array.from({ length: 5 }, (_, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: static placeholder rows
            <Table.Tr key={i}>
              {COLUMNS.map((c, j) => (
                <Table.Td key={c}>
                  <Skeleton h={14} w={`${[30, 70, 60, 55, 45, 40][j] ?? 50}%`} />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function WaitlistEmpty({ onAdd, open }: { onAdd: () => void; open: boolean }) {
  return (
    <EmptyState
      py={48}
      variant="light"
      icon={<IconHourglassEmpty size={28} aria-hidden="true" />}
      title={open ? "Nobody is waiting" : "The waitlist is empty"}
      description="When a client would like an earlier date, add them here. Stipple offers them time that frees up, first come first served."
    >
      <EmptyState.Actions>
        <Button leftSection={<IconPlus size={16} />} onClick={onAdd}>
          Add to waitlist
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
