import { Divider, Group, NumberInput, SimpleGrid, Stack, Text } from "@mantine/core";
import type { SessionBand } from "../../../../domain/settings/clinical-settings.ts";
import { FieldHelp, NumField, SwitchField, useDefaultAt, useDefaults } from "./clinical-fields.tsx";
import type { ClinicalForm } from "./clinical-form.ts";
import { minutesText } from "./clinical-labels.ts";
import { ClinicalSection } from "./clinical-section.tsx";
import { OpenEndedRows } from "./open-ended-rows.tsx";

const sessionsText = (n: number) => `${n} ${n === 1 ? "session" : "sessions"}`;

/** How many sessions a plan gets and how long each is booked for (reference §3.1, §3.3). */
export function SessionsSection({ form }: { form: ClinicalForm }) {
  const { sessions } = form.getValues();
  const defaults = useDefaults();
  const bandsChanged = useDefaultAt(form, "sessions.durationBands").changed;

  return (
    <ClinicalSection
      form={form}
      keys={["sessions"]}
      title="Sessions and durations"
      description="How many sessions a new plan starts with and how long each is booked for. The practitioner can still change any plan."
    >
      <Stack gap="lg">
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" verticalSpacing="md">
          <NumField
            form={form}
            path="sessions.defaultCount"
            label="Default number of sessions"
            help="Reference §3.1: most clinics plan 3."
            unit="sessions"
            min={1}
            max={8}
            describe={sessionsText}
          />
          <NumField
            form={form}
            path="sessions.warnAbove"
            label="Warn when a plan has more than"
            help="Reference §3.1: more than 4 is rare."
            unit="sessions"
            min={1}
            max={10}
            describe={sessionsText}
          />
          <SwitchField
            form={form}
            path="sessions.extraForComplexCases"
            label="Extra session for complex cases"
            help="Reference §3.1: a 4th for alopecia, scars or dry, thick or sensitive skin."
          />
        </SimpleGrid>

        <Divider />

        <Stack gap="xs">
          <div>
            <Text size="sm" fw={600} id="duration-bands-label">
              First session length by treated area
            </Text>
            <Text size="xs" c="dimmed">
              <FieldHelp
                help="Reference §3.3: about 2 h up to 100 cm², 3 h up to 250 cm², 4 h or more above."
                changedFrom={bandsChanged ? bandsText(defaults.sessions.durationBands) : null}
              />
            </Text>
          </div>
          <OpenEndedRows
            form={form}
            path="sessions.durationBands"
            rows={sessions.durationBands}
            max={8}
            noun="band"
            make={(largest) => ({ maxAreaCm2: largest + 100, minutes: 180 })}
            renderRow={(band, i, last) => <BandRow form={form} band={band} index={i} last={last} />}
          />
        </Stack>

        <Divider />

        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" verticalSpacing="md">
          <NumField
            form={form}
            path="sessions.laterSessionPct"
            label="Later sessions, as a share of the first"
            help="Reference §3.3: later sessions are about 25 % shorter."
            unit="%"
            min={30}
            max={100}
          />
          <NumField
            form={form}
            path="sessions.complexCaseExtraMinutes"
            label="Extra time for scars and alopecia"
            help="Reference §3.3: about 1 hour more."
            unit="min"
            min={0}
            max={240}
            step={15}
            describe={minutesText}
          />
          <NumField
            form={form}
            path="sessions.roundToMinutes"
            label="Round session lengths to"
            help="So sessions fit the diary."
            unit="min"
            min={5}
            max={60}
            step={5}
            describe={minutesText}
          />
          <NumField
            form={form}
            path="sessions.minMinutes"
            label="Shortest session"
            help="Reference §3.3: top-ups take 1 to 2 hours."
            unit="min"
            min={30}
            max={600}
            step={15}
            describe={minutesText}
          />
          <NumField
            form={form}
            path="sessions.maxMinutes"
            label="Longest session"
            help="Reference §3.3: clinics block 4 to 6 hours at most."
            unit="min"
            min={30}
            max={720}
            step={15}
            describe={minutesText}
          />
        </SimpleGrid>
      </Stack>
    </ClinicalSection>
  );
}

function bandsText(bands: SessionBand[]): string {
  return bands
    .map((b) =>
      b.maxAreaCm2 === null
        ? `${minutesText(b.minutes)} above`
        : `${minutesText(b.minutes)} up to ${b.maxAreaCm2} cm²`,
    )
    .join(", ");
}

function BandRow(props: { form: ClinicalForm; band: SessionBand; index: number; last: boolean }) {
  const { form, band, index, last } = props;
  const path = `sessions.durationBands.${index}`;
  const name = last ? "Larger areas" : `Band ${index + 1}`;
  const minutes = typeof band.minutes === "number" ? minutesText(band.minutes) : "";
  return (
    <Group gap="sm" wrap="nowrap" align="flex-start">
      {last ? (
        <Text size="sm" w={190} lh="36px" style={{ flexShrink: 0 }}>
          Larger areas
        </Text>
      ) : (
        <Group gap={8} w={190} wrap="nowrap" align="flex-start" style={{ flexShrink: 0 }}>
          <Text size="sm" lh="36px">
            Up to
          </Text>
          <NumberInput
            aria-label={`${name}: up to (cm²)`}
            w={126}
            min={1}
            max={2000}
            allowNegative={false}
            decimalScale={1}
            hideControls
            rightSection={
              <Text size="sm" c="dimmed" aria-hidden="true" pr={6}>
                cm²
              </Text>
            }
            rightSectionWidth={40}
            {...form.getInputProps(`${path}.maxAreaCm2`)}
          />
        </Group>
      )}
      <Text size="sm" c="dimmed" lh="36px" aria-hidden="true">
        →
      </Text>
      <NumberInput
        aria-label={`${name}: first session (minutes)`}
        w={120}
        min={30}
        max={600}
        step={15}
        allowDecimal={false}
        allowNegative={false}
        hideControls
        rightSection={
          <Text size="sm" c="dimmed" aria-hidden="true" pr={6}>
            min
          </Text>
        }
        rightSectionWidth={40}
        {...form.getInputProps(`${path}.minutes`)}
      />
      <Text size="sm" c="dimmed" lh="36px" visibleFrom="xs">
        {minutes}
      </Text>
    </Group>
  );
}
