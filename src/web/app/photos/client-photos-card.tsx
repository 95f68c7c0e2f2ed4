import {
  ActionIcon,
  Badge,
  Button,
  Card,
  EmptyState,
  Group,
  Menu,
  ScrollArea,
  SegmentedControl,
  Select,
  Skeleton,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconCamera, IconDots, IconPhoto, IconTrash } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { ConfirmDialog } from "../../components/confirm-dialog.tsx";
import { QueryError } from "../../components/route-states.tsx";
import { errorMessage } from "../../lib/api.ts";
import { useFormatter } from "../../lib/format.ts";
import { useMe } from "../../lib/use-me.ts";
import { CaptureModal } from "./capture-modal.tsx";
import { BeforeAfterSlider, SideBySide } from "./compare-slider.tsx";
import { photosOfSlot, previousPhoto, slotKey, slotsFor, type ViewSlot } from "./photo-groups.ts";
import { slotTitle } from "./photo-tile.tsx";
import {
  clientPhotosQuery,
  type Photo,
  photoUrlsQuery,
  useDeletePhoto,
  useSetConsent,
} from "./photos-api.ts";

/**
 * The client's photos by view across visits, with a before/after comparison of one view. Photos
 * are health data: the card is not shown to receptionists (the API refuses them too).
 */
export function ClientPhotosCard({ clientId }: { clientId: string }) {
  const me = useMe();
  if (me.member.role === "receptionist") return null;
  return <PhotosCard clientId={clientId} />;
}

function PhotosCard({ clientId }: { clientId: string }) {
  const photos = useQuery(clientPhotosQuery(clientId));
  const fmt = useFormatter();
  const [slotId, setSlotId] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const items = photos.data?.items ?? [];
  const slots = slotsFor(items).filter((s) => photosOfSlot(items, s).length > 0);
  const slot = slots.find((s) => slotKey(s) === slotId) ?? slots[0] ?? null;
  const dated = (p: Photo) => fmt.date(Date.parse(p.sessionStartedAt ?? p.takenAt));

  return (
    <Card component="section" aria-labelledby="client-photos-title">
      <Group justify="space-between" mb="md" gap="sm">
        <Title order={2} fz="lg" id="client-photos-title">
          Photos
        </Title>
        <Button
          size="sm"
          variant="default"
          leftSection={<IconCamera size={16} />}
          onClick={() => setAdding(true)}
        >
          Add photo
        </Button>
      </Group>
      {photos.isPending && (
        <Stack aria-busy="true" aria-label="Loading photos">
          <Skeleton h={30} />
          <Skeleton h={120} />
        </Stack>
      )}
      {photos.isError && (
        <QueryError
          error={photos.error}
          onRetry={() => void photos.refetch()}
          title="Could not load photos"
        />
      )}
      {photos.isSuccess && !slot && (
        <EmptyState
          py="md"
          size="sm"
          withIndicatorBackground
          icon={<IconPhoto size={24} aria-hidden="true" />}
          title="No photos yet"
          description="Photos taken at consultations and sessions appear here by view, ready to compare."
        />
      )}
      {photos.isSuccess && slot && (
        <Stack gap="md">
          <ScrollArea type="auto" offsetScrollbars>
            <SegmentedControl
              size="xs"
              value={slotKey(slot)}
              onChange={setSlotId}
              data={slots.map((s) => ({
                value: slotKey(s),
                label: `${slotTitle(s)} (${photosOfSlot(items, s).length})`,
              }))}
              aria-label="View"
            />
          </ScrollArea>
          <ViewHistory
            key={slotKey(slot)}
            clientId={clientId}
            photos={photosOfSlot(items, slot)}
            dated={dated}
          />
        </Stack>
      )}
      {adding && (
        <CaptureModal
          clientId={clientId}
          sessionId={null}
          slot={null}
          previousFor={(s: ViewSlot) => previousPhoto(items, s, null)}
          onClose={() => setAdding(false)}
        />
      )}
    </Card>
  );
}

