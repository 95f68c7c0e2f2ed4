import { Alert, Anchor, List, Stack, Text } from "@mantine/core";
import { IconAlertTriangle, IconCircleCheck, IconCircleX } from "@tabler/icons-react";
import { focusIssue, type PlanIssue } from "./plan-issues.ts";

interface IssuesSummaryProps {
  issues: readonly PlanIssue[];
  /** True while the issues come from the browser's check of unsaved edits. */
  preview: boolean;
}

/** Every review finding in one place: errors block signing, warnings are for the practitioner. */
export function IssuesSummary({ issues, preview }: IssuesSummaryProps) {
  const errors = issues.filter((i) => i.severity === "error");
  const warnings = issues.filter((i) => i.severity === "warning");
  const source = preview ? "Checked as you edit; saving the plan confirms it." : null;

  if (issues.length === 0) {
    return (
      <Alert
        color="green"
        variant="light"
        icon={<IconCircleCheck size={18} aria-hidden="true" />}
        title="The plan meets the clinic's rules"
      >
        {source}
      </Alert>
    );
  }

  return (
    <Stack gap="sm" aria-label="Plan review" component="section">
      {errors.length > 0 && (
        <IssueGroup
          colour="red"
          title={
            errors.length === 1
              ? "1 problem to fix before the client can sign"
              : `${errors.length} problems to fix before the client can sign`
          }
          issues={errors}
          note={source}
        />
      )}
      {warnings.length > 0 && (
        <IssueGroup
          colour="orange"
          title={warnings.length === 1 ? "1 thing to check" : `${warnings.length} things to check`}
          issues={warnings}
          note={errors.length > 0 ? null : source}
        />
      )}
    </Stack>
  );
}

function IssueGroup(props: {
  colour: "red" | "orange";
  title: string;
  issues: readonly PlanIssue[];
  note: string | null;
}) {
  const Icon = props.colour === "red" ? IconCircleX : IconAlertTriangle;
  return (
    <Alert
      color={props.colour}
      variant="light"
      title={props.title}
      icon={<Icon size={18} aria-hidden="true" />}
      role={props.colour === "red" ? "alert" : undefined}
    >
      <List size="sm" spacing={4}>
        {props.issues.map((i) => (
          <List.Item key={`${i.path}:${i.message}`}>
            {i.message}{" "}
            <Anchor
              component="button"
              type="button"
              size="sm"
              fw={600}
              c={`${props.colour}.9`}
              onClick={() => focusIssue(i.path)}
            >
              Show
            </Anchor>
          </List.Item>
        ))}
      </List>
      {props.note && (
        <Text size="xs" mt="xs" c="dimmed">
          {props.note}
        </Text>
      )}
    </Alert>
  );
}
