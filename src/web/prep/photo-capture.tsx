import { Alert, Box, Button, Group, Image, Progress, Stack, Text } from "@mantine/core";
import { IconAlertCircle, IconCamera, IconPhoto } from "@tabler/icons-react";
import { useRef, useState } from "react";
import type { PhotoView } from "../../shared/contracts/photos.ts";
import { ViewGuide } from "../app/photos/view-guide.tsx";
import { shrinkPhoto } from "../check-in/shrink-photo.ts";
import { errorMessage } from "../lib/api.ts";
import classes from "./prep.module.css";
import type { PrepPhoto } from "./prep-api.ts";
import { useUploadPhoto } from "./prep-api.ts";

interface PhotoCaptureProps {
  token: string;
  view: PhotoView;
  title: string;
  /** The photo already sent for this view, shown with a retake button. */
  current: PrepPhoto | null;
  /** For scars: the client's description, required before a photo can be taken. */
  viewLabel?: string;
  /** Checked before a photo is chosen; a message stops it. */
  beforePick?: () => string | null;
  /** After a new photo is stored (e.g. remove the one it replaces). */
  onSent?: (previous: PrepPhoto | null) => void;
  colour: string;
}

/**
 * One guided photo: the outline of how to frame it (or the photo sent), a big "Take photo" button
 * that opens the phone's camera, "Choose from library", and upload progress. The photo is made
 * smaller on the phone before it is sent.
 */
export function PhotoCapture(props: PhotoCaptureProps) {
  const { token, view, title, current, colour } = props;
  const camera = useRef<HTMLInputElement>(null);
  const library = useRef<HTMLInputElement>(null);
  const upload = useUploadPhoto(token);
  const [progress, setProgress] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const pick = (input: HTMLInputElement | null) => {
    const stop = props.beforePick?.() ?? null;
    setProblem(stop);
    if (!stop) input?.click();
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setProblem(null);
    setProgress(0);
    try {
      const photo = await shrinkPhoto(file);
      const previous = current;
      await upload.mutateAsync({
        photo,
        view,
        viewLabel: props.viewLabel,
        onProgress: (f) => setProgress(f),
      });
      props.onSent?.(previous);
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setProgress(null);
    }
  };

  const busy = progress !== null;
  return (
    <Stack gap="md">
      <Box className={classes.frame} style={{ background: colour }}>
        {current ? (
          <Image
            src={current.thumbUrl}
            alt={`Your photo: ${title}`}
            className={classes.preview}
            fit="cover"
          />
        ) : (
          <ViewGuide view={view} label={`how to frame the ${title.toLowerCase()} photo`} />
        )}
      </Box>
      {busy && (
        <Progress
          value={Math.round((progress ?? 0) * 100)}
          size="lg"
          striped
          animated
          aria-label={`Sending the ${title.toLowerCase()} photo`}
        />
      )}
      {problem && (
        <Alert
          color="red"
          variant="light"
          role="alert"
          icon={<IconAlertCircle size={18} aria-hidden="true" />}
          title="Photo not sent"
        >
          {problem}
        </Alert>
      )}
      <Stack gap="sm">
        <Button
          size="lg"
          fullWidth
          leftSection={<IconCamera size={22} aria-hidden="true" />}
          onClick={() => pick(camera.current)}
          loading={busy}
        >
          {current ? "Retake photo" : "Take photo"}
        </Button>
        <Button
          size="md"
          variant="default"
          fullWidth
          leftSection={<IconPhoto size={20} aria-hidden="true" />}
          onClick={() => pick(library.current)}
          disabled={busy}
        >
          Choose from library
        </Button>
      </Stack>
      {current && (
        <Group gap={6} justify="center">
          <Text size="sm" fw={600} role="status">
            Photo sent
          </Text>
        </Group>
      )}
      <input
        ref={camera}
        type="file"
        accept="image/*"
        capture="environment"
        hidden
        aria-hidden="true"
        tabIndex={-1}
        data-testid={`camera-${view}`}
        onChange={(e) => {
          void onFile(e.currentTarget.files?.[0]);
          e.currentTarget.value = "";
        }}
      />
      <input
        ref={library}
        type="file"
        accept="image/*"
        hidden
        aria-hidden="true"
        tabIndex={-1}
        data-testid={`library-${view}`}
        onChange={(e) => {
          void onFile(e.currentTarget.files?.[0]);
          e.currentTarget.value = "";
        }}
      />
    </Stack>
  );
}
