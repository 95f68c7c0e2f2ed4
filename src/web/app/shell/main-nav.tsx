import { Box, NavLink, Stack, Text } from "@mantine/core";
import {
  IconCalendarEvent,
  IconHourglassHigh,
  IconPackage,
  IconSettings,
  IconUsers,
} from "@tabler/icons-react";
import { Link, useLocation } from "@tanstack/react-router";
import type { ComponentType } from "react";
import { isManager, type StaffRole } from "../../lib/use-me.ts";

interface NavItem {
  label: string;
  to: "/appointments" | "/clients" | "/waitlist" | "/stock" | "/settings";
  icon: ComponentType<{ size?: number; stroke?: number }>;
  managersOnly?: boolean;
  /** Hidden from receptionists (clinical records and stock recall). */
  clinicalOnly?: boolean;
}

const items: NavItem[] = [
  { label: "Appointments", to: "/appointments", icon: IconCalendarEvent },
  { label: "Clients", to: "/clients", icon: IconUsers },
  { label: "Waitlist", to: "/waitlist", icon: IconHourglassHigh },
  { label: "Stock", to: "/stock", icon: IconPackage, clinicalOnly: true },
  { label: "Settings", to: "/settings", icon: IconSettings, managersOnly: true },
];

export function MainNav({ role }: { role: StaffRole }) {
  const { pathname } = useLocation();
  const visible = items.filter(
    (item) =>
      (!item.managersOnly || isManager(role)) && (!item.clinicalOnly || role !== "receptionist"),
  );
  return (
    <Stack gap={4} component="nav" aria-label="Main">
      <Box px="sm" pt="xs" pb={6}>
        <Text size="xs" fw={600} c="dimmed" tt="uppercase" lts={0.6}>
          Practice
        </Text>
      </Box>
      {visible.map((item) => {
        const active = pathname === item.to || pathname.startsWith(`${item.to}/`);
        const Icon = item.icon;
        return (
          <NavLink
            key={item.to}
            component={Link}
            to={item.to}
            label={item.label}
            leftSection={<Icon size={20} stroke={1.7} />}
            active={active}
            aria-current={active ? "page" : undefined}
            variant="light"
            fw={active ? 600 : 500}
            style={{ borderRadius: "var(--mantine-radius-md)" }}
          />
        );
      })}
    </Stack>
  );
}
