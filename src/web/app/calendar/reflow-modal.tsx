import { Alert, Button, Group, List, Modal, Stack, Text, ThemeIcon } from "@mantine/core";
import { IconAlertTriangle, IconArrowRight, IconCalendarEvent } from "@tabler/icons-react";
import type { Formatter } from "../../../domain/time/format.ts";
import type { ReflowChoice } from "./use-drop-move.ts";

interface ReflowModalProps {
  choice: ReflowChoice | null;
  formatter: Formatter;
  busy: boolean;
  /** true: move and re-arrange the later sessions; false: move only this session. */
  onConfirm: (withReflow: boolean) => void;
  onCancel: () => void;
}

/**
 * Moving a course session breaks the healing gap to the next: list how the later sessions would
 * move (in the location's zone) and ask; when they cannot be re-placed, say why and offer to move
 * only this session.
 */
export function ReflowModal({ choice, formatter, busy, onConfirm, onCancel }: ReflowModalProps) {
  const a = choice?.event.appointment;
  const session = a?.course?.session ?? 0;
  const reflow = choice?.preview.reflow;
  const possible = reflow?.possible ?? false;
  const at = (iso: string) => formatter.weekdayDateTime(Date.parse(iso));
  const newStart = choice ? at(choice.change.startsAt) : "";

  return (
    <Modal
      opened={choice !== null}
      onClose={onCancel}
      title={
        possible
          ? `Move session ${session} and re-arrange the later sessions?`
          : `Session ${session} can't move there with the rest of the course`
      }
      size="lg"
      closeOnClickOutside={!busy}
      styles={{ title: { fontWeight: 650, fontSize: "var(--mantine-font-size-lg)" } }}
      closeButtonProps={{ "aria-label": "Close" }}
    >
      {choice && a && reflow && (
        <Stack gap="md">
          <Text size="sm">
            {a.client.name}'s session {session} would start{" "}
            <Text span fw={600} className="tabular">
              {newStart}
            </Text>
            . The sessions after it must keep their healing gaps
            {possible ? ", so they move too:" : "."}
          </Text>
          {possible ? (
            <List spacing="sm" listStyleType="none" aria-label="Sessions that move">
              {reflow.changes.map((c) => (
                <List.Item
                  key={c.appointmentId}
                  icon={
                    <ThemeIcon variant="light" size={28} radius="xl">
                      <IconCalendarEvent size={16} aria-hidden="true" />
                    </ThemeIcon>
                  }
                >
                  <Text size="sm" fw={600}>
                    Session {c.session} · {c.practitioner.name}
                    {c.room ? ` · ${c.room.name}` : ""}
                  </Text>
                  <Group gap={6} wrap="wrap" className="tabular">
                    <Text size="sm" c="dimmed" td="line-through">
                      {at(c.from)}
                    </Text>
                    <IconArrowRight size={14} aria-label="to" />
                    <Text size="sm" fw={600}>
                      {at(c.to)}
                    </Text>
                  </Group>
                </List.Item>
              ))}
            </List>
          ) : (
            <Alert
              color="orange"
              variant="light"
              icon={<IconAlertTriangle size={18} aria-hidden="true" />}
              title="The later sessions can't be re-arranged"
            >
              {reflow.message ?? "There is no free time for the later sessions within their gaps."}
              {choice.preview.ok &&
                " You can still move only this session and re-book the others by hand."}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm" mt="xs">
            <Button variant="default" onClick={onCancel} disabled={busy}>
              Cancel
            </Button>
            {possible ? (
              <Button onClick={() => onConfirm(true)} loading={busy}>
                Move and re-arrange
              </Button>
            ) : (
              choice.preview.ok && (
                <Button color="orange" onClick={() => onConfirm(false)} loading={busy}>
                  Move only this session
                </Button>
              )
            )}
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
