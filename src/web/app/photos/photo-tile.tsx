import { AspectRatio, Badge, Box, Image, Stack, Text, UnstyledButton } from "@mantine/core";
import { IconCameraPlus } from "@tabler/icons-react";
import { photoViewLabels } from "../../../shared/contracts/photos.ts";
import type { ViewSlot } from "./photo-groups.ts";
import type { Photo } from "./photos-api.ts";

export const slotTitle = (slot: ViewSlot) =>
  slot.view === "scar" && slot.viewLabel ? `Scar: ${slot.viewLabel}` : photoViewLabels[slot.view];

/** One view of a session: its photo, or an empty frame inviting a capture. */
export function PhotoTile({
  slot,
  photo,
  onOpen,
}: {
  slot: ViewSlot;
  photo: Photo | null;
  /** Omitted: read-only, the tile is not a button. */
  onOpen?: () => void;
}) {
  const title = slotTitle(slot);
  const body = (
    <Stack gap={6}>
      <AspectRatio ratio={3 / 4}>
        <Box
          bg="var(--mantine-color-default-hover)"
          style={{
            borderRadius: 8,
            overflow: "hidden",
            border: photo ? undefined : "2px dashed var(--mantine-color-default-border)",
            display: "flex",
            alignItems: "center",
            justifyContent: "center",
          }}
        >
          {photo ? (
            <Image src={photo.thumbUrl} alt={`${title} photo`} fit="cover" h="100%" w="100%" />
          ) : (
            <Stack gap={4} align="center" c="dimmed">
              <IconCameraPlus size={28} aria-hidden="true" />
              <Text size="xs">{onOpen ? "Add photo" : "No photo"}</Text>
            </Stack>
          )}
        </Box>
      </AspectRatio>
      <Text size="sm" fw={500} lineClamp={1}>
        {title}
      </Text>
      {photo?.consent === "marketing_anonymised" && (
        <Badge size="xs" variant="light" color="teal">
          Marketing consent
        </Badge>
      )}
    </Stack>
  );
  if (!onOpen) return body;
  return (
    <UnstyledButton
      onClick={onOpen}
      aria-label={photo ? `${title}: retake or view` : `${title}: add photo`}
      // A block as wide as its grid cell: empty and taken tiles line up at the same size.
      style={{ borderRadius: 8, display: "block", width: "100%" }}
    >
      {body}
    </UnstyledButton>
  );
}
