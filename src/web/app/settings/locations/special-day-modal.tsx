import { Button, Group, Modal, Radio, Stack, Text, TextInput } from "@mantine/core";
import { DatePickerInput } from "@mantine/dates";
import { IconCalendar, IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { validateSpecialDays } from "../../../../domain/scheduling/opening-hours.ts";
import { applyFieldErrors, isApiError } from "../../../lib/api.ts";
import { calendarLabels } from "../common/calendar-labels.ts";
import { FormProblem } from "../common/form-problem.tsx";
import { addBreak, DEFAULT_RANGE, type TimeRange } from "../common/hours-model.ts";
import { notifySaved } from "../common/notify.ts";
import { TimeRangesInput } from "../common/time-ranges-input.tsx";
import { useAddSpecialDay } from "./locations-api.ts";

interface SpecialDayModalProps {
  locationId: string;
  locationName: string;
  /** Today at the location, YYYY-MM-DD: the earliest date offered. */
  today: string;
  opened: boolean;
  onClose: () => void;
}

/** A closure (bank holiday, training) or one-off hours that replace the weekly hours that day. */
export function SpecialDayModal({
  locationId,
  locationName,
  today,
  opened,
  onClose,
}: SpecialDayModalProps) {
  const add = useAddSpecialDay(locationId);
  const [date, setDate] = useState<string | null>(null);
  const [closed, setClosed] = useState(true);
  const [ranges, setRanges] = useState<TimeRange[]>([{ ...DEFAULT_RANGE }]);
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);

  const close = () => {
    setDate(null);
    setClosed(true);
    setRanges([{ ...DEFAULT_RANGE }]);
    setReason("");
    setErrors({});
    setProblem(null);
    onClose();
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const found: Record<string, string> = {};
    if (!date) found.date = "Choose a date";
    if (!closed) {
      const messages = validateSpecialDays([{ date: date ?? today, closed: false, hours: ranges }]);
      if (ranges.some((r) => !r.opens || !r.closes))
        found.hours = "Enter both an opening and a closing time";
      else if (messages[0])
        found.hours = messages[0].replace(/^[^:]+:\s*/, "").replace(/^./, (c) => c.toUpperCase());
    }
    setErrors(found);
    if (Object.keys(found).length > 0 || !date) return;
    const input = { date, closed, hours: closed ? [] : ranges, reason: reason.trim() };
    add.mutate(input, {
      onSuccess: () => {
        notifySaved(
          closed ? "Closure added" : "Special hours added",
          `${locationName} is updated for that day.`,
        );
        close();
      },
      onError: (error) => {
        if (isApiError(error, 409) && error.fieldErrors.length === 0) {
          setErrors({ date: error.detail ?? error.title });
          return;
        }
        const values = { date, closed, hours: ranges, reason };
        setProblem(
          applyFieldErrors(
            { getValues: () => values, setErrors: (e) => setErrors(e as Record<string, string>) },
            error,
          ),
        );
      },
    });
  };

  return (
    <Modal opened={opened} onClose={close} title="Add a special day" size="md">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormProblem problem={problem} />
          <DatePickerInput
            label="Date"
            placeholder="dd/mm/yyyy"
            valueFormat="DD/MM/YYYY"
            ariaLabels={calendarLabels}
            leftSection={<IconCalendar size={16} aria-hidden="true" />}
            minDate={today}
            value={date}
            onChange={(value) => setDate(value)}
            error={errors.date}
            required
            popoverProps={{ withinPortal: true }}
          />
          <Radio.Group
            label="On this day"
            value={closed ? "closed" : "open"}
            onChange={(value) => setClosed(value === "closed")}
          >
            <Stack gap="xs" mt={6}>
              <Radio value="closed" label="Closed all day" />
              <Radio value="open" label="Open with special hours" />
            </Stack>
          </Radio.Group>
          {!closed && (
            <Stack gap={6}>
              <Text size="sm" fw={500}>
                Hours
              </Text>
              <Group align="flex-start" justify="space-between" gap="sm">
                <TimeRangesInput
                  label="Special day"
                  ranges={ranges}
                  onChange={setRanges}
                  invalid={!!errors.hours}
                />
                <Button
                  variant="subtle"
                  size="xs"
                  leftSection={<IconPlus size={14} />}
                  onClick={() => setRanges(addBreak(ranges))}
                  mt={4}
                >
                  Add a break
                </Button>
              </Group>
              {errors.hours && (
                <Text size="xs" c="red.7">
                  {errors.hours}
                </Text>
              )}
            </Stack>
          )}
          <TextInput
            label="Reason"
            placeholder="e.g. Christmas Day, staff training"
            description="Only your team sees this"
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={errors.reason}
            maxLength={200}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={add.isPending}>
              Save special day
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
