import {
  Button,
  Card,
  Chip,
  Group,
  Input,
  SegmentedControl,
  Select,
  Stack,
  Switch,
  Text,
  Title,
} from "@mantine/core";
import { DatePickerInput } from "@mantine/dates";
import { IconCalendar, IconCalendarSearch } from "@tabler/icons-react";
import { useMemo } from "react";
import { useMe } from "../../lib/use-me.ts";
import type { CourseOptions } from "./use-course-booking.ts";

interface Named {
  id: string;
  name: string;
}

interface CourseOptionsCardProps {
  value: CourseOptions;
  onChange: (next: CourseOptions) => void;
  onFind: () => void;
  locations: Named[];
  services: Named[];
  practitioners: Named[];
  /** Today in the location's zone: the earliest date that can be asked for. */
  today: string;
  finding: boolean;
  /** A proposal is shown already (the action then reads "Find dates again"). */
  searched: boolean;
  /** The preferences differ from those the shown proposal was found with. */
  stale: boolean;
}

const TIMES = [
  { value: "any", label: "Any time" },
  { value: "morning", label: "Morning" },
  { value: "afternoon", label: "Afternoon" },
];

/** Where, as what, with whom, from when and on which days: what the course is placed by. */
export function CourseOptionsCard(props: CourseOptionsCardProps) {
  const { value, onChange, onFind, locations, services, practitioners, today } = props;
  const { clinic } = useMe();
  const weekdays = useMemo(() => weekdayLabels(clinic.locale), [clinic.locale]);
  const set = <K extends keyof CourseOptions>(key: K, next: CourseOptions[K]) =>
    onChange({ ...value, [key]: next });
  const missing = !value.locationId || !value.serviceId;

  return (
    <Card component="section" aria-labelledby="course-options-title">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!missing) onFind();
        }}
      >
        <Stack gap="md">
          <Title order={2} fz="lg" id="course-options-title">
            Preferences
          </Title>
          {locations.length > 1 && (
            <Select
              label="Location"
              data={locations.map((l) => ({ value: l.id, label: l.name }))}
              value={value.locationId}
              onChange={(id) => set("locationId", id)}
              allowDeselect={false}
              error={value.locationId ? undefined : "Choose a location"}
            />
          )}
          <Select
            label="Treatment service"
            description="What the sessions are booked as"
            data={services.map((s) => ({ value: s.id, label: s.name }))}
            value={value.serviceId}
            onChange={(id) => set("serviceId", id)}
            allowDeselect={false}
            error={
              services.length === 0
                ? "No treatment service is offered. Add one in Settings → Services."
                : undefined
            }
          />
          <Select
            label="Practitioner"
            placeholder="Any practitioner"
            data={practitioners.map((p) => ({ value: p.id, label: p.name }))}
            value={value.practitionerId}
            onChange={(id) =>
              onChange({
                ...value,
                practitionerId: id,
                onlyPreferred: id ? value.onlyPreferred : false,
              })
            }
            clearable
            description={value.practitionerId ? "Preferred where free" : "Whoever is free"}
          />
          <Switch
            label="Only this practitioner"
            checked={value.onlyPreferred}
            disabled={!value.practitionerId}
            onChange={(event) => set("onlyPreferred", event.currentTarget.checked)}
          />
          <DatePickerInput
            label="Earliest date"
            value={value.fromDate}
            minDate={today}
            onChange={(date) => date && set("fromDate", date)}
            valueFormat="DD/MM/YYYY"
            leftSection={<IconCalendar size={16} aria-hidden="true" />}
            className="tabular"
          />
          <Input.Wrapper
            id="course-weekdays"
            label="Preferred days"
            description={value.preferredWeekdays.length === 0 ? "None chosen: any day" : undefined}
            labelElement="div"
          >
            <Chip.Group
              multiple
              value={value.preferredWeekdays.map(String)}
              onChange={(days) => set("preferredWeekdays", days.map(Number).sort())}
            >
              <Group gap={6} mt={6} role="group" aria-labelledby="course-weekdays-label">
                {weekdays.map((label, i) => (
                  <Chip key={label} value={String(i + 1)} size="sm" radius="md" variant="outline">
                    {label}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
          </Input.Wrapper>
          <Input.Wrapper id="course-time" label="Time of day" labelElement="div">
            <SegmentedControl
              mt={6}
              fullWidth
              role="radiogroup"
              aria-labelledby="course-time-label"
              data={TIMES}
              value={value.preferredTime}
              onChange={(time) => set("preferredTime", time as CourseOptions["preferredTime"])}
            />
          </Input.Wrapper>
          {props.stale && (
            <Text size="sm" c="orange.8" role="status">
              Preferences changed: find dates again to update the proposal.
            </Text>
          )}
          <Button
            type="submit"
            size="md"
            loading={props.finding}
            disabled={missing}
            leftSection={<IconCalendarSearch size={18} aria-hidden="true" />}
          >
            {props.searched ? "Find dates again" : "Find dates"}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}

/** "Mon" … "Sun" in the clinic's language (1 Jan 2024 was a Monday). */
function weekdayLabels(locale: string): string[] {
  const format = new Intl.DateTimeFormat(locale, { weekday: "short", timeZone: "UTC" });
  return Array.from({ length: 7 }, (_, i) => format.format(Date.UTC(2024, 0, 1 + i)));
}
