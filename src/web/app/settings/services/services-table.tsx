import {
  ActionIcon,
  Badge,
  Button,
  ColorSwatch,
  Group,
  Stack,
  Table,
  Text,
  Tooltip,
  VisuallyHidden,
} from "@mantine/core";
import { IconArchive, IconPencil } from "@tabler/icons-react";
import type { Service } from "../../../../shared/contracts/services.ts";
import { useFormatter } from "../../../lib/format.ts";
import { kindColours, kindLabels, minutesText } from "./services-api.ts";

interface ServicesTableProps {
  items: Service[];
  onEdit: (service: Service) => void;
  onArchive: (service: Service) => void;
  onRestore: (service: Service) => void;
  restoringId: string | null;
}

function Buffers({ service: s }: { service: Service }) {
  if (s.bufferBeforeMin === 0 && s.bufferAfterMin === 0) {
    return (
      <Text size="sm" c="dimmed">
        None
      </Text>
    );
  }
  return (
    <Stack gap={0}>
      {s.bufferBeforeMin > 0 && <Text size="sm">{minutesText(s.bufferBeforeMin)} before</Text>}
      {s.bufferAfterMin > 0 && <Text size="sm">{minutesText(s.bufferAfterMin)} after</Text>}
    </Stack>
  );
}

/** "24 h notice, up to 365 days": how close to the start, and how far ahead, it can be booked. */
function BookingWindow({ service: s }: { service: Service }) {
  return (
    <Stack gap={0}>
      <Text size="sm" c={s.minNoticeMin === 0 ? "dimmed" : undefined}>
        {s.minNoticeMin === 0 ? "No notice" : `${minutesText(s.minNoticeMin)} notice`}
      </Text>
      <Text size="xs" c="dimmed">
        up to {s.maxHorizonDays} {s.maxHorizonDays === 1 ? "day" : "days"}
      </Text>
    </Stack>
  );
}

/** Shown from desktop width; on a tablet the service's edit dialog shows it. */
const WIDE_ONLY = new Set(["Booking window"]);

export const SERVICE_COLUMNS = [
  "Service",
  "Type",
  "Duration",
  "Buffers",
  "Booking window",
  "Room",
  "Price",
  "",
];

/** Active services first, then archived ones (dimmed, with Restore). */
export function ServicesTable({
  items,
  onEdit,
  onArchive,
  onRestore,
  restoringId,
}: ServicesTableProps) {
  const formatter = useFormatter();
  const sorted = [...items].sort((a, b) => Number(b.active) - Number(a.active));
  return (
    <Table.ScrollContainer minWidth={680}>
      <Table aria-label="Services" verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            {SERVICE_COLUMNS.map((c) => (
              <Table.Th
                key={c || "actions"}
                scope="col"
                ta={c === "Price" ? "right" : undefined}
                visibleFrom={WIDE_ONLY.has(c) ? "md" : undefined}
              >
                {c || <VisuallyHidden>Actions</VisuallyHidden>}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((s) => (
            <Table.Tr key={s.id} c={s.active ? undefined : "dimmed"}>
              <Table.Td>
                <Group gap="sm" wrap="nowrap" align="flex-start">
                  <ColorSwatch
                    color={s.colour}
                    size={12}
                    mt={5}
                    withShadow={false}
                    aria-hidden="true"
                  />
                  <Stack gap={0} miw={0}>
                    <Group gap={6} wrap="nowrap">
                      <Text size="sm" fw={600} c={s.active ? undefined : "dimmed"}>
                        {s.name}
                      </Text>
                      {!s.active && (
                        <Badge size="xs" variant="outline" color="slate">
                          Archived
                        </Badge>
                      )}
                    </Group>
                    {s.description && (
                      <Text size="xs" c="dimmed" lineClamp={1}>
                        {s.description}
                      </Text>
                    )}
                  </Stack>
                </Group>
              </Table.Td>
              <Table.Td>
                <Badge
                  variant="light"
                  size="sm"
                  color={s.active ? kindColours[s.kind] : "slate"}
                  styles={{ label: { overflow: "visible" } }}
                >
                  {kindLabels[s.kind]}
                </Badge>
              </Table.Td>
              <Table.Td className="tabular" style={{ whiteSpace: "nowrap" }}>
                {minutesText(s.durationMin)}
              </Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>
                <Buffers service={s} />
              </Table.Td>
              <Table.Td className="tabular" style={{ whiteSpace: "nowrap" }} visibleFrom="md">
                <BookingWindow service={s} />
              </Table.Td>
              <Table.Td>
                {s.needsRoom ? (
                  "Yes"
                ) : (
                  <Text span size="sm" c="dimmed">
                    No
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right" className="tabular" style={{ whiteSpace: "nowrap" }}>
                {s.pricePence === 0 ? "Free" : formatter.money(s.pricePence)}
              </Table.Td>
              <Table.Td>
                <Group gap={4} justify="flex-end" wrap="nowrap">
                  <Tooltip label="Edit">
                    <ActionIcon
                      variant="subtle"
                      onClick={() => onEdit(s)}
                      aria-label={`Edit ${s.name}`}
                    >
                      <IconPencil size={16} />
                    </ActionIcon>
                  </Tooltip>
                  {s.active ? (
                    <Tooltip label="Archive">
                      <ActionIcon
                        variant="subtle"
                        color="slate"
                        onClick={() => onArchive(s)}
                        aria-label={`Archive ${s.name}`}
                      >
                        <IconArchive size={16} />
                      </ActionIcon>
                    </Tooltip>
                  ) : (
                    <Button
                      variant="subtle"
                      size="xs"
                      onClick={() => onRestore(s)}
                      loading={restoringId === s.id}
                      aria-label={`Restore ${s.name}`}
                    >
                      Restore
                    </Button>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
