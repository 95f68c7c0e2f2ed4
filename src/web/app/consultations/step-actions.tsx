import { Button, Group, Paper, Text } from "@mantine/core";
import { IconArrowLeft } from "@tabler/icons-react";
import type { ReactNode } from "react";

interface StepActionsProps {
  /** Label of the previous step, for the Back button; none on the first step. */
  backLabel?: string;
  onBack?: () => void;
  /** A short status line on the left (e.g. "3 questions to answer"). */
  status?: ReactNode;
  /** The step's buttons, primary last. */
  children?: ReactNode;
}

/** The bar under each step: Back on the left, the step's actions on the right; stays in reach. */
export function StepActions({ backLabel, onBack, status, children }: StepActionsProps) {
  return (
    <Paper
      withBorder
      shadow="sm"
      p="sm"
      mt="lg"
      pos="sticky"
      bottom={12}
      style={{ zIndex: 5 }}
      aria-label="Step actions"
      component="section"
    >
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Group gap="sm" wrap="nowrap" miw={0}>
          {onBack && (
            <Button
              variant="default"
              size="md"
              leftSection={<IconArrowLeft size={18} aria-hidden="true" />}
              onClick={onBack}
            >
              {backLabel ?? "Back"}
            </Button>
          )}
          {status && (
            <Text size="sm" c="dimmed" aria-live="polite">
              {status}
            </Text>
          )}
        </Group>
        <Group gap="sm" wrap="wrap" justify="flex-end" ml="auto">
          {children}
        </Group>
      </Group>
    </Paper>
  );
}
