import { Button, Group, Stack, Text } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import type { Formatter } from "../../../domain/time/format.ts";
import type { Appointment, DayView } from "../../../shared/contracts/appointments.ts";
import { dayQuery, useMoveAppointment } from "./appointments-api.ts";
import { type FormProblem, FormProblemAlert, formProblem } from "./form-problem.tsx";
import { SlotFields, type SlotValues } from "./slot-fields.tsx";
import { localParts, startInstant } from "./slot-times.ts";
import { useTouchSize } from "./use-touch-size.ts";

interface MoveFormProps {
  appointment: Appointment;
  view: DayView;
  locationKey: string | undefined;
  formatter: Formatter;
  needsRoom: boolean;
  onBack: () => void;
  onMoved: (appointment: Appointment) => void;
}

/** Moves an appointment to another time, practitioner or room, keeping its length. */
export function MoveForm(props: MoveFormProps) {
  const { appointment: a, view, locationKey, formatter, needsRoom, onBack, onMoved } = props;
  const zone = a.location.timeZone;
  const startMs = Date.parse(a.startsAt);
  const durationMin = Math.round((Date.parse(a.endsAt) - startMs) / 60_000);
  const move = useMoveAppointment();
  const size = useTouchSize();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const form = useForm<SlotValues>({
    initialValues: {
      ...localParts(startMs, zone),
      practitionerId: a.practitioner.id,
      roomId: a.room?.id ?? null,
    },
    validate: {
      date: (v) => (v ? null : "Choose a date"),
      time: (v) => (v ? null : "Choose a start time"),
      practitionerId: (v) => (v ? null : "Choose a practitioner"),
      roomId: (v) => (v || !needsRoom ? null : "This service needs a room"),
    },
  });
  const values = form.getValues();
  const chosenDay = useQuery(dayQuery(values.date, locationKey));
  const day = chosenDay.data ?? view;

  const submit = form.onSubmit((v) => {
    setProblem(null);
    const startsAt = startInstant(v.date, v.time, zone);
    if (startsAt === null || !v.practitionerId) return;
    const change = {
      startsAt: startsAt !== startMs ? new Date(startsAt).toISOString() : undefined,
      practitionerId: v.practitionerId !== a.practitioner.id ? v.practitionerId : undefined,
      roomId: v.roomId !== (a.room?.id ?? null) ? v.roomId : undefined,
    };
    if (Object.values(change).every((x) => x === undefined)) {
      setProblem({
        title: "Nothing to change",
        detail: "Pick a new time, practitioner or room first.",
      });
      return;
    }
    move.mutate(
      { id: a.id, version: a.version, ...change },
      {
        onSuccess: (moved) => {
          const from = Date.parse(moved.startsAt);
          notifications.show({
            color: "green",
            title: "Appointment moved",
            message: `${moved.client.name}: now ${formatter.weekdayDate(from)} ${formatter.timeRange(from, Date.parse(moved.endsAt))} with ${moved.practitioner.name}`,
          });
          onMoved(moved);
        },
        onError: (error) => setProblem(formProblem(form, error, "Can't move this appointment")),
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {a.service.name} for {a.client.name}, now {formatter.weekdayDate(startMs)}{" "}
          {formatter.timeRange(startMs, Date.parse(a.endsAt))}.
        </Text>
        <FormProblemAlert problem={problem} />
        <SlotFields
          values={values}
          inputProps={form.getInputProps}
          day={day}
          formatter={formatter}
          durationMin={durationMin}
          needsRoom={needsRoom}
          ignoreId={a.id}
          size={size}
        />
        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" size={size} onClick={onBack}>
            Back
          </Button>
          <Button type="submit" size={size} loading={move.isPending}>
            Move appointment
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
