import {
  ColorSwatch,
  Group,
  NumberInput,
  Select,
  Stack,
  Table,
  Text,
  ThemeIcon,
} from "@mantine/core";
import { IconLock } from "@tabler/icons-react";
import {
  type ScreeningAction,
  type ScreeningRuleId,
  screeningActions,
  screeningRuleIds,
  type WaitUnit,
  waitUnits,
} from "../../../../domain/settings/clinical-settings.ts";
import { FieldHelp, useDefaultAt, useDefaults } from "./clinical-fields.tsx";
import { type ClinicalForm, errorWithin } from "./clinical-form.ts";
import {
  actionColours,
  actionLabels,
  ruleLabels,
  ruleText,
  unitLabels,
} from "./clinical-labels.ts";
import { ClinicalSection } from "./clinical-section.tsx";

const ACTION_OPTIONS = screeningActions.map((a) => ({ value: a, label: actionLabels[a] }));
const UNIT_OPTIONS = waitUnits.map((u) => ({ value: u, label: unitLabels[u] }));

/** What the screening does with each answer that raises a concern (reference §5). */
export function ScreeningSection({ form }: { form: ClinicalForm }) {
  return (
    <ClinicalSection
      form={form}
      keys={["screening"]}
      title="Screening rules"
      description={
        <>
          What happens when a client's intake answers raise a concern (reference §5.2).{" "}
          <strong>Defer</strong> sets the earliest treatment date from the answer's date, or from
          the consultation when there is none. <strong>Proceed</strong> still lists the answer for
          the practitioner to read.
        </>
      }
    >
      <Table.ScrollContainer minWidth={640}>
        <Table aria-label="Screening rules" verticalSpacing="sm" layout="fixed">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Answer</Table.Th>
              <Table.Th scope="col" w={246}>
                What happens
              </Table.Th>
              <Table.Th scope="col" w={206}>
                Wait before treatment
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <Table.Tr bg="var(--mantine-color-default-hover)">
              <Table.Td>
                <Group gap="sm" wrap="nowrap" align="flex-start">
                  <ThemeIcon variant="light" color="slate" size="sm" mt={2} aria-hidden="true">
                    <IconLock size={14} />
                  </ThemeIcon>
                  <Stack gap={2}>
                    <Text size="sm" fw={600}>
                      Under 18 on the day of treatment
                    </Text>
                    <Text size="xs" c="dimmed">
                      Tattooing of Minors Act 1969 (reference §7.1). Fixed by law.
                    </Text>
                  </Stack>
                </Group>
              </Table.Td>
              <Table.Td colSpan={2}>
                <Text size="sm" fw={500}>
                  Always declined
                </Text>
              </Table.Td>
            </Table.Tr>
            {screeningRuleIds.map((id) => (
              <RuleRow key={id} form={form} id={id} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </ClinicalSection>
  );
}

function RuleRow({ form, id }: { form: ClinicalForm; id: ScreeningRuleId }) {
  const defaults = useDefaults();
  const path = `screening.rules.${id}`;
  const rule = form.getValues().screening.rules[id];
  const fallback = useDefaultAt(form, path);
  const { name, source } = ruleLabels[id];
  const waitError = errorWithin(form, `${path}.wait`);

  const setAction = (action: ScreeningAction) => {
    if (action !== "defer") return form.setFieldValue(path, { action } as never);
    // A deferral needs a wait: start from the reference's, or a month.
    const wait = rule.wait ?? defaults.screening.rules[id].wait ?? { amount: 1, unit: "months" };
    form.setFieldValue(path, { action, wait } as never);
  };

  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm" fw={600}>
          {name}
        </Text>
        <Text size="xs" c="dimmed">
          <FieldHelp
            help={source}
            changedFrom={fallback.changed ? ruleText(defaults.screening.rules[id]) : null}
          />
        </Text>
      </Table.Td>
      <Table.Td>
        <Select
          aria-label={`What happens: ${name}`}
          data={ACTION_OPTIONS}
          value={rule.action}
          onChange={(v) => v && setAction(v as ScreeningAction)}
          leftSection={
            <ColorSwatch
              color={`var(--mantine-color-${actionColours[rule.action]}-6)`}
              size={10}
              withShadow={false}
              aria-hidden="true"
            />
          }
          leftSectionWidth={30}
          allowDeselect={false}
          comboboxProps={{ keepMounted: false }}
          error={errorWithin(form, `${path}.action`)}
        />
      </Table.Td>
      <Table.Td>
        {rule.action === "defer" ? (
          <Stack gap={4}>
            <Group gap={6} wrap="nowrap">
              <NumberInput
                aria-label={`Wait for ${name}`}
                w={72}
                min={1}
                max={120}
                allowDecimal={false}
                allowNegative={false}
                hideControls
                value={rule.wait?.amount ?? ""}
                onChange={(v) => form.setFieldValue(`${path}.wait.amount`, v as never)}
                error={Boolean(waitError)}
                aria-invalid={Boolean(waitError) || undefined}
                aria-describedby={waitError ? `${id}-wait-error` : undefined}
              />
              <Select
                aria-label={`Wait unit for ${name}`}
                w={112}
                data={UNIT_OPTIONS}
                value={rule.wait?.unit ?? "months"}
                onChange={(v) =>
                  v && form.setFieldValue(`${path}.wait.unit`, v as WaitUnit as never)
                }
                allowDeselect={false}
                comboboxProps={{ keepMounted: false }}
              />
            </Group>
            {waitError && (
              <Text size="xs" c="red.7" id={`${id}-wait-error`}>
                {waitError}
              </Text>
            )}
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            {rule.action === "decline" ? "Not treated" : "No wait"}
          </Text>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
