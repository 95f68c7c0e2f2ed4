import {
  ActionIcon,
  Button,
  Divider,
  Group,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Tooltip,
} from "@mantine/core";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import type { IncludedTouchUp } from "../../../../domain/settings/clinical-settings.ts";
import { FieldHelp, NumField, useDefaultAt, useDefaults } from "./clinical-fields.tsx";
import type { ClinicalForm } from "./clinical-form.ts";
import { ClinicalSection } from "./clinical-section.tsx";

const MAX_TOUCH_UPS = 4;
const monthsText = (n: number) => `${n} ${n === 1 ? "month" : "months"}`;

/** Touch-ups included in the course price and the long-term recall reminders (§3.5, §8.3). */
export function AftercareSection({ form }: { form: ClinicalForm }) {
  const { aftercare } = form.getValues();
  const defaults = useDefaults();
  const touchUps = useDefaultAt(form, "aftercare.includedTouchUps");
  const second = useDefaultAt(form, "aftercare.secondRecallMonths");
  const secondInput = form.getInputProps("aftercare.secondRecallMonths");

  return (
    <ClinicalSection
      form={form}
      keys={["aftercare"]}
      title="Aftercare"
      description="Touch-ups included in the course price, counted from the last planned session, and when clients are reminded to book a top-up."
    >
      <Stack gap="lg">
        <Stack gap="xs">
          <div>
            <Text size="sm" fw={600}>
              Included touch-ups
            </Text>
            <Text size="xs" c="dimmed">
              <FieldHelp
                help="Reference §8.3: UK clinics include one within 1 to 3 months."
                changedFrom={
                  touchUps.changed ? touchUpsText(defaults.aftercare.includedTouchUps) : null
                }
              />
            </Text>
          </div>
          {aftercare.includedTouchUps.length === 0 && (
            <Text size="sm" c="dimmed">
              No touch-ups are included in the price.
            </Text>
          )}
          {aftercare.includedTouchUps.map((_, i) => {
            const path = `aftercare.includedTouchUps.${i}`;
            const n = i + 1;
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity beyond position
              <Group key={i} gap="sm" wrap="nowrap" align="flex-start">
                <TextInput
                  aria-label={`Touch-up ${n}: name`}
                  style={{ flex: 1, minWidth: 0 }}
                  maxLength={80}
                  {...form.getInputProps(`${path}.label`)}
                />
                <DayInput form={form} path={`${path}.fromDay`} label={`Touch-up ${n}: from day`} />
                <Text size="sm" c="dimmed" lh="36px">
                  to
                </Text>
                <DayInput form={form} path={`${path}.toDay`} label={`Touch-up ${n}: to day`} />
                <Tooltip label="Remove this touch-up">
                  <ActionIcon
                    variant="subtle"
                    color="slate"
                    mt={4}
                    aria-label={`Remove touch-up ${n}`}
                    onClick={() => form.removeListItem("aftercare.includedTouchUps", i)}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Tooltip>
              </Group>
            );
          })}
          {aftercare.includedTouchUps.length < MAX_TOUCH_UPS && (
            <Button
              variant="subtle"
              size="xs"
              w="fit-content"
              leftSection={<IconPlus size={14} />}
              onClick={() =>
                form.insertListItem("aftercare.includedTouchUps", {
                  label: "Included touch-up",
                  fromDay: 21,
                  toDay: 90,
                })
              }
            >
              Add a touch-up
            </Button>
          )}
        </Stack>

        <Divider label="Recall reminders" labelPosition="left" />

        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="md">
          <NumField
            form={form}
            path="aftercare.recallMonths"
            label="First top-up reminder"
            help="Reference §3.5: results last 3 to 5 years; remind at 36 months."
            unit="months after"
            min={6}
            max={120}
            describe={monthsText}
          />
          <NumberInput
            label="Second reminder"
            description={
              <FieldHelp
                help="Reference §3.5: 48 months. Leave empty for no second reminder."
                changedFrom={
                  second.changed
                    ? typeof second.value === "number"
                      ? monthsText(second.value)
                      : "none"
                    : null
                }
              />
            }
            placeholder="No second reminder"
            min={6}
            max={180}
            allowDecimal={false}
            allowNegative={false}
            hideControls
            rightSection={
              <Text size="sm" c="dimmed" aria-hidden="true" pr={6}>
                months after
              </Text>
            }
            rightSectionWidth={112}
            {...secondInput}
            value={secondInput.value ?? ""}
            onChange={(v) =>
              form.setFieldValue("aftercare.secondRecallMonths", v === "" ? null : (v as number))
            }
          />
        </SimpleGrid>
      </Stack>
    </ClinicalSection>
  );
}

function DayInput({ form, path, label }: { form: ClinicalForm; path: string; label: string }) {
  return (
    <NumberInput
      aria-label={label}
      w={104}
      min={0}
      max={730}
      allowDecimal={false}
      allowNegative={false}
      hideControls
      leftSection={
        <Text size="xs" c="dimmed" aria-hidden="true">
          day
        </Text>
      }
      {...form.getInputProps(path)}
    />
  );
}

function touchUpsText(touchUps: IncludedTouchUp[]): string {
  if (touchUps.length === 0) return "none";
  return touchUps.map((t) => `${t.label}, day ${t.fromDay} to ${t.toDay}`).join("; ");
}
