import { Card, Center, Loader, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi, Outlet } from "@tanstack/react-router";
import type { CSSProperties } from "react";
import { QueryError } from "../components/route-states.tsx";
import { isApiError } from "../lib/api.ts";
import classes from "./portal.module.css";
import { portalBrandQuery } from "./portal-api.ts";
import { PortalThemeProvider, portalTheme } from "./portal-brand.tsx";

const route = getRouteApi("/portal/$slug");

/** Every portal page: loads the clinic's brand (public) and puts its colours in reach. */
export function PortalRoot() {
  const { slug } = route.useParams();
  const brand = useQuery(portalBrandQuery(slug));
  if (brand.isPending) {
    return (
      <main className={classes.signIn}>
        <Center aria-busy="true">
          <Loader aria-label="Loading" />
        </Center>
      </main>
    );
  }
  if (brand.isError) {
    const unknown = isApiError(brand.error, 404) || isApiError(brand.error, 400);
    return (
      <main className={classes.signIn}>
        <Card className={classes.signInCard} padding="xl" radius="lg">
          {unknown ? (
            <Stack gap="sm">
              <Title order={1} fz="h3">
                Clinic not found
              </Title>
              <Text>
                This address does not match a clinic. Check the link your clinic sent you.
              </Text>
            </Stack>
          ) : (
            <QueryError error={brand.error} onRetry={() => void brand.refetch()} />
          )}
        </Card>
      </main>
    );
  }
  const theme = portalTheme(brand.data);
  const style = { "--portal-strong": theme.strong, "--portal-tint": theme.tint } as CSSProperties;
  return (
    <PortalThemeProvider theme={theme}>
      <div style={style}>
        <Outlet />
      </div>
    </PortalThemeProvider>
  );
}
