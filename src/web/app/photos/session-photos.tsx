import {
  Alert,
  Button,
  Card,
  Group,
  SimpleGrid,
  Skeleton,
  Switch,
  Text,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconPlus } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { QueryError } from "../../components/route-states.tsx";
import { errorMessage } from "../../lib/api.ts";
import { CaptureModal } from "./capture-modal.tsx";
import { currentPhoto, previousPhoto, slotsFor, type ViewSlot } from "./photo-groups.ts";
import { PhotoTile, slotTitle } from "./photo-tile.tsx";
import { clientPhotosQuery, useSetConsent } from "./photos-api.ts";

interface SessionPhotosProps {
  clientId: string;
  sessionId: string;
  /** A signed session: photos are shown, nothing can be added or changed. */
  readOnly?: boolean;
}

/**
 * The session's photo set: one tile per standard view and per scar. Tapping a tile opens the
 * capture screen with that view's outline and the previous visit's photo faintly behind it.
 */
export function SessionPhotos({ clientId, sessionId, readOnly = false }: SessionPhotosProps) {
  const photos = useQuery(clientPhotosQuery(clientId));
  const [capturing, setCapturing] = useState<ViewSlot | null>(null);
  const consent = useSetConsent(clientId);
  const items = photos.data?.items ?? [];

  const slots = slotsFor(items);
  const taken = slots.filter((s) => currentPhoto(items, s, sessionId)).length;

  return (
    <Card component="section" aria-labelledby="session-photos-title">
      <Group justify="space-between" mb="md" gap="sm">
        <div>
          <Title order={2} fz="lg" id="session-photos-title">
            Photos
          </Title>
          {!photos.isPending && (
            <Text size="sm" c="dimmed">
              {taken} of {slots.length} views taken this session
            </Text>
          )}
        </div>
        {!readOnly && (
          <Button
            size="sm"
            variant="default"
            leftSection={<IconPlus size={16} />}
            onClick={() => setCapturing({ view: "scar", viewLabel: "" })}
          >
            Add scar photo
          </Button>
        )}
      </Group>
      {photos.isPending && (
        <SimpleGrid cols={{ base: 2, sm: 3, md: 4 }} aria-busy="true" aria-label="Loading photos">
          {[1, 2, 3, 4].map((k) => (
            <Skeleton key={k} h={180} />
          ))}
        </SimpleGrid>
      )}
      {photos.isError && (
        <QueryError
          error={photos.error}
          onRetry={() => void photos.refetch()}
          title="Could not load photos"
        />
      )}
      {photos.isSuccess && (
        <SimpleGrid cols={{ base: 2, sm: 3, md: 4 }} spacing="md">
          {slots.map((slot) => {
            const photo = currentPhoto(items, slot, sessionId);
            return (
              <div key={`${slot.view}:${slot.viewLabel}`}>
                <PhotoTile
                  slot={slot}
                  photo={photo}
                  onOpen={readOnly ? undefined : () => setCapturing(slot)}
                />
                {photo && !readOnly && (
                  <Switch
                    mt={6}
                    size="xs"
                    label="Marketing (anonymised)"
                    aria-label={`${slotTitle(slot)}: client agrees to anonymised marketing use`}
                    checked={photo.consent === "marketing_anonymised"}
                    disabled={consent.isPending}
                    onChange={(e) =>
                      consent.mutate(
                        {
                          id: photo.id,
                          consent: e.currentTarget.checked ? "marketing_anonymised" : "clinical",
                        },
                        {
                          onError: (error) =>
                            notifications.show({
                              color: "red",
                              title: "Consent not changed",
                              message: errorMessage(error),
                            }),
                        },
                      )
                    }
                  />
                )}
              </div>
            );
          })}
        </SimpleGrid>
      )}
      {readOnly && photos.isSuccess && taken === 0 && (
        <Alert mt="md" color="gray">
          No photos were taken in this session.
        </Alert>
      )}
      {capturing && (
        <CaptureModal
          clientId={clientId}
          sessionId={sessionId}
          slot={capturing}
          previousFor={(slot) => previousPhoto(items, slot, sessionId)}
          onClose={() => setCapturing(null)}
        />
      )}
    </Card>
  );
}
