import { Card, Center, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { Wordmark } from "../components/wordmark.tsx";
import classes from "./auth-layout.module.css";

interface AuthLayoutProps {
  title: string;
  description?: ReactNode;
  children: ReactNode;
  /** Links under the card, e.g. "Back to sign in". */
  footer?: ReactNode;
}

/** The centred card used by sign-in, password reset and invitations. */
export function AuthLayout({ title, description, children, footer }: AuthLayoutProps) {
  return (
    <main className={classes.page}>
      <Stack gap="lg" align="center" w="100%" maw={440}>
        <Wordmark />
        <Card className={classes.card} padding="xl" radius="lg">
          <Stack gap="lg">
            <Stack gap={6}>
              <Title order={1} fz={22} lh={1.25}>
                {title}
              </Title>
              {description && (
                <Text c="dimmed" size="sm" component="div">
                  {description}
                </Text>
              )}
            </Stack>
            {children}
          </Stack>
        </Card>
        {footer && (
          <Center>
            <Text size="sm" c="dimmed" component="div">
              {footer}
            </Text>
          </Center>
        )}
      </Stack>
    </main>
  );
}
