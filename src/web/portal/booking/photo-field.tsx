import { Button, FileButton, Group, Text } from "@mantine/core";
import { IconCamera } from "@tabler/icons-react";
import { useState } from "react";
import { shrinkPhoto } from "../../check-in/shrink-photo.ts";

/** An optional photo from the camera or library, shrunk on the phone before it is sent. */
export function PhotoField({
  photo,
  onChange,
}: {
  photo: Blob | null;
  onChange: (photo: Blob | null) => void;
}) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function pick(file: File | null) {
    setError(null);
    if (!file) return;
    setBusy(true);
    try {
      onChange(await shrinkPhoto(file));
    } catch (e) {
      setError(e instanceof Error ? e.message : "This photo could not be used.");
    } finally {
      setBusy(false);
    }
  }
  return (
    <div>
      <Group gap="sm">
        <FileButton onChange={(f) => void pick(f)} accept="image/*">
          {(props) => (
            <Button
              {...props}
              variant="default"
              leftSection={<IconCamera size={18} aria-hidden="true" />}
              loading={busy}
            >
              {photo ? "Change photo" : "Add a photo (optional)"}
            </Button>
          )}
        </FileButton>
        {photo && (
          <>
            <Text size="sm">Photo added</Text>
            <Button variant="subtle" color="dark" size="compact-sm" onClick={() => onChange(null)}>
              Remove photo
            </Button>
          </>
        )}
      </Group>
      {error && (
        <Text size="sm" c="red.8" role="alert" mt={4}>
          {error}
        </Text>
      )}
    </div>
  );
}
