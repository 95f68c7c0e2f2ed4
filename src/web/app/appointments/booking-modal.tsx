import { Button, Group, Modal, Select, Stack, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import type { Formatter } from "../../../domain/time/format.ts";
import type { Appointment, DayView } from "../../../shared/contracts/appointments.ts";
import { dayQuery, useBookAppointment } from "./appointments-api.ts";
import { ClientPicker } from "./client-picker.tsx";
import { type FormProblem, FormProblemAlert, formProblem } from "./form-problem.tsx";
import { SlotFields, type SlotValues } from "./slot-fields.tsx";
import { busyRooms, startInstant } from "./slot-times.ts";
import { useTouchSize } from "./use-touch-size.ts";

export interface BookingDraft {
  date: string;
  time: string;
  practitionerId: string | null;
  /** A room chosen with the slot (the calendar's room columns). */
  roomId?: string | null;
}

interface BookingModalProps {
  draft: BookingDraft | null;
  onClose: () => void;
  view: DayView;
  /** The location as the page asked for it (undefined: the clinic's first), to share its cache. */
  locationKey: string | undefined;
  formatter: Formatter;
  preset?: { clientId: string; name?: string };
  onBooked: (appointment: Appointment) => void;
}

/** "New appointment": client, service, when, who and where; the server has the last word. */
export function BookingModal({ draft, onClose, ...rest }: BookingModalProps) {
  return (
    <Modal
      opened={draft !== null}
      onClose={onClose}
      title="New appointment"
      size="lg"
      styles={{ title: { fontWeight: 650, fontSize: "var(--mantine-font-size-lg)" } }}
      closeButtonProps={{ "aria-label": "Close" }}
    >
      {draft && <BookingForm draft={draft} onClose={onClose} {...rest} />}
    </Modal>
  );
}

interface BookingValues extends SlotValues {
  clientId: string | null;
  serviceId: string | null;
  notes: string;
}

function BookingForm(props: BookingModalProps & { draft: BookingDraft }) {
  const { draft, onClose, view, locationKey, formatter, preset, onBooked } = props;
  const book = useBookAppointment();
  const size = useTouchSize();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const form = useForm<BookingValues>({
    initialValues: {
      ...draft,
      clientId: preset?.clientId ?? null,
      serviceId: null,
      roomId: draft.roomId ?? null,
      notes: "",
    },
    validate: {
      clientId: (v) => (v ? null : "Choose a client"),
      serviceId: (v) => (v ? null : "Choose a service"),
      practitionerId: (v) => (v ? null : "Choose a practitioner"),
      date: (v) => (v ? null : "Choose a date"),
      time: (v) => (v ? null : "Choose a start time"),
      roomId: (v, values) =>
        v || !view.services.find((s) => s.id === values.serviceId)?.needsRoom
          ? null
          : "This service needs a room",
    },
  });
  const values = form.getValues();
  const chosenDay = useQuery(dayQuery(values.date, locationKey));
  const day = chosenDay.data ?? view;
  const service = day.services.find((s) => s.id === values.serviceId) ?? null;
  const zone = view.location.timeZone;
  const start = startInstant(values.date, values.time, zone);

  // Services that need a room get the first room free at that time (until one is picked by hand).
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-run when the slot or the day changes
  useEffect(() => {
    if (!service?.needsRoom || start === null) return;
    const busy = busyRooms(day.appointments, start, start + service.durationMin * 60_000);
    const current = form.getValues().roomId;
    if (current && !busy.has(current)) return;
    const free = day.rooms.find((r) => !busy.has(r.id)) ?? day.rooms[0];
    if (free && free.id !== current) form.setFieldValue("roomId", free.id);
  }, [service?.id, start, day]);

  const submit = form.onSubmit((v) => {
    setProblem(null);
    const startsAt = startInstant(v.date, v.time, zone);
    if (!v.clientId || !v.serviceId || !v.practitionerId || startsAt === null) return;
    book.mutate(
      {
        clientId: v.clientId,
        serviceId: v.serviceId,
        locationId: view.location.id,
        practitionerId: v.practitionerId,
        roomId: v.roomId ?? undefined,
        startsAt: new Date(startsAt).toISOString(),
        notes: v.notes.trim() || undefined,
      },
      {
        onSuccess: (appointment) => {
          const from = Date.parse(appointment.startsAt);
          notifications.show({
            color: "green",
            title: "Appointment booked",
            message: `${appointment.client.name}: ${appointment.service.name}, ${formatter.weekdayDate(from)} ${formatter.timeRange(from, Date.parse(appointment.endsAt))}`,
          });
          onBooked(appointment);
          onClose();
        },
        onError: (error) => setProblem(formProblem(form, error, "Can't book this appointment")),
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormProblemAlert problem={problem} />
        <ClientPicker
          value={values.clientId}
          onChange={(id) => form.setFieldValue("clientId", id)}
          presetName={preset?.name}
          autoFocus={!preset}
          size={size}
          error={form.errors.clientId}
        />
        <Select
          size={size}
          label="Service"
          data-autofocus={preset ? true : undefined}
          withAsterisk
          placeholder="Choose a service"
          allowDeselect={false}
          data={day.services.map((s) => ({
            value: s.id,
            label: `${s.name} · ${s.durationMin} min`,
          }))}
          {...form.getInputProps("serviceId")}
          onChange={(id) => {
            form.setFieldValue("serviceId", id);
            if (!day.services.find((s) => s.id === id)?.needsRoom)
              form.setFieldValue("roomId", null);
          }}
        />
        <SlotFields
          values={values}
          inputProps={form.getInputProps}
          day={day}
          formatter={formatter}
          durationMin={service?.durationMin ?? null}
          needsRoom={service ? service.needsRoom : null}
          size={size}
        />
        <Textarea
          size={size}
          label="Notes"
          placeholder="Anything the practitioner should know (optional)"
          autosize
          minRows={2}
          maxRows={5}
          maxLength={2000}
          {...form.getInputProps("notes")}
        />
        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" size={size} onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" size={size} loading={book.isPending}>
            Book appointment
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
