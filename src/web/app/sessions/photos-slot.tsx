import { Paper, Stack, Text, Title } from "@mantine/core";

/**
 * PHOTOS SLOT: the session's photos belong here, rendered by `<SessionPhotos clientId sessionId />`
 * from src/web/app/photos/session-photos.tsx once that component exists. Until then this says so
 * plainly rather than pretending to take photos.
 */
export function PhotosSlot(_props: { clientId: string; sessionId: string }) {
  return (
    <Paper withBorder p="lg" radius="md" data-slot="session-photos">
      <Stack gap="xs">
        <Title order={3} size="h4">
          Photos
        </Title>
        <Text c="dimmed">Session photos are not available in this version yet.</Text>
      </Stack>
    </Paper>
  );
}
