import { Badge, Button, Group, Stack, Table, Text } from "@mantine/core";
import { IconMail, IconMessage } from "@tabler/icons-react";
import { useState } from "react";
import type {
  MessageTemplate,
  MessageTemplateList,
} from "../../../../shared/contracts/messaging.ts";
import { SettingsSection } from "../common/settings-section.tsx";
import { TemplateEditor } from "./template-editor.tsx";

/** Templates grouped by step: one row per step, one button per channel. */
export function TemplatesSection({ list }: { list: MessageTemplateList }) {
  const [editing, setEditing] = useState<{ key: string; channel: string } | null>(null);
  const rows = new Map<string, MessageTemplate[]>();
  for (const t of list.items) rows.set(t.key, [...(rows.get(t.key) ?? []), t]);
  const current = editing
    ? list.items.find((t) => t.key === editing.key && t.channel === editing.channel)
    : undefined;
  return (
    <SettingsSection
      title="Templates"
      description={
        <>
          The wording of each message. Placeholders such as {"{{clientFirstName}}"} are filled in
          for each client.{" "}
          {list.discreet
            ? "Discreet messages are on: text messages and email subjects cannot name the treatment."
            : "Discreet messages are off: text messages and subjects may name the treatment."}
        </>
      }
    >
      <Table.ScrollContainer minWidth={560}>
        <Table verticalSpacing="sm" aria-label="Message templates">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Message</Table.Th>
              <Table.Th>When</Table.Th>
              <Table.Th>Wording</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[...rows.values()].map((templates) => {
              const first = templates[0] as MessageTemplate;
              return (
                <Table.Tr key={first.key}>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {first.label}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c="dimmed">
                      {first.when}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      {templates.map((t) => (
                        <Button
                          key={t.channel}
                          size="compact-sm"
                          variant={t.customised ? "light" : "default"}
                          leftSection={
                            t.channel === "email" ? (
                              <IconMail size={14} />
                            ) : (
                              <IconMessage size={14} />
                            )
                          }
                          aria-label={`Edit the ${t.channel === "email" ? "email" : "SMS"} for ${t.label}`}
                          onClick={() => setEditing({ key: t.key, channel: t.channel })}
                        >
                          {t.channel === "email" ? "Email" : "SMS"}
                          {t.customised && (
                            <Badge size="xs" ml={6} variant="filled">
                              Own
                            </Badge>
                          )}
                        </Button>
                      ))}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Stack>
        {current && (
          <TemplateEditor
            key={`${current.key}-${current.channel}`}
            template={current}
            onClose={() => setEditing(null)}
          />
        )}
      </Stack>
    </SettingsSection>
  );
}
