import { Card, Group, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { fieldId } from "./plan-issues.ts";

interface PlanSectionProps {
  title: string;
  /** The review path for the whole section, so "Show" on a section-wide issue lands here. */
  path?: string;
  description?: string;
  actions?: ReactNode;
  children: ReactNode;
}

/** One titled card of the plan editor. */
export function PlanSection({ title, path, description, actions, children }: PlanSectionProps) {
  const headingId = `${fieldId(path ?? title)}-title`;
  return (
    <Card
      component="section"
      aria-labelledby={headingId}
      id={path ? fieldId(path) : undefined}
      tabIndex={path ? -1 : undefined}
    >
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" gap="sm">
          <div>
            <Title order={3} fz="lg" id={headingId}>
              {title}
            </Title>
            {description && (
              <Text size="sm" c="dimmed">
                {description}
              </Text>
            )}
          </div>
          {actions}
        </Group>
        {children}
      </Stack>
    </Card>
  );
}
