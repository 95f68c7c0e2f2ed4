import { Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useEffect } from "react";
import { portalMeQuery } from "./portal-api.ts";

const route = getRouteApi("/portal/$slug");

/** The client's home in the portal. */
export function PortalHomePage() {
  const { slug } = route.useParams();
  const me = useQuery(portalMeQuery(slug));
  useEffect(() => {
    if (me.data) document.title = `Home · ${me.data.clinic.name}`;
  }, [me.data]);
  if (!me.data) return null;
  return (
    <Stack gap="lg">
      <Title order={1} fz="h2">
        Hello, {me.data.displayName}
      </Title>
      <Text c="gray.7">Signed in as {me.data.email}.</Text>
    </Stack>
  );
}
