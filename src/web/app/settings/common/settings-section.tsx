import { Card, Group, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";

interface SettingsSectionProps {
  title: ReactNode;
  description?: ReactNode;
  /** Buttons beside the title (they wrap below it on narrow screens). */
  actions?: ReactNode;
  children?: ReactNode;
}

/**
 * One settings block: a titled card with a line saying what it is for. The section is not
 * named after its title on purpose: "Role and calendar" would also match a "Role" field label.
 */
export function SettingsSection({ title, description, actions, children }: SettingsSectionProps) {
  return (
    <Card component="section" padding="lg">
      <Group justify="space-between" align="flex-start" gap="sm" mb={children ? "lg" : 0}>
        <Stack gap={4} style={{ flex: "1 1 280px", minWidth: 0 }}>
          <Title order={2} fz="lg">
            {title}
          </Title>
          {description && (
            <Text size="sm" c="dimmed" component="div" maw={640}>
              {description}
            </Text>
          )}
        </Stack>
        {actions && (
          <Group gap="xs" wrap="wrap">
            {actions}
          </Group>
        )}
      </Group>
      {children}
    </Card>
  );
}
