import { Button, EmptyState, Text } from "@mantine/core";
import { IconCalendarOff } from "@tabler/icons-react";
import type { CourseOptions } from "./use-course-booking.ts";

/**
 * No course fits: the server's reason, and one button per preference that can be relaxed, each
 * searching again straight away.
 */
export function NoCourseFits(props: {
  options: CourseOptions;
  message: string | undefined;
  onRelax: (next: CourseOptions) => void;
}) {
  const { options, message, onRelax } = props;
  const suggestions: { label: string; next: CourseOptions }[] = [];
  if (options.onlyPreferred) {
    suggestions.push({
      label: "Allow other practitioners",
      next: { ...options, onlyPreferred: false },
    });
  }
  if (options.preferredWeekdays.length > 0) {
    suggestions.push({ label: "Any day of the week", next: { ...options, preferredWeekdays: [] } });
  }
  if (options.preferredTime !== "any") {
    suggestions.push({ label: "Any time of day", next: { ...options, preferredTime: "any" } });
  }

  return (
    <EmptyState
      size="md"
      variant="light"
      color="slate"
      py="xl"
      icon={<IconCalendarOff size={28} aria-hidden="true" />}
      title="No dates fit these preferences"
      description={
        <>
          {message && (
            <Text span size="sm" display="block">
              {message}
            </Text>
          )}
          <Text span size="sm" display="block" mt={message ? 6 : 0}>
            {suggestions.length > 0
              ? "Loosen a preference to see more dates:"
              : "Check the practitioners' working hours and time off, and the location's opening hours in Settings."}
          </Text>
        </>
      }
    >
      {suggestions.length > 0 && (
        <EmptyState.Actions>
          {suggestions.map((s) => (
            <Button key={s.label} variant="default" onClick={() => onRelax(s.next)}>
              {s.label}
            </Button>
          ))}
        </EmptyState.Actions>
      )}
    </EmptyState>
  );
}
