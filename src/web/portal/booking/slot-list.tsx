import { Button, Group, ScrollArea, Stack, Text } from "@mantine/core";
import { useMemo } from "react";
import { createFormatter } from "../../../domain/time/format.ts";
import { localDateOf } from "../../app/courses/course-dates.ts";

export interface PickableSlot {
  startsAt: string;
  endsAt: string;
  roomId: string | null;
  practitionerId?: string;
}

/** Free times grouped by day, as buttons; the chosen one is pressed. */
export function SlotList({
  slots,
  zone,
  selected,
  onSelect,
  label,
}: {
  slots: readonly PickableSlot[];
  zone: string;
  selected: string | null;
  onSelect: (slot: PickableSlot) => void;
  label: string;
}) {
  const fmt = useMemo(() => createFormatter({ timeZone: zone }), [zone]);
  const days = useMemo(() => {
    const byDay = new Map<string, PickableSlot[]>();
    const seen = new Set<string>();
    for (const s of [...slots].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))) {
      if (seen.has(s.startsAt)) continue;
      seen.add(s.startsAt);
      const day = localDateOf(s.startsAt, zone);
      byDay.set(day, [...(byDay.get(day) ?? []), s]);
    }
    return [...byDay.entries()];
  }, [slots, zone]);
  return (
    <ScrollArea.Autosize mah={360} type="auto">
      <Stack gap="md" role="group" aria-label={label}>
        {days.map(([day, list]) => (
          <Stack key={day} gap={6}>
            <Text fw={600} size="sm">
              {fmt.weekdayDate(Date.parse(list[0]?.startsAt ?? `${day}T12:00:00Z`))}
            </Text>
            <Group gap={6}>
              {list.map((s) => (
                <Button
                  key={s.startsAt}
                  size="sm"
                  variant={selected === s.startsAt ? "filled" : "default"}
                  aria-pressed={selected === s.startsAt}
                  onClick={() => onSelect(s)}
                >
                  {fmt.time(Date.parse(s.startsAt))}
                </Button>
              ))}
            </Group>
          </Stack>
        ))}
      </Stack>
    </ScrollArea.Autosize>
  );
}
