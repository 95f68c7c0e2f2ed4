import { Button, Group, Modal, Stack, Table, Text } from "@mantine/core";
import { IconCalendarCheck } from "@tabler/icons-react";
import type { Formatter } from "../../../domain/time/format.ts";
import type { ProposedSession } from "../../../shared/contracts/scheduling.ts";
import { durationText } from "../consultations/plan/plan-words.ts";

interface ConfirmCourseModalProps {
  opened: boolean;
  course: readonly ProposedSession[];
  clientName: string;
  locationName: string;
  serviceName: string;
  formatter: Formatter;
  booking: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

/** The whole course once more before it is booked, all sessions or none. */
export function ConfirmCourseModal(props: ConfirmCourseModalProps) {
  const { opened, course, clientName, locationName, serviceName, formatter, booking } = props;
  const label = course.length === 1 ? "Book 1 session" : `Book ${course.length} sessions`;
  return (
    <Modal
      opened={opened}
      onClose={props.onClose}
      title={`Book ${course.length === 1 ? "this session" : `these ${course.length} sessions`}?`}
      size="xl"
      styles={{ title: { fontWeight: 650, fontSize: "var(--mantine-font-size-lg)" } }}
      closeButtonProps={{ "aria-label": "Close" }}
    >
      <Stack gap="md">
        <Text size="sm">
          {serviceName} for <strong>{clientName}</strong> at {locationName}.
        </Text>
        <Table.ScrollContainer minWidth={520}>
          <Table verticalSpacing="xs" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Session</Table.Th>
                <Table.Th scope="col">Date</Table.Th>
                <Table.Th scope="col">Time</Table.Th>
                <Table.Th scope="col">Practitioner</Table.Th>
                <Table.Th scope="col">Room</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {course.map((s) => {
                const start = Date.parse(s.startsAt);
                return (
                  <Table.Tr key={s.session}>
                    <Table.Td>{s.session}</Table.Td>
                    <Table.Td>{formatter.weekdayDate(start)}</Table.Td>
                    <Table.Td className="tabular">
                      {formatter.timeRange(start, Date.parse(s.endsAt))}
                      <Text span c="dimmed" size="xs">
                        {` (${durationText(s.durationMin)})`}
                      </Text>
                    </Table.Td>
                    <Table.Td>{s.practitioner.name}</Table.Td>
                    <Table.Td>{s.room?.name ?? "—"}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Text size="sm" c="dimmed">
          All sessions are booked together. If any of these times was taken meanwhile, nothing is
          booked and Stipple shows fresh dates.
        </Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={props.onClose} data-autofocus>
            Back
          </Button>
          <Button
            loading={booking}
            onClick={props.onConfirm}
            leftSection={<IconCalendarCheck size={18} aria-hidden="true" />}
          >
            {label}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
