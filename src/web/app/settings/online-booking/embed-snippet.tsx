import { Anchor, Button, Code, CopyButton, Group, Stack, Text } from "@mantine/core";
import { IconCheck, IconCopy, IconExternalLink } from "@tabler/icons-react";
import { SettingsSection } from "../common/settings-section.tsx";
import { embedSnippets, type PublicBookingSettingsView } from "./online-booking-api.ts";

function Snippet({ label, hint, code }: { label: string; hint: string; code: string }) {
  return (
    <Stack gap={6}>
      <Group justify="space-between" align="flex-end" gap="xs">
        <div>
          <Text fw={500} size="sm">
            {label}
          </Text>
          <Text size="xs" c="dimmed">
            {hint}
          </Text>
        </div>
        <CopyButton value={code} timeout={2000}>
          {({ copied, copy }) => (
            <Button
              size="xs"
              variant={copied ? "filled" : "light"}
              color={copied ? "teal" : undefined}
              leftSection={
                copied ? (
                  <IconCheck size={14} aria-hidden="true" />
                ) : (
                  <IconCopy size={14} aria-hidden="true" />
                )
              }
              onClick={copy}
              aria-label={copied ? `${label}: copied` : `Copy ${label.toLowerCase()}`}
            >
              {copied ? "Copied" : "Copy"}
            </Button>
          )}
        </CopyButton>
      </Group>
      <Code block style={{ whiteSpace: "pre-wrap", wordBreak: "break-all" }}>
        {code}
      </Code>
    </Stack>
  );
}

/** The code to paste into the clinic's website, and the hosted booking page. */
export function EmbedSnippet({ view }: { view: PublicBookingSettingsView }) {
  const { script, iframe } = embedSnippets(view);
  return (
    <SettingsSection
      title="Add booking to your website"
      description="Paste this where the booking form should appear. Add your website to the list above first, then save."
      actions={
        <Button
          component="a"
          href={view.hostedPageUrl}
          target="_blank"
          rel="noopener"
          variant="default"
          size="xs"
          rightSection={<IconExternalLink size={14} aria-hidden="true" />}
        >
          Open your booking page
        </Button>
      }
    >
      <Stack gap="lg">
        <Snippet
          label="Booking form"
          hint="The form appears where the empty box is placed."
          code={script}
        />
        <Snippet
          label="Frame (if your website builder does not allow scripts)"
          hint="Shows the hosted booking page inside your website."
          code={iframe}
        />
        <Text size="sm">
          Your booking page:{" "}
          <Anchor href={view.hostedPageUrl} target="_blank" rel="noopener">
            {view.hostedPageUrl}
          </Anchor>
        </Text>
      </Stack>
    </SettingsSection>
  );
}
