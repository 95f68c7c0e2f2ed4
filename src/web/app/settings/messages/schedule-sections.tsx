import { Anchor, List, Select, SimpleGrid, Stack, Switch, Text } from "@mantine/core";
import type { MessagingSettingsView } from "../../../../shared/contracts/messaging.ts";
import { settingsLink } from "../common/settings-link.tsx";
import { SettingsSection } from "../common/settings-section.tsx";
import {
  ChannelField,
  DayStep,
  NumberField,
  NumberListField,
  type ScheduleForm,
  TimeText,
} from "./schedule-fields.tsx";

const hoursText = (h: number) =>
  h % 24 === 0 ? `${h / 24} day${h === 24 ? "" : "s"} before` : `${h} hours before`;
const dayText = (d: number) => `Day ${d}`;

/** The schedule's sections: sending times, before the visit, aftercare, check-ins, later. */
export function ScheduleSections({
  form,
  clinical,
}: {
  form: ScheduleForm;
  clinical: MessagingSettingsView["clinical"];
}) {
  const values = form.getValues();
  const lastCall = values.touchUps.lastCallDaysBeforeClose;
  return (
    <>
      <SettingsSection
        title="When messages go"
        description="Messages due a number of days before or after a visit go at the send time, on the location's clock."
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
          <TimeText form={form} path="sendTime" label="Send time" description="24-hour clock" />
          <div />
          <Switch
            label="Quiet hours"
            description="Nothing is sent overnight: a message due then waits until the quiet hours end."
            {...form.getInputProps("quietHours.enabled", { type: "checkbox" })}
          />
          <Select
            label="Quiet hours apply to"
            data={[
              { value: "sms", label: "Text messages only" },
              { value: "all", label: "Text messages and emails" },
            ]}
            allowDeselect={false}
            disabled={!values.quietHours.enabled}
            {...form.getInputProps("quietHours.appliesTo")}
          />
          <TimeText form={form} path="quietHours.start" label="Quiet from" />
          <TimeText form={form} path="quietHours.end" label="Quiet until" />
        </SimpleGrid>
      </SettingsSection>

      <SettingsSection
        title="Before the visit"
        description="A confirmation when an appointment is booked or moved, reminders before it, and pre-care advice before each treatment session."
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
          <ChannelField form={form} path="confirmation.channel" label="Booking confirmation" />
          <ChannelField form={form} path="reminders.channel" label="Reminders" />
          <NumberListField
            form={form}
            path="reminders.hoursBefore"
            label="Remind clients"
            description="Up to four reminders"
            options={[2, 4, 12, 24, 48, 72, 168]}
            unit={hoursText}
            max={4}
          />
          <ChannelField form={form} path="preCare.channel" label="Pre-care advice" />
          <Stack gap={4}>
            <Switch
              label="Early pre-care (moisturise, no sun)"
              {...form.getInputProps("preCare.early.enabled", { type: "checkbox" })}
            />
            <NumberField
              form={form}
              path="preCare.early.daysBefore"
              label="Days before the session"
              min={2}
              max={28}
              disabled={!values.preCare.early.enabled}
            />
          </Stack>
          <Stack gap={4}>
            <Switch
              label="Day-before pre-care (shave, no alcohol)"
              {...form.getInputProps("preCare.eve.enabled", { type: "checkbox" })}
            />
            <NumberField
              form={form}
              path="preCare.eve.daysBefore"
              label="Days before the session"
              min={1}
              max={3}
              disabled={!values.preCare.eve.enabled}
            />
          </Stack>
        </SimpleGrid>
      </SettingsSection>

      <SettingsSection
        title="Aftercare"
        description="Advice after each treatment session. The days are counted from the session; the instructions are quoted in the messages and on the printed aftercare sheet."
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
          <ChannelField form={form} path="aftercare.channel" label="Aftercare messages" />
          <NumberField
            form={form}
            path="aftercare.afterMinutes"
            label="First message after the session"
            suffix="minutes"
            min={0}
            max={480}
          />
          <NumberField
            form={form}
            path="aftercare.noWashDays"
            label="Keep the scalp dry for"
            suffix="days"
            min={1}
            max={7}
          />
          <NumberField
            form={form}
            path="aftercare.noGymDays"
            label="No gym or sweating for"
            suffix="days"
            min={1}
            max={30}
          />
          <NumberField
            form={form}
            path="aftercare.redness.settlesInDays"
            label="Redness usually settles within"
            suffix="days"
            min={1}
            max={7}
          />
          <div />
          <DayStep form={form} path="aftercare.shave" label="Shaving again" min={1} max={14} />
          <DayStep form={form} path="aftercare.cleanser" label="Gentle cleanser" min={1} max={21} />
          <DayStep form={form} path="aftercare.shampoo" label="Shampoo again" min={1} max={30} />
          <DayStep
            form={form}
            path="aftercare.swimSun"
            label="Swimming, sauna and sun"
            min={7}
            max={60}
          />
          <Switch
            label="Final-session wording"
            description="After the last session of a course, the first and the swimming/sun messages use wording for the end of the course."
            {...form.getInputProps("aftercare.finalSessionVariant", { type: "checkbox" })}
          />
        </SimpleGrid>
      </SettingsSection>

      <SettingsSection
        title="Check-ins"
        description="A private link asking “All fine?” after each treatment session. If the client says something is wrong, their practitioner gets an alert and an email."
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
          <ChannelField form={form} path="checkIns.channel" label="Check-in messages" />
          <NumberListField
            form={form}
            path="checkIns.days"
            label="Check in on"
            description="Days after the session, up to four"
            options={[1, 2, 3, 5, 7, 10, 14, 21, 28]}
            unit={dayText}
            max={4}
          />
          <NumberField
            form={form}
            path="checkIns.openForDays"
            label="The link works for"
            suffix="days"
            min={1}
            max={30}
          />
        </SimpleGrid>
      </SettingsSection>

      <SettingsSection
        title="Touch-ups and recalls"
        description="Reminders to book the included touch-up after a course, and top-up recalls years later."
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
          <ChannelField form={form} path="touchUps.channel" label="Touch-up reminders" />
          <NumberField
            form={form}
            path="touchUps.daysAfterOpen"
            label="First reminder"
            suffix="days after the window opens"
            min={0}
            max={90}
          />
          <Stack gap={4}>
            <Switch
              label="Last call before the window closes"
              checked={lastCall !== null}
              onChange={(e) =>
                form.setFieldValue(
                  "touchUps.lastCallDaysBeforeClose",
                  e.currentTarget.checked ? 14 : null,
                )
              }
            />
            {lastCall !== null && (
              <NumberField
                form={form}
                path="touchUps.lastCallDaysBeforeClose"
                label="Days before it closes"
                min={1}
                max={90}
              />
            )}
          </Stack>
          <ChannelField form={form} path="recalls.channel" label="Top-up recalls" />
        </SimpleGrid>
        <Stack gap={4} mt="lg">
          <Text size="sm" fw={500}>
            From the clinical settings
          </Text>
          <List size="sm" spacing={2}>
            {clinical.includedTouchUps.map((t) => (
              <List.Item key={t.label}>
                {t.label}: days {t.fromDay} to {t.toDay} after the course
              </List.Item>
            ))}
            <List.Item>
              Recall {clinical.recallMonths} months after the course
              {clinical.secondRecallMonths !== null &&
                `, again at ${clinical.secondRecallMonths} months`}
            </List.Item>
          </List>
          <Anchor size="sm" renderRoot={settingsLink("clinical")}>
            Change touch-up windows and recall months in Settings → Clinical
          </Anchor>
        </Stack>
      </SettingsSection>
    </>
  );
}
