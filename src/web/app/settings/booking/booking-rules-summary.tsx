import { Group, SimpleGrid, Stack, Text } from "@mantine/core";
import type { BookingPolicy } from "../../../../domain/settings/booking-policy.ts";
import { SettingsSection } from "../common/settings-section.tsx";
import { consequences, valueText } from "./booking-copy.ts";
import { RULE_SECTIONS, type RuleField } from "./booking-layout.ts";

/** The clinic's booking rules for staff who may not change them: what to tell clients. */
export function BookingRulesSummary({ policy }: { policy: BookingPolicy }) {
  return (
    <Stack gap="lg">
      {RULE_SECTIONS.map((section) => (
        <SettingsSection
          key={section.title}
          title={section.title}
          description={section.description}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg" verticalSpacing="lg">
            {section.fields.map((field) => (
              <Rule key={field.key} field={field} policy={policy} />
            ))}
          </SimpleGrid>
        </SettingsSection>
      ))}
    </Stack>
  );
}

function Rule({ field, policy }: { field: RuleField; policy: BookingPolicy }) {
  const show = valueText[field.key] as (v: unknown) => string;
  const id = `booking-rule-${field.key}`;
  return (
    <Stack gap={4} role="group" aria-labelledby={id}>
      <Group justify="space-between" gap="xs" wrap="nowrap" align="baseline">
        <Text id={id} size="sm" fw={500}>
          {field.label}
        </Text>
        <Text size="sm" fw={600} className="tabular" style={{ whiteSpace: "nowrap" }}>
          {show(policy[field.key])}
        </Text>
      </Group>
      <Text size="xs" c="dimmed">
        {consequences[field.key](policy)}
      </Text>
    </Stack>
  );
}
