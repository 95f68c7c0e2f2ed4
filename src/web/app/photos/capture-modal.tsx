import {
  Alert,
  AspectRatio,
  Box,
  Button,
  Checkbox,
  FileButton,
  Group,
  Image,
  Modal,
  Progress,
  Select,
  Stack,
  Text,
  TextInput,
} from "@mantine/core";
import { IconCamera, IconPhoto, IconUpload } from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useMemo, useState } from "react";
import { photoViewLabels } from "../../../shared/contracts/photos.ts";
import { errorMessage } from "../../lib/api.ts";
import type { ViewSlot } from "./photo-groups.ts";
import { clientPhotosQuery, type Photo, type PhotoView, uploadPhoto } from "./photos-api.ts";
import { cameraSupported, useCamera } from "./use-camera.ts";
import { guideHints, ViewGuide } from "./view-guide.tsx";

interface CaptureModalProps {
  clientId: string;
  sessionId: string | null;
  consultationId?: string | null;
  /** The view being photographed; null lets the person choose (photos outside a session). */
  slot: ViewSlot | null;
  /** Finds the previous visit's photo of a view, shown faintly to line up with. */
  previousFor: (slot: ViewSlot) => Photo | null;
  onClose: () => void;
}

const viewOptions = Object.entries(photoViewLabels).map(([value, label]) => ({ value, label }));

/**
 * Takes one photo of one view: live camera (where the browser allows it) or the device's own
 * camera/file picker, with the view's outline and last visit's photo at 30% to line up with.
 */
export function CaptureModal(props: CaptureModalProps) {
  const { clientId, sessionId, consultationId, slot, previousFor, onClose } = props;
  const [view, setView] = useState<PhotoView>(slot?.view ?? "front_hairline");
  const [label, setLabel] = useState(slot?.viewLabel ?? "");
  const [file, setFile] = useState<Blob | null>(null);
  const [marketing, setMarketing] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const camera = useCamera();
  const queryClient = useQueryClient();

  const preview = useMemo(() => (file ? URL.createObjectURL(file) : null), [file]);
  useEffect(() => () => void (preview && URL.revokeObjectURL(preview)), [preview]);

  const current: ViewSlot = { view, viewLabel: view === "scar" ? label.trim() : "" };
  const previous = view !== "scar" || current.viewLabel ? previousFor(current) : null;
  const title = `${photoViewLabels[view]}${current.viewLabel ? `: ${current.viewLabel}` : ""}`;
  const uploading = progress !== null;

  const choose = (picked: File | null) => {
    setError(null);
    if (!picked) return;
    camera.stop();
    setFile(picked);
  };

  const snap = async () => {
    const blob = await camera.capture();
    if (!blob) return setError("The camera has not started yet. Try again in a moment.");
    camera.stop();
    setFile(blob);
  };

  const submit = async () => {
    if (!file) return;
    if (view === "scar" && !current.viewLabel) {
      return setError('Name the scar first, e.g. "Left FUT strip".');
    }
    setError(null);
    setProgress(0);
    try {
      await uploadPhoto(
        clientId,
        file,
        {
          view,
          viewLabel: current.viewLabel,
          sessionId,
          consultationId,
          consent: marketing ? "marketing_anonymised" : "clinical",
        },
        setProgress,
      );
      await queryClient.invalidateQueries({ queryKey: clientPhotosQuery(clientId).queryKey });
      onClose();
    } catch (e) {
      setError(errorMessage(e));
      setProgress(null);
    }
  };

  return (
    <Modal opened onClose={uploading ? () => {} : onClose} title={`Photo: ${title}`} size="lg">
      <Stack gap="md">
        {!slot && (
          <Group grow align="flex-start">
            <Select
              label="View"
              data={viewOptions}
              value={view}
              allowDeselect={false}
              onChange={(v) => v && setView(v as PhotoView)}
            />
            {view === "scar" && (
              <TextInput
                label="Which scar"
                placeholder="Left FUT strip"
                value={label}
                maxLength={80}
                onChange={(e) => setLabel(e.currentTarget.value)}
              />
            )}
          </Group>
        )}
        {slot && view === "scar" && !slot.viewLabel && (
          <TextInput
            label="Which scar"
            placeholder="Left FUT strip"
            value={label}
            maxLength={80}
            required
            onChange={(e) => setLabel(e.currentTarget.value)}
          />
        )}
        <AspectRatio ratio={3 / 4} maw={420} mx="auto" w="100%">
          <Box pos="relative" bg="dark.8" style={{ borderRadius: 8, overflow: "hidden" }}>
            {preview ? (
              <Image src={preview} alt={`New photo: ${title}`} fit="contain" h="100%" />
            ) : (
              <video
                ref={camera.videoRef}
                playsInline
                muted
                aria-label="Live camera"
                style={{
                  width: "100%",
                  height: "100%",
                  objectFit: "cover",
                  display:
                    camera.state === "live" || camera.state === "starting" ? "block" : "none",
                }}
              />
            )}
            {previous && (
              <Image
                src={previous.thumbUrl}
                alt=""
                aria-hidden="true"
                data-testid="previous-overlay"
                fit="contain"
                pos="absolute"
                inset={0}
                h="100%"
                style={{ opacity: 0.3, pointerEvents: "none" }}
              />
            )}
            <ViewGuide view={view} label={photoViewLabels[view]} />
          </Box>
        </AspectRatio>
        <Text size="sm" c="dimmed" ta="center">
          {guideHints[view]}
          {previous && " The faint photo is the same view from the last visit."}
        </Text>
        {(camera.state === "denied" || camera.state === "unavailable") && (
          <Alert color="yellow" title="Live camera not available">
            {camera.state === "denied"
              ? "Camera access was refused. Allow it in the browser's site settings, or use Take or choose photo."
              : "This device or browser cannot show a live camera here. Use Take or choose photo instead."}
          </Alert>
        )}
        <Group justify="center" gap="sm">
          {cameraSupported() && camera.state !== "live" && (
            <Button
              variant="default"
              leftSection={<IconCamera size={16} />}
              loading={camera.state === "starting"}
              disabled={uploading}
              onClick={() => {
                setFile(null);
                void camera.start();
              }}
            >
              {file ? "Retake with camera" : "Use live camera"}
            </Button>
          )}
          {camera.state === "live" && (
            <Button leftSection={<IconCamera size={16} />} onClick={() => void snap()}>
              Take photo
            </Button>
          )}
          <FileButton onChange={choose} accept="image/*" capture="environment" disabled={uploading}>
            {(buttonProps) => (
              <Button {...buttonProps} variant="default" leftSection={<IconPhoto size={16} />}>
                Take or choose photo
              </Button>
            )}
          </FileButton>
        </Group>
        <Checkbox
          label="The client agrees this photo may be used anonymised in marketing"
          description="Leave unticked for clinical records only. This can be withdrawn at any time."
          checked={marketing}
          onChange={(e) => setMarketing(e.currentTarget.checked)}
          disabled={uploading}
        />
        {error && (
          <Alert color="red" title="Photo not saved" role="alert">
            {error}
          </Alert>
        )}
        {uploading && (
          <Progress
            value={Math.round((progress ?? 0) * 100)}
            aria-label="Upload progress"
            animated
          />
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={uploading}>
            Cancel
          </Button>
          <Button
            leftSection={<IconUpload size={16} />}
            disabled={!file}
            loading={uploading}
            onClick={() => void submit()}
          >
            Save photo
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
