import { Button, Group, Modal, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { DateTimePicker } from "@mantine/dates";
import { type FormEvent, useState } from "react";
import { epochToLocal, wallClockToEpoch } from "../../../../domain/time/zoned.ts";
import type { StaffMember, TimeOffCreated } from "../../../../shared/contracts/staff.ts";
import { applyFieldErrors } from "../../../lib/api.ts";
import { calendarLabels } from "../common/calendar-labels.ts";
import { FormProblem } from "../common/form-problem.tsx";
import { useAddTimeOff } from "./staff-api.ts";

interface TimeOffModalProps {
  member: StaffMember;
  timeZone: string;
  opened: boolean;
  onClose: () => void;
  onAdded: (created: TimeOffCreated) => void;
}

/** "2026-11-24 09:30:00" read on the clinic's wall clock, as an ISO instant. */
function toInstant(value: string, timeZone: string): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}):(\d{2})/.exec(value);
  if (!match) return null;
  const [, date = "", hh = "0", mm = "0"] = match;
  return new Date(wallClockToEpoch(date, Number(hh) * 60 + Number(mm), timeZone)).toISOString();
}

export function TimeOffModal({ member, timeZone, opened, onClose, onAdded }: TimeOffModalProps) {
  const add = useAddTimeOff(member.memberId);
  const [startsAt, setStartsAt] = useState<string | null>(null);
  const [endsAt, setEndsAt] = useState<string | null>(null);
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);

  const close = () => {
    setStartsAt(null);
    setEndsAt(null);
    setReason("");
    setErrors({});
    setProblem(null);
    onClose();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const start = startsAt ? toInstant(startsAt, timeZone) : null;
    const end = endsAt ? toInstant(endsAt, timeZone) : null;
    const found: Record<string, string> = {};
    if (!start) found.startsAt = "Choose when the time off starts";
    if (!end) found.endsAt = "Choose when the time off ends";
    else if (start && Date.parse(end) <= Date.parse(start))
      found.endsAt = "Must be after the start";
    setErrors(found);
    if (!start || !end || Object.keys(found).length > 0) return;
    add.mutate(
      { startsAt: start, endsAt: end, reason: reason.trim() || undefined },
      {
        onSuccess: (created) => {
          close();
          onAdded(created);
        },
        onError: (error) => {
          const values = { startsAt, endsAt, reason };
          setProblem(
            applyFieldErrors(
              { getValues: () => values, setErrors: (e) => setErrors(e as Record<string, string>) },
              error,
            ),
          );
        },
      },
    );
  };

  return (
    <Modal opened={opened} onClose={close} title="Add time off" size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {member.name} cannot be booked during this time. Times are in{" "}
            {timeZone.replaceAll("_", " ")}.
          </Text>
          <FormProblem problem={problem} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <DateTimePicker
              label="Starts"
              placeholder="dd/mm/yyyy hh:mm"
              valueFormat="DD/MM/YYYY HH:mm"
              ariaLabels={calendarLabels}
              submitButtonProps={{ "aria-label": "Confirm date and time" }}
              defaultTimeValue="09:00"
              minDate={epochToLocal(Date.now(), timeZone).date}
              value={startsAt}
              onChange={setStartsAt}
              error={errors.startsAt}
              required
              clearable
            />
            <DateTimePicker
              label="Ends"
              placeholder="dd/mm/yyyy hh:mm"
              valueFormat="DD/MM/YYYY HH:mm"
              ariaLabels={calendarLabels}
              submitButtonProps={{ "aria-label": "Confirm date and time" }}
              defaultTimeValue="18:00"
              minDate={startsAt ?? undefined}
              value={endsAt}
              onChange={setEndsAt}
              error={errors.endsAt}
              required
              clearable
            />
          </SimpleGrid>
          <TextInput
            label="Reason"
            placeholder="e.g. Holiday, training course"
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
              Save time off
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
