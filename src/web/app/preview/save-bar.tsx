import { Alert, Button, Group, Text } from "@mantine/core";
import { IconAlertTriangle, IconDeviceFloppy } from "@tabler/icons-react";
import { errorMessage, isApiError } from "../../lib/api.ts";

interface SaveBarProps {
  dirty: boolean;
  saving: boolean;
  error: unknown;
  canSave: boolean;
  savedAt: string | null;
  onSave: () => void;
  onReload: () => void;
}

/** Save with what is unsaved and what went wrong; a conflict offers to load the newer version. */
export function SaveBar({
  dirty,
  saving,
  error,
  canSave,
  savedAt,
  onSave,
  onReload,
}: SaveBarProps) {
  return (
    <>
      {error != null && (
        <Alert
          color={isApiError(error, 409) ? "orange" : "red"}
          variant="light"
          icon={<IconAlertTriangle size={18} aria-hidden="true" />}
          title="The preview was not saved"
        >
          <Text size="sm">{errorMessage(error)}</Text>
          {isApiError(error, 409) && (
            <Button mt="xs" size="xs" variant="default" onClick={onReload}>
              Load the latest version
            </Button>
          )}
        </Alert>
      )}
      <Group justify="space-between" gap="sm">
        <Text size="sm" c="dimmed" aria-live="polite">
          {saving
            ? "Saving and rendering…"
            : dirty
              ? "Unsaved changes"
              : savedAt
                ? `Saved ${savedAt}`
                : "Not saved yet"}
        </Text>
        <Button
          size="md"
          leftSection={<IconDeviceFloppy size={18} aria-hidden="true" />}
          onClick={onSave}
          loading={saving}
          disabled={!canSave || !dirty}
        >
          Save preview
        </Button>
      </Group>
    </>
  );
}
