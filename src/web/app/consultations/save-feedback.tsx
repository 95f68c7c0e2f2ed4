import { Alert, Button, Group, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconAlertTriangle, IconRefresh } from "@tabler/icons-react";
import { createContext, type ReactNode, useCallback, useContext, useMemo } from "react";
import { errorMessage, isApiError } from "../../lib/api.ts";

interface SaveFeedback {
  /** Shows why a save failed: a 409 opens the "changed elsewhere" banner, anything else a toast. */
  failed: (error: unknown, title: string) => void;
  saved: (title: string, message: string) => void;
}

// Mantine leaves the close button unnamed, and its grey description is under AA contrast.
const toast = {
  closeButtonProps: { "aria-label": "Dismiss" },
  styles: { description: { color: "var(--mantine-color-text)" } },
};

const SaveFeedbackContext = createContext<SaveFeedback | null>(null);

export function SaveFeedbackProvider({
  onConflict,
  children,
}: {
  onConflict: (detail: string) => void;
  children: ReactNode;
}) {
  const failed = useCallback(
    (error: unknown, title: string) => {
      if (isApiError(error, 409)) onConflict(error.detail ?? error.title);
      notifications.show({ color: "red", title, message: errorMessage(error), ...toast });
    },
    [onConflict],
  );
  const value = useMemo<SaveFeedback>(
    () => ({
      failed,
      saved: (title, message) => notifications.show({ color: "green", title, message, ...toast }),
    }),
    [failed],
  );
  return <SaveFeedbackContext value={value}>{children}</SaveFeedbackContext>;
}

export function useSaveFeedback(): SaveFeedback {
  const value = useContext(SaveFeedbackContext);
  if (!value) throw new Error("useSaveFeedback needs a SaveFeedbackProvider");
  return value;
}

/** Someone else changed the consultation (or it was closed): reload before going on. */
export function ConflictAlert({
  detail,
  reloading,
  onReload,
}: {
  detail: string;
  reloading: boolean;
  onReload: () => void;
}) {
  return (
    <Alert
      color="orange"
      variant="light"
      role="alert"
      title="This consultation has changed"
      icon={<IconAlertTriangle size={18} aria-hidden="true" />}
      mb="md"
    >
      <Group justify="space-between" gap="sm" align="center">
        <Text size="sm" style={{ flex: "1 1 280px" }}>
          {detail} Unsaved changes on this step will be replaced by the latest version.
        </Text>
        <Button
          color="orange"
          leftSection={<IconRefresh size={16} aria-hidden="true" />}
          loading={reloading}
          onClick={onReload}
        >
          Reload
        </Button>
      </Group>
    </Alert>
  );
}
