import { ActionIcon, Button, Group, Select, Switch, Text, Tooltip } from "@mantine/core";
import { DatePickerInput } from "@mantine/dates";
import { IconCalendar, IconChevronLeft, IconChevronRight, IconMapPin } from "@tabler/icons-react";
import { addDays } from "../../../domain/time/zoned.ts";

interface DayToolbarProps {
  date: string;
  today: string;
  locations: { id: string; name: string }[];
  locationId: string | undefined;
  showCancelled: boolean;
  cancelledCount: number;
  onDate: (date: string) => void;
  onLocation: (locationId: string) => void;
  onShowCancelled: (show: boolean) => void;
  /** Warms the cache for a neighbouring day when its button is about to be used. */
  onPrefetch: (date: string) => void;
}

/** Day navigation (previous, today, next, a date picker), the location and the cancelled toggle. */
export function DayToolbar(props: DayToolbarProps) {
  const { date, today, locations, locationId, showCancelled, cancelledCount } = props;
  const { onDate, onLocation, onShowCancelled, onPrefetch } = props;
  const previous = addDays(date, -1);
  const next = addDays(date, 1);

  return (
    <Group justify="space-between" gap="sm" mb="md" wrap="wrap">
      <Group gap="xs" wrap="wrap">
        <Group gap={4} wrap="nowrap">
          <Tooltip label="Previous day">
            <ActionIcon
              variant="default"
              size={40}
              aria-label="Previous day"
              onClick={() => onDate(previous)}
              onMouseEnter={() => onPrefetch(previous)}
              onFocus={() => onPrefetch(previous)}
            >
              <IconChevronLeft size={18} />
            </ActionIcon>
          </Tooltip>
          <Button
            variant="default"
            h={40}
            onClick={() => onDate(today)}
            aria-current={date === today ? "date" : undefined}
          >
            Today
          </Button>
          <Tooltip label="Next day">
            <ActionIcon
              variant="default"
              size={40}
              aria-label="Next day"
              onClick={() => onDate(next)}
              onMouseEnter={() => onPrefetch(next)}
              onFocus={() => onPrefetch(next)}
            >
              <IconChevronRight size={18} />
            </ActionIcon>
          </Tooltip>
        </Group>
        <DatePickerInput
          aria-label="Go to date"
          value={date}
          onChange={(value) => value && onDate(value)}
          valueFormat="DD/MM/YYYY"
          leftSection={<IconCalendar size={16} aria-hidden="true" />}
          w={160}
          styles={{ input: { height: 40, minHeight: 40 } }}
          className="tabular"
        />
        {locations.length > 1 && (
          <Select
            aria-label="Location"
            data={locations.map((l) => ({ value: l.id, label: l.name }))}
            value={locationId ?? locations[0]?.id ?? null}
            onChange={(value) => value && onLocation(value)}
            allowDeselect={false}
            leftSection={<IconMapPin size={16} aria-hidden="true" />}
            w={200}
            styles={{ input: { height: 40, minHeight: 40 } }}
          />
        )}
      </Group>
      <Switch
        label={
          <Text span size="sm">
            Show cancelled
            {cancelledCount > 0 && (
              <Text span c="dimmed" size="sm" className="tabular">
                {` (${cancelledCount})`}
              </Text>
            )}
          </Text>
        }
        checked={showCancelled}
        onChange={(event) => onShowCancelled(event.currentTarget.checked)}
        size="md"
        styles={{ body: { alignItems: "center", minHeight: 40 } }}
      />
    </Group>
  );
}
