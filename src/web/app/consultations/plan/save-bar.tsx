import { Badge, Button, Group, Text } from "@mantine/core";
import { IconCircleCheck, IconDeviceFloppy } from "@tabler/icons-react";
import { useFormatter } from "../../../lib/format.ts";
import classes from "./plan.module.css";

interface SaveBarProps {
  dirty: boolean;
  blocked: boolean;
  saving: boolean;
  totalPence: number;
  onSave: () => void;
  onDiscard: () => void;
}

/** Sticks to the bottom of the screen: whether the plan is saved, the price, and Save. */
export function SaveBar({ dirty, blocked, saving, totalPence, onSave, onDiscard }: SaveBarProps) {
  const formatter = useFormatter();
  return (
    <section
      className={classes.saveBar}
      data-floating={dirty || undefined}
      aria-label="Save the plan"
    >
      <Group justify="space-between" gap="sm">
        <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
          {dirty ? (
            <Badge color="orange" variant="light" size="lg">
              Unsaved changes
            </Badge>
          ) : (
            <Badge
              color={blocked ? "red" : "green"}
              variant="light"
              size="lg"
              leftSection={blocked ? undefined : <IconCircleCheck size={14} aria-hidden="true" />}
            >
              {blocked ? "Saved · needs fixing" : "Saved"}
            </Badge>
          )}
          <Text size="sm" c="dimmed" visibleFrom="xs" truncate>
            Quote{" "}
            <Text span fw={650} c="var(--mantine-color-text)">
              {formatter.money(totalPence)}
            </Text>
            {dirty ? " once saved" : ""}
          </Text>
        </Group>
        <Group gap="xs" wrap="nowrap">
          {dirty && (
            <Button variant="default" onClick={onDiscard} disabled={saving}>
              Discard
            </Button>
          )}
          <Button
            onClick={onSave}
            loading={saving}
            disabled={!dirty}
            leftSection={<IconDeviceFloppy size={16} aria-hidden="true" />}
          >
            Save plan
          </Button>
        </Group>
      </Group>
    </section>
  );
}
