import {
  Button,
  Card,
  EmptyState,
  Group,
  Image,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  UnstyledButton,
} from "@mantine/core";
import { IconCameraPlus, IconPhotoOff } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { photoViewLabels } from "../../../shared/contracts/photos.ts";
import { QueryError } from "../../components/route-states.tsx";
import { useFormatter } from "../../lib/format.ts";
import { CaptureModal } from "../photos/capture-modal.tsx";
import { clientPhotosQuery, type Photo } from "../photos/photos-api.ts";

interface PhotoPickerProps {
  clientId: string;
  consultationId: string;
  selected: string | null;
  onPick: (photo: Photo) => void;
}

/** The client's photos to draw on, newest first, or a new one taken or uploaded here. */
export function PhotoPicker({ clientId, consultationId, selected, onPick }: PhotoPickerProps) {
  const photos = useQuery(clientPhotosQuery(clientId));
  const [capturing, setCapturing] = useState(false);
  const fmt = useFormatter();
  const upload = (
    <Button
      leftSection={<IconCameraPlus size={18} aria-hidden="true" />}
      variant="light"
      onClick={() => setCapturing(true)}
    >
      Take or upload a photo
    </Button>
  );

  return (
    <Card padding="lg" component="section" aria-labelledby="photo-picker-title">
      <Group justify="space-between" mb="md">
        <div>
          <Text fw={700} id="photo-picker-title">
            Choose a photo
          </Text>
          <Text size="sm" c="dimmed">
            A front or top view with the scalp well lit works best.
          </Text>
        </div>
        {upload}
      </Group>
      {photos.isPending && (
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          {[0, 1, 2, 3].map((i) => (
            <Skeleton key={i} h={140} radius="md" />
          ))}
        </SimpleGrid>
      )}
      {photos.isError && (
        <QueryError
          error={photos.error}
          onRetry={() => void photos.refetch()}
          title="Could not load the photos"
        />
      )}
      {photos.data?.items.length === 0 && (
        <EmptyState
          icon={<IconPhotoOff size={28} aria-hidden="true" />}
          title="No photos of this client yet"
          description="Take or upload a photo of the area to treat, then draw the design on it."
        />
      )}
      {photos.data && photos.data.items.length > 0 && (
        <SimpleGrid
          cols={{ base: 2, sm: 3, md: 4 }}
          spacing="sm"
          role="group"
          aria-label="Photos of the client"
        >
          {photos.data.items.map((p) => (
            <UnstyledButton
              key={p.id}
              onClick={() => onPick(p)}
              aria-pressed={selected === p.id}
              aria-label={`${photoViewLabels[p.view]}${p.viewLabel ? `: ${p.viewLabel}` : ""}, ${fmt.date(Date.parse(p.takenAt))}`}
              style={{
                borderRadius: 10,
                outline:
                  selected === p.id
                    ? "3px solid var(--mantine-color-accent-6)"
                    : "1px solid var(--mantine-color-default-border)",
                overflow: "hidden",
              }}
            >
              <Stack gap={0}>
                <Image src={p.thumbUrl} alt="" h={130} fit="cover" />
                <Text size="xs" p={6} truncate>
                  {photoViewLabels[p.view]} · {fmt.date(Date.parse(p.takenAt))}
                </Text>
              </Stack>
            </UnstyledButton>
          ))}
        </SimpleGrid>
      )}
      {capturing && (
        <CaptureModal
          clientId={clientId}
          sessionId={null}
          consultationId={consultationId}
          slot={null}
          previousFor={() => null}
          onClose={() => setCapturing(false)}
        />
      )}
    </Card>
  );
}
