import { Alert, Button, List, Stack } from "@mantine/core";
import { IconAlertCircle, IconRefresh } from "@tabler/icons-react";
import { errorMessage, isApiError } from "../../../lib/api.ts";

interface SaveProblemProps {
  error: unknown;
  title: string;
  /** Offered after a 409: fetch the version someone else saved. */
  onReload?: () => void;
  reloading?: boolean;
}

/** The server's reason for refusing a change, with its field messages and a way out of a clash. */
export function SaveProblem({ error, title, onReload, reloading }: SaveProblemProps) {
  if (!error) return null;
  const clash = isApiError(error, 409);
  const fields = isApiError(error) ? error.fieldErrors : [];
  return (
    <Alert
      color="red"
      variant="light"
      role="alert"
      title={clash ? "This plan was changed elsewhere" : title}
      icon={<IconAlertCircle size={18} aria-hidden="true" />}
    >
      <Stack gap="xs" align="flex-start">
        {errorMessage(error)}
        {fields.length > 0 && (
          <List size="sm">
            {fields.map((f) => (
              <List.Item key={`${f.field}:${f.message}`}>
                {f.field.replace(/^plan\./, "")}: {f.message}
              </List.Item>
            ))}
          </List>
        )}
        {clash && onReload && (
          <Button
            size="xs"
            variant="white"
            color="red"
            loading={reloading}
            leftSection={<IconRefresh size={14} aria-hidden="true" />}
            onClick={onReload}
          >
            Load the latest version
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
