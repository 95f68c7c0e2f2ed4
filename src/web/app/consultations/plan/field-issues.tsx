import { Text } from "@mantine/core";
import type { ReactNode } from "react";
import { fieldId, issuesAt, type PlanIssue } from "./plan-issues.ts";

interface IssueProps {
  id: string;
  error?: ReactNode;
  description?: ReactNode;
  inputWrapperOrder?: ("label" | "input" | "description" | "error")[];
}

/**
 * Props that put the review's messages for `path` on a Mantine input: errors as the input's
 * error (red), warnings in amber under it.
 */
export function issueProps(issues: readonly PlanIssue[], path: string): IssueProps {
  const here = issuesAt(issues, path);
  const errors = here.filter((i) => i.severity === "error");
  const warnings = here.filter((i) => i.severity === "warning");
  // Keys are only set when there is something to say, so a field's own description survives.
  const props: IssueProps = { id: fieldId(path) };
  if (errors.length > 0) props.error = errors.map((i) => i.message).join(" ");
  if (warnings.length > 0) {
    props.description = <WarningText issues={warnings} />;
    props.inputWrapperOrder = ["label", "input", "error", "description"];
  }
  return props;
}

function WarningText({ issues }: { issues: PlanIssue[] }) {
  return (
    <Text component="span" size="xs" c="orange.9" fw={500} style={{ display: "block" }}>
      {issues.map((i) => i.message).join(" ")}
    </Text>
  );
}

/** Messages for a whole section or row (e.g. "zones", "sessions"), under its heading. */
export function SectionIssues({ issues, path }: { issues: readonly PlanIssue[]; path: string }) {
  const here = issuesAt(issues, path);
  if (here.length === 0) return null;
  return (
    <div>
      {here.map((i) => (
        <Text
          key={i.message}
          size="sm"
          c={i.severity === "error" ? "red.8" : "orange.9"}
          fw={500}
          role={i.severity === "error" ? "alert" : undefined}
        >
          {i.message}
        </Text>
      ))}
    </div>
  );
}
