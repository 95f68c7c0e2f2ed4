import { Alert } from "@mantine/core";
import { IconAlertCircle } from "@tabler/icons-react";

/** The part of an API error that is not about one field, shown above a form. */
export function FormProblem({ problem, title }: { problem: string | null; title?: string }) {
  if (!problem) return null;
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertCircle size={18} />}
      role="alert"
      title={title}
    >
      {problem}
    </Alert>
  );
}
