import { AppShell, Box, Burger, Group } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useQuery } from "@tanstack/react-query";
import { Navigate, Outlet, useLocation } from "@tanstack/react-router";
import { useEffect } from "react";
import { meQuery } from "../../lib/use-me.ts";
import { AlertsBell } from "../alerts/alerts-bell.tsx";
import { ClinicBrand } from "./clinic-brand.tsx";
import { MainNav } from "./main-nav.tsx";
import { UserMenu } from "./user-menu.tsx";

/** The signed-in frame: clinic header, navigation (a drawer below desktop width) and the page. */
export function AppLayout() {
  const [navOpen, { toggle, close }] = useDisclosure(false);
  const { data: me } = useQuery(meQuery);
  const location = useLocation();

  // On a tablet the navigation is an overlay: close it once a destination is chosen.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every navigation by design
  useEffect(() => close(), [location.pathname, close]);

  if (!me) return <Navigate to="/sign-in" search={{ redirect: location.href }} replace />;

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 232, breakpoint: "md", collapsed: { mobile: !navOpen } }}
      padding={{ base: "md", md: "xl" }}
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Burger
              opened={navOpen}
              onClick={toggle}
              hiddenFrom="md"
              size="sm"
              aria-label={navOpen ? "Close navigation" : "Open navigation"}
            />
            <ClinicBrand clinic={me.clinic} />
          </Group>
          <Group gap="xs" wrap="nowrap">
            {me.member.role !== "receptionist" && <AlertsBell />}
            <UserMenu me={me} />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label="Main navigation">
        <MainNav role={me.member.role} />
      </AppShell.Navbar>
      <AppShell.Main bg="var(--stipple-page-bg)">
        <Box maw={1200} mx="auto" id="main-content">
          <Outlet />
        </Box>
      </AppShell.Main>
    </AppShell>
  );
}
