import {
  ActionIcon,
  Button,
  Group,
  SegmentedControl,
  Select,
  Switch,
  Text,
  Tooltip,
} from "@mantine/core";
import { DatePickerInput } from "@mantine/dates";
import {
  IconCalendar,
  IconChevronLeft,
  IconChevronRight,
  IconMapPin,
  IconUsers,
} from "@tabler/icons-react";
import { type CalendarMode, type Grouping, stepDate } from "./calendar-model.ts";

interface CalendarToolbarProps {
  date: string;
  today: string;
  mode: CalendarMode;
  grouping: Grouping;
  focus: string | null;
  /** The practitioners or rooms a week view can be narrowed to. */
  focusOptions: { id: string; title: string }[];
  locations: { id: string; name: string }[];
  locationId: string | undefined;
  showCancelled: boolean;
  cancelledCount: number;
  onDate: (date: string) => void;
  onMode: (mode: CalendarMode) => void;
  onGrouping: (grouping: Grouping) => void;
  onFocus: (id: string | null) => void;
  onLocation: (locationId: string) => void;
  onShowCancelled: (show: boolean) => void;
  /** Warms the cache for a neighbouring range when its button is about to be used. */
  onPrefetch: (date: string) => void;
}

const unit: Record<CalendarMode, string> = { day: "day", week: "week", fortnight: "two weeks" };
const EVERYONE = "__everyone";
const control = { input: { height: 36, minHeight: 36 } };

/** Date navigation, Day / Week / 2 weeks, columns by practitioner or room, location, cancelled. */
export function CalendarToolbar(props: CalendarToolbarProps) {
  const { date, today, mode, grouping, focus, focusOptions, locations, locationId } = props;
  const { onDate, onMode, onGrouping, onFocus, onLocation, onShowCancelled, onPrefetch } = props;
  const previous = stepDate(mode, date, -1);
  const next = stepDate(mode, date, 1);
  const nav = (target: string, label: string, icon: React.ReactNode) => (
    <Tooltip label={label}>
      <ActionIcon
        variant="default"
        size={36}
        aria-label={label}
        onClick={() => onDate(target)}
        onMouseEnter={() => onPrefetch(target)}
        onFocus={() => onPrefetch(target)}
      >
        {icon}
      </ActionIcon>
    </Tooltip>
  );

  return (
    <Group justify="space-between" gap="sm" mb="md" wrap="wrap" align="center">
      <Group gap="xs" wrap="wrap">
        <Group gap={4} wrap="nowrap">
          {nav(previous, `Previous ${unit[mode]}`, <IconChevronLeft size={18} />)}
          <Button
            variant="default"
            h={36}
            onClick={() => onDate(today)}
            aria-current={date === today ? "date" : undefined}
          >
            Today
          </Button>
          {nav(next, `Next ${unit[mode]}`, <IconChevronRight size={18} />)}
        </Group>
        <DatePickerInput
          aria-label="Go to date"
          value={date}
          onChange={(value) => value && onDate(value)}
          valueFormat="DD/MM/YYYY"
          leftSection={<IconCalendar size={16} aria-hidden="true" />}
          w={150}
          styles={control}
          className="tabular"
        />
        <SegmentedControl
          aria-label="Calendar view"
          value={mode}
          onChange={(value) => onMode(value as CalendarMode)}
          data={[
            { value: "day", label: "Day" },
            { value: "week", label: "Week" },
            { value: "fortnight", label: "2 weeks" },
          ]}
        />
      </Group>
      <Group gap="xs" wrap="wrap">
        <SegmentedControl
          aria-label="Columns"
          value={grouping}
          onChange={(value) => onGrouping(value as Grouping)}
          data={[
            { value: "practitioner", label: "Practitioners" },
            { value: "room", label: "Rooms" },
          ]}
        />
        {mode !== "day" && (
          <Select
            aria-label={grouping === "room" ? "Show room" : "Show practitioner"}
            data={[
              {
                value: EVERYONE,
                label: grouping === "room" ? "All rooms" : "All practitioners",
              },
              ...focusOptions.map((o) => ({ value: o.id, label: o.title })),
            ]}
            value={focus ?? EVERYONE}
            onChange={(value) => onFocus(!value || value === EVERYONE ? null : value)}
            allowDeselect={false}
            leftSection={<IconUsers size={16} aria-hidden="true" />}
            w={190}
            styles={control}
          />
        )}
        {locations.length > 1 && (
          <Select
            aria-label="Location"
            data={locations.map((l) => ({ value: l.id, label: l.name }))}
            value={locationId ?? locations[0]?.id ?? null}
            onChange={(value) => value && onLocation(value)}
            allowDeselect={false}
            leftSection={<IconMapPin size={16} aria-hidden="true" />}
            w={190}
            styles={control}
          />
        )}
        <Switch
          label={
            <Text span size="sm">
              Show cancelled
              {props.cancelledCount > 0 && (
                <Text span c="dimmed" size="sm" className="tabular">
                  {` (${props.cancelledCount})`}
                </Text>
              )}
            </Text>
          }
          checked={props.showCancelled}
          onChange={(event) => onShowCancelled(event.currentTarget.checked)}
          styles={{ body: { alignItems: "center", minHeight: 36 } }}
        />
      </Group>
    </Group>
  );
}
