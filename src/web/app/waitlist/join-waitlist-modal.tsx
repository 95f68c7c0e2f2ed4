import { Button, Group, Modal, Select, Stack, Textarea } from "@mantine/core";
import { DatePickerInput } from "@mantine/dates";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { IconCalendar } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { addDays } from "../../../domain/time/zoned.ts";
import type { WaitlistView } from "../../../shared/contracts/waitlist.ts";
import { useFormatter } from "../../lib/format.ts";
import { ClientPicker } from "../appointments/client-picker.tsx";
import { type FormProblem, FormProblemAlert, formProblem } from "../appointments/form-problem.tsx";
import { clientAppointmentsQuery } from "../clients/clients-api.ts";
import { useClinicToday } from "../consultations/use-clinic-today.ts";
import { calendarLabels } from "../settings/common/calendar-labels.ts";
import { useJoinWaitlist } from "./waitlist-api.ts";

const ANY = "any";
const NEW = "new";

interface JoinValues {
  clientId: string | null;
  serviceId: string | null;
  practitionerId: string;
  appointmentId: string;
  dates: [string | null, string | null];
  notes: string;
}

interface JoinWaitlistModalProps {
  opened: boolean;
  onClose: () => void;
  view: WaitlistView;
}

/** "Add to waitlist": who, for what, with whom, which dates, and the appointment to bring forward. */
export function JoinWaitlistModal({ opened, onClose, view }: JoinWaitlistModalProps) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title="Add to waitlist"
      size="lg"
      styles={{ title: { fontWeight: 650, fontSize: "var(--mantine-font-size-lg)" } }}
      closeButtonProps={{ "aria-label": "Close" }}
    >
      {opened && <JoinForm onClose={onClose} view={view} />}
    </Modal>
  );
}

function JoinForm({ onClose, view }: Omit<JoinWaitlistModalProps, "opened">) {
  const today = useClinicToday();
  const join = useJoinWaitlist();
  const fmt = useFormatter(view.location.timeZone);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const form = useForm<JoinValues>({
    initialValues: {
      clientId: null,
      serviceId: null,
      practitionerId: ANY,
      appointmentId: NEW,
      dates: [today, addDays(today, 28)],
      notes: "",
    },
    validate: {
      clientId: (v) => (v ? null : "Choose a client"),
      serviceId: (v) => (v ? null : "Choose a service"),
      dates: ([from, to]) =>
        from && to ? null : "Choose the first and last date the client can come",
    },
  });
  const values = form.getValues();
  const appointments = useQuery({
    ...clientAppointmentsQuery(values.clientId ?? ""),
    enabled: values.clientId !== null,
  });
  // Upcoming bookings at this location that an earlier date could replace.
  const movable = useMemo(
    () =>
      (appointments.data?.items ?? []).filter(
        (a) =>
          a.status === "booked" &&
          a.location.id === view.location.id &&
          Date.parse(a.startsAt) > Date.now(),
      ),
    [appointments.data, view.location.id],
  );

  const submit = form.onSubmit((v) => {
    setProblem(null);
    const [earliestDate, latestDate] = v.dates;
    if (!v.clientId || !v.serviceId || !earliestDate || !latestDate) return;
    join.mutate(
      {
        clientId: v.clientId,
        locationId: view.location.id,
        serviceId: v.serviceId,
        practitionerId: v.practitionerId === ANY ? null : v.practitionerId,
        appointmentId: v.appointmentId === NEW ? null : v.appointmentId,
        earliestDate,
        latestDate,
        notes: v.notes.trim() || undefined,
      },
      {
        onSuccess: (entry) => {
          notifications.show({
            color: "green",
            title: "Added to the waitlist",
            message: `${entry.client.name} is number ${entry.position ?? "–"} in the queue for ${entry.service.name}.`,
          });
          onClose();
        },
        onError: (error) => {
          // The API names the dates separately; the form asks for them as one range.
          const mapped = {
            getValues: () => ({ ...form.getValues(), earliestDate: null, latestDate: null }),
            setErrors: ({ earliestDate, latestDate, ...rest }: Record<string, React.ReactNode>) =>
              form.setErrors({
                ...rest,
                ...(earliestDate || latestDate ? { dates: latestDate ?? earliestDate } : {}),
              }),
          };
          setProblem(formProblem(mapped, error, "Can't add to the waitlist"));
        },
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormProblemAlert problem={problem} />
        <ClientPicker
          value={values.clientId}
          onChange={(id) => {
            form.setFieldValue("clientId", id);
            form.setFieldValue("appointmentId", NEW);
          }}
          autoFocus
          error={form.errors.clientId}
        />
        {movable.length > 0 && (
          <Select
            label="Appointment to bring forward"
            description="Choose one to move it earlier instead of booking another"
            allowDeselect={false}
            data={[
              { value: NEW, label: "None: book a new appointment" },
              ...movable.map((a) => ({
                value: a.id,
                label: `${a.service.name}, ${fmt.weekdayDate(Date.parse(a.startsAt))} ${fmt.time(Date.parse(a.startsAt))} with ${a.practitioner.name}`,
              })),
            ]}
            {...form.getInputProps("appointmentId")}
            onChange={(id) => {
              form.setFieldValue("appointmentId", id ?? NEW);
              const chosen = movable.find((a) => a.id === id);
              if (chosen) form.setFieldValue("serviceId", chosen.service.id);
            }}
          />
        )}
        <Select
          label="Service"
          withAsterisk
          placeholder="Choose a service"
          allowDeselect={false}
          disabled={values.appointmentId !== NEW}
          data={view.services.map((s) => ({
            value: s.id,
            label: `${s.name} · ${s.durationMin} min`,
          }))}
          {...form.getInputProps("serviceId")}
        />
        <Select
          label="Practitioner"
          allowDeselect={false}
          data={[
            { value: ANY, label: "Any practitioner" },
            ...view.practitioners.map((p) => ({ value: p.id, label: p.name })),
          ]}
          {...form.getInputProps("practitionerId")}
        />
        <DatePickerInput
          type="range"
          label="Dates the client can come"
          description={`At ${view.location.name}; the first and last date, both included`}
          withAsterisk
          valueFormat="DD/MM/YYYY"
          minDate={today}
          allowSingleDateInRange
          ariaLabels={calendarLabels}
          leftSection={<IconCalendar size={16} aria-hidden="true" />}
          className="tabular"
          popoverProps={{ withinPortal: true }}
          {...form.getInputProps("dates")}
        />
        <Textarea
          label="Notes"
          placeholder="Times that suit, how to reach them (optional)"
          autosize
          minRows={2}
          maxRows={5}
          maxLength={1000}
          {...form.getInputProps("notes")}
        />
        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={join.isPending}>
            Add to waitlist
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
