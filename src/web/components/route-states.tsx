import { Alert, Button, Center, EmptyState, Group, Loader, Stack } from "@mantine/core";
import { IconAlertTriangle, IconMapQuestion, IconRefresh } from "@tabler/icons-react";
import type { ErrorComponentProps } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { errorMessage, isApiError } from "../lib/api.ts";
import { ButtonLink } from "./links.tsx";

/** A whole-page notice (a record not found, a screen not open to this role) with a way back. */
export function PageNotice(props: {
  icon: ReactNode;
  title: string;
  description: string;
  back: { to: string; label: string };
}) {
  return (
    <Center mih="50dvh">
      <EmptyState
        size="lg"
        variant="light"
        color="slate"
        icon={props.icon}
        title={props.title}
        description={props.description}
      >
        <EmptyState.Actions>
          <ButtonLink to={props.back.to}>{props.back.label}</ButtonLink>
        </EmptyState.Actions>
      </EmptyState>
    </Center>
  );
}

/** Any address that matches no screen. */
export function NotFoundPage() {
  return (
    <Center mih="60dvh" p="xl">
      <EmptyState
        size="lg"
        variant="light"
        icon={<IconMapQuestion size={32} aria-hidden="true" />}
        title="Page not found"
        description="The address may be mistyped, or the page has moved."
      >
        <EmptyState.Actions>
          <ButtonLink to="/">Go to Stipple</ButtonLink>
        </EmptyState.Actions>
      </EmptyState>
    </Center>
  );
}

/** A screen that failed to load (the router's error boundary). */
export function RouteErrorPage({ error, reset }: ErrorComponentProps) {
  const forbidden = isApiError(error, 403);
  return (
    <Center mih="60dvh" p="xl">
      <EmptyState
        size="lg"
        variant="light"
        color={forbidden ? "slate" : "red"}
        icon={<IconAlertTriangle size={32} aria-hidden="true" />}
        title={forbidden ? "Not available to your role" : "This page could not be shown"}
        description={errorMessage(error)}
      >
        <EmptyState.Actions>
          <Button variant="default" leftSection={<IconRefresh size={16} />} onClick={reset}>
            Try again
          </Button>
          <ButtonLink to="/">Go to Stipple</ButtonLink>
        </EmptyState.Actions>
      </EmptyState>
    </Center>
  );
}

/** An inline error for one section that failed to load, with a retry button. */
export function QueryError({
  error,
  onRetry,
  title,
}: {
  error: unknown;
  onRetry?: () => void;
  title?: string;
}) {
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle size={18} />}
      title={title ?? "Could not load this"}
    >
      <Stack gap="xs" align="flex-start">
        {errorMessage(error)}
        {onRetry && (
          <Group>
            <Button
              size="xs"
              variant="white"
              color="red"
              leftSection={<IconRefresh size={14} />}
              onClick={onRetry}
            >
              Try again
            </Button>
          </Group>
        )}
      </Stack>
    </Alert>
  );
}

export function PageLoader({ label = "Loading" }: { label?: string }) {
  return (
    <Center mih="40dvh" role="status" aria-label={label}>
      <Loader size="md" />
    </Center>
  );
}