/** One view over time: thumbnails with consent and delete, and the comparison of two of them. */
function ViewHistory({
  clientId,
  photos,
  dated,
}: {
  clientId: string;
  photos: Photo[];
  dated: (p: Photo) => string;
}) {
  const oldest = photos[photos.length - 1];
  const newest = photos[0];
  // Unset until the person picks: the oldest and newest, following new uploads.
  const [beforeId, setBeforeId] = useState<string | null>(null);
  const [afterId, setAfterId] = useState<string | null>(null);
  const [mode, setMode] = useState<"slider" | "side">("slider");
  const before = photos.find((p) => p.id === beforeId) ?? oldest;
  const after = photos.find((p) => p.id === afterId) ?? newest;
  const options = photos.map((p) => ({ value: p.id, label: dated(p) }));

  return (
    <Stack gap="md">
      <ScrollArea type="auto" offsetScrollbars>
        <Group gap="sm" wrap="nowrap" align="flex-start">
          {photos.map((p) => (
            <Thumb key={p.id} clientId={clientId} photo={p} caption={dated(p)} />
          ))}
        </Group>
      </ScrollArea>
      {photos.length < 2 || !before || !after ? (
        <Text size="sm" c="dimmed">
          Take this view again at a later visit to compare before and after.
        </Text>
      ) : (
        <Stack gap="sm">
          <Group gap="sm" align="flex-end" wrap="wrap">
            <Select
              label="Before"
              size="xs"
              data={options}
              value={before.id}
              allowDeselect={false}
              onChange={setBeforeId}
              w={150}
            />
            <Select
              label="After"
              size="xs"
              data={options}
              value={after.id}
              allowDeselect={false}
              onChange={setAfterId}
              w={150}
            />
            <SegmentedControl
              size="xs"
              value={mode}
              onChange={(v) => setMode(v as "slider" | "side")}
              data={[
                { value: "slider", label: "Slider" },
                { value: "side", label: "Side by side" },
              ]}
              aria-label="Comparison layout"
            />
          </Group>
          <Comparison before={before} after={after} mode={mode} dated={dated} />
        </Stack>
      )}
    </Stack>
  );
}

function Comparison(props: {
  before: Photo;
  after: Photo;
  mode: "slider" | "side";
  dated: (p: Photo) => string;
}) {
  const { before, after, mode, dated } = props;
  // Full-size URLs are issued per photo (each issue is audited as an access).
  const beforeUrls = useQuery(photoUrlsQuery(before.id));
  const afterUrls = useQuery(photoUrlsQuery(after.id));
  if (beforeUrls.isError || afterUrls.isError) {
    return (
      <QueryError
        error={beforeUrls.error ?? afterUrls.error}
        onRetry={() => {
          void beforeUrls.refetch();
          void afterUrls.refetch();
        }}
        title="Could not load the photos to compare"
      />
    );
  }
  const sides = {
    before: { url: beforeUrls.data?.url ?? null, caption: dated(before) },
    after: { url: afterUrls.data?.url ?? null, caption: dated(after) },
  };
  return mode === "slider" ? <BeforeAfterSlider {...sides} /> : <SideBySide {...sides} />;
}

function Thumb({ clientId, photo, caption }: { clientId: string; photo: Photo; caption: string }) {
  const consent = useSetConsent(clientId);
  const remove = useDeletePhoto(clientId);
  const [confirming, setConfirming] = useState(false);
  const marketing = photo.consent === "marketing_anonymised";
  const fail = (title: string) => (error: unknown) =>
    notifications.show({ color: "red", title, message: errorMessage(error) });

  return (
    <Stack gap={4} w={120} style={{ flexShrink: 0 }}>
      <img
        src={photo.thumbUrl}
        alt={`Scalp on ${caption}`}
        width={120}
        height={160}
        style={{ objectFit: "cover", borderRadius: 6, display: "block", background: "#222" }}
      />
      <Group justify="space-between" gap={4} wrap="nowrap">
        <Text size="xs">{caption}</Text>
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <ActionIcon variant="subtle" size="sm" aria-label={`Actions for the ${caption} photo`}>
              <IconDots size={14} />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            {marketing ? (
              <Menu.Item
                onClick={() =>
                  consent.mutate(
                    { id: photo.id, consent: "clinical" },
                    { onError: fail("Consent not withdrawn") },
                  )
                }
              >
                Withdraw marketing consent
              </Menu.Item>
            ) : (
              <Menu.Item
                onClick={() =>
                  consent.mutate(
                    { id: photo.id, consent: "marketing_anonymised" },
                    { onError: fail("Consent not recorded") },
                  )
                }
              >
                Client agrees to anonymised marketing use
              </Menu.Item>
            )}
            <Menu.Item
              color="red"
              leftSection={<IconTrash size={14} />}
              onClick={() => setConfirming(true)}
            >
              Delete photo
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      </Group>
      <Badge size="xs" variant="light" color={marketing ? "teal" : "gray"}>
        {marketing ? "Marketing" : "Clinical only"}
      </Badge>
      <ConfirmDialog
        opened={confirming}
        title="Delete this photo?"
        confirmLabel="Delete photo"
        destructive
        loading={remove.isPending}
        onClose={() => setConfirming(false)}
        onConfirm={() =>
          remove.mutate(photo.id, {
            onSuccess: () => setConfirming(false),
            onError: fail("Photo not deleted"),
          })
        }
      >
        The {caption} photo will no longer appear anywhere in Stipple. The deletion is recorded in
        the audit log.
      </ConfirmDialog>
    </Stack>
  );
}
