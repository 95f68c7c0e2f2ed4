import { Anchor, Card, Image, SimpleGrid, Skeleton, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useEffect } from "react";
import type { PortalPhoto } from "../../shared/contracts/portal.ts";
import { QueryError } from "../components/route-states.tsx";
import { portalQuery } from "./portal-api.ts";
import { usePortalTheme } from "./portal-brand.tsx";

const route = getRouteApi("/portal/$slug");

/** Photos the clinic chose to share with the client. */
export function PortalPhotosPage() {
  const { slug } = route.useParams();
  const { brand, strong } = usePortalTheme();
  // Signed URLs last five minutes: refresh well before.
  const photos = useQuery({
    ...portalQuery<{ photos: PortalPhoto[] }>(slug, "/photos"),
    refetchInterval: 4 * 60_000,
  });
  useEffect(() => {
    document.title = `Photos · ${brand.name}`;
  }, [brand.name]);
  return (
    <Stack gap="lg">
      <Title order={1} fz="h2">
        Your photos
      </Title>
      {photos.isPending ? (
        <SimpleGrid cols={{ base: 2, sm: 3 }} aria-busy="true" aria-label="Loading your photos">
          <Skeleton h={160} radius="md" />
          <Skeleton h={160} radius="md" />
        </SimpleGrid>
      ) : photos.isError ? (
        <QueryError error={photos.error} onRetry={() => void photos.refetch()} />
      ) : photos.data.photos.length === 0 ? (
        <Text c="gray.7">
          No photos yet. When {brand.name} shares photos of your progress, they appear here.
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 2, sm: 3, md: 4 }} spacing="md">
          {photos.data.photos.map((p) => (
            <Card key={p.id} withBorder radius="md" padding="xs">
              <Anchor href={p.url} target="_blank" rel="noopener" c={strong}>
                <Image
                  src={p.thumbUrl}
                  alt={`${p.viewLabel}, taken ${p.takenOn}`}
                  radius="sm"
                  fit="cover"
                  h={140}
                />
              </Anchor>
              <Text size="sm" fw={600} mt="xs">
                {p.viewLabel}
              </Text>
              <Text size="xs" c="gray.7">
                {p.takenOn}
              </Text>
            </Card>
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
