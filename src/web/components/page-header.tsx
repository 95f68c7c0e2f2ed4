import { Group, Stack, Text, Title } from "@mantine/core";
import { IconChevronLeft } from "@tabler/icons-react";
import type { LinkProps } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { AnchorLink } from "./links.tsx";

interface PageHeaderProps {
  title: ReactNode;
  description?: ReactNode;
  /** Buttons on the right (they wrap below the title on narrow screens). */
  actions?: ReactNode;
  /** A "back to" link above the title. */
  back?: { label: string; to: LinkProps["to"] };
  children?: ReactNode;
}

/** The same header on every screen: optional back link, title, one line of context, actions. */
export function PageHeader({ title, description, actions, back, children }: PageHeaderProps) {
  return (
    <Stack gap={6} mb="lg">
      {back && (
        <AnchorLink to={back.to} size="sm" c="dimmed" w="fit-content">
          <Group gap={2} wrap="nowrap">
            <IconChevronLeft size={16} aria-hidden="true" />
            {back.label}
          </Group>
        </AnchorLink>
      )}
      <Group justify="space-between" align="flex-start" gap="md">
        <Stack gap={4} style={{ flex: "1 1 320px", minWidth: 0 }}>
          <Title order={1} fz={{ base: 24, md: 28 }} lh={1.2}>
            {title}
          </Title>
          {description && (
            <Text c="dimmed" size="sm" component="div">
              {description}
            </Text>
          )}
        </Stack>
        {actions && (
          <Group gap="sm" wrap="wrap">
            {actions}
          </Group>
        )}
      </Group>
      {children}
    </Stack>
  );
}
