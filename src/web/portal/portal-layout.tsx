import { Anchor, Button, Card, Group, Image, Skeleton, Stack, Text, Title } from "@mantine/core";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { getRouteApi, Link, Outlet, useNavigate } from "@tanstack/react-router";
import { useEffect, useState } from "react";
import { QueryError } from "../components/route-states.tsx";
import { errorMessage, isApiError } from "../lib/api.ts";
import classes from "./portal.module.css";
import {
  PORTAL_SIGNED_OUT_EVENT,
  portalLogoUrl,
  portalMeQuery,
  portalSignOut,
} from "./portal-api.ts";
import { usePortalTheme } from "./portal-brand.tsx";
import { portalNav } from "./portal-nav.ts";

const route = getRouteApi("/portal/$slug");

/** The signed-in client's portal: the clinic's header, the sections, the page, and sign out. */
export function PortalLayout() {
  const { slug } = route.useParams();
  const { brand, strong } = usePortalTheme();
  const me = useQuery(portalMeQuery(slug));
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [signingOut, setSigningOut] = useState(false);
  const [signOutError, setSignOutError] = useState<string | null>(null);

  useEffect(() => {
    const toSignIn = () => {
      queryClient.removeQueries({ queryKey: ["portal", slug] });
      void navigate({ to: "/portal/$slug/sign-in", params: { slug } });
    };
    window.addEventListener(PORTAL_SIGNED_OUT_EVENT, toSignIn);
    return () => window.removeEventListener(PORTAL_SIGNED_OUT_EVENT, toSignIn);
  }, [navigate, queryClient, slug]);

  useEffect(() => {
    if (me.data === null) void navigate({ to: "/portal/$slug/sign-in", params: { slug } });
  }, [me.data, navigate, slug]);

  async function signOut() {
    setSigningOut(true);
    setSignOutError(null);
    try {
      await portalSignOut();
      queryClient.removeQueries({ queryKey: ["portal", slug] });
      await navigate({ to: "/portal/$slug/sign-in", params: { slug } });
    } catch (error) {
      setSignOutError(errorMessage(error));
    } finally {
      setSigningOut(false);
    }
  }

  const refused = me.isError && (isApiError(me.error, 403) || isApiError(me.error, 409));
  return (
    <div className={classes.page}>
      <header className={classes.header}>
        <div className={classes.brandBar} style={{ background: brand.primaryColour }} />
        <div className={classes.headerInner}>
          <Group gap="sm" wrap="nowrap" miw={0}>
            {brand.hasLogo && (
              <Image src={portalLogoUrl(slug)} alt="" h={36} w="auto" maw={120} fit="contain" />
            )}
            <Text component="p" fw={650} fz="lg" m={0} truncate>
              {brand.name}
            </Text>
          </Group>
          <Button
            variant="default"
            onClick={() => void signOut()}
            loading={signingOut}
            style={{ flexShrink: 0 }}
          >
            Sign out
          </Button>
        </div>
        {me.data && (
          <nav aria-label="Your portal" className={classes.nav}>
            {portalNav.map((item) => (
              <Link
                key={item.to}
                to={`/portal/$slug${item.to}` as "/portal/$slug"}
                params={{ slug }}
                activeOptions={{ exact: item.to === "" }}
                className={classes.navLink}
              >
                {item.label}
              </Link>
            ))}
          </nav>
        )}
      </header>
      <main className={classes.main} id="portal-main">
        {signOutError && (
          <Text c="red.8" role="alert" mb="md">
            {signOutError}
          </Text>
        )}
        {me.isPending || me.data === null ? (
          <Stack gap="md" aria-busy="true" aria-label="Opening your portal">
            <Skeleton h={28} w="60%" />
            <Skeleton h={120} />
            <Skeleton h={120} />
          </Stack>
        ) : refused ? (
          <Card withBorder radius="lg" padding="xl" maw={520}>
            <Stack gap="sm">
              <Title order={1} fz="h3">
                We could not open your records
              </Title>
              <Text>{errorMessage(me.error)}</Text>
              <Group>
                <Button color={strong} onClick={() => void signOut()}>
                  Use another email
                </Button>
              </Group>
            </Stack>
          </Card>
        ) : me.isError ? (
          <QueryError error={me.error} onRetry={() => void me.refetch()} />
        ) : (
          <Outlet />
        )}
      </main>
      {(brand.phone || brand.email) && (
        <footer className={classes.footer}>
          <Text size="sm" c="gray.7">
            Questions? Contact {brand.name}
            {brand.phone && (
              <>
                {" on "}
                <Anchor
                  href={`tel:${brand.phone.replace(/\s+/g, "")}`}
                  inherit
                  c={strong}
                  underline="always"
                >
                  {brand.phone}
                </Anchor>
              </>
            )}
            {brand.email && (
              <>
                {brand.phone ? " or " : " at "}
                <Anchor href={`mailto:${brand.email}`} inherit c={strong} underline="always">
                  {brand.email}
                </Anchor>
              </>
            )}
            .
          </Text>
        </footer>
      )}
    </div>
  );
}
