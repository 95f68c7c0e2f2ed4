import { SimpleGrid, Skeleton, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { PhotoTile } from "../../photos/photo-tile.tsx";
import { clientPhotosQuery } from "../../photos/photos-api.ts";

/**
 * The photos the client sent for this consultation from their phone: their own uploads (no staff
 * member took them) filed against this consultation, through the usual signed thumbnails.
 */
export function ClientPhotosGrid({
  clientId,
  consultationId,
}: {
  clientId: string;
  consultationId: string;
}) {
  const photos = useQuery(clientPhotosQuery(clientId));
  if (photos.isPending) return <Skeleton h={120} />;
  if (photos.isError) {
    return (
      <Text size="sm" c="red.8">
        The client's photos could not be loaded.
      </Text>
    );
  }
  const mine = photos.data.items
    .filter((p) => p.consultationId === consultationId && p.uploadedBy === null)
    .reverse();
  if (mine.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No photos from the client yet.
      </Text>
    );
  }
  return (
    <SimpleGrid cols={{ base: 3, sm: 4, md: 7 }} spacing="sm">
      {mine.map((p) => (
        <PhotoTile key={p.id} slot={p} photo={p} />
      ))}
    </SimpleGrid>
  );
}
