import { Card, EmptyState, Skeleton, Stack, Text, TextInput, Title } from "@mantine/core";
import { IconMessageOff } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import type { ClientMessage } from "../../../shared/contracts/messaging.ts";
import { ConfirmDialog } from "../../components/confirm-dialog.tsx";
import { QueryError } from "../../components/route-states.tsx";
import { formatterFor, useFormatter } from "../../lib/format.ts";
import { useMe } from "../../lib/use-me.ts";
import { notifyFailed, notifySaved } from "../settings/common/notify.ts";
import { ClientMessageItem, messageTitle } from "./client-message-item.tsx";
import { clientMessagesQuery, useCancelMessage, useResendMessage } from "./client-messages-api.ts";
import { type ClientAppointment, clientAppointmentsQuery } from "./clients-api.ts";

interface Group {
  key: string;
  appointment: ClientAppointment | null;
  items: ClientMessage[];
}

/** Messages grouped by the appointment they are about, in the order the API gives them. */
function groupByAppointment(items: ClientMessage[], appointments: ClientAppointment[]): Group[] {
  const byId = new Map(appointments.map((a) => [a.id, a]));
  const groups = new Map<string, Group>();
  for (const m of items) {
    const key = m.appointmentId ?? "none";
    let group = groups.get(key);
    if (!group) {
      group = {
        key,
        appointment: m.appointmentId ? (byId.get(m.appointmentId) ?? null) : null,
        items: [],
      };
      groups.set(key, group);
    }
    group.items.push(m);
  }
  return [...groups.values()];
}

/** The client page's message timeline: what is planned and what was sent, per appointment. */
export function ClientMessagesCard({ clientId }: { clientId: string }) {
  const me = useMe();
  const messages = useQuery(clientMessagesQuery(clientId));
  const appointments = useQuery(clientAppointmentsQuery(clientId));
  const clinicFmt = useFormatter();
  const cancel = useCancelMessage(clientId);
  const resend = useResendMessage(clientId);
  const [cancelling, setCancelling] = useState<ClientMessage | null>(null);
  const [reason, setReason] = useState("");
  const canResend = me.member.role !== "receptionist";
  const fmtFor = (a: ClientAppointment | null) =>
    a
      ? formatterFor({
          locale: me.clinic.locale,
          currency: me.clinic.currency,
          timeZone: a.location.timeZone,
        })
      : clinicFmt;

  const all = messages.data?.items ?? [];
  const upcoming = groupByAppointment(
    all.filter((m) => m.status === "scheduled" || m.status === "sending"),
    appointments.data?.items ?? [],
  );
  const past = groupByAppointment(
    all.filter((m) => m.status !== "scheduled" && m.status !== "sending"),
    appointments.data?.items ?? [],
  );

  const section = (title: string, groups: Group[]) =>
    groups.length > 0 && (
      <Stack gap="sm">
        <Title order={3} fz="sm" c="dimmed" tt="uppercase">
          {title}
        </Title>
        {groups.map((g) => {
          const fmt = fmtFor(g.appointment);
          return (
            <Stack key={g.key} gap={0}>
              <Text size="sm" fw={600} mb={4}>
                {g.appointment
                  ? `${g.appointment.service.name}, ${fmt.weekdayDateTime(Date.parse(g.appointment.startsAt))}`
                  : g.key === "none"
                    ? "Not about one appointment"
                    : "An earlier appointment"}
              </Text>
              {g.items.map((m) => (
                <ClientMessageItem
                  key={m.id}
                  message={m}
                  fmt={fmt}
                  canResend={canResend}
                  busy={
                    (cancel.isPending && cancel.variables?.id === m.id) ||
                    (resend.isPending && resend.variables === m.id)
                  }
                  onCancel={() => {
                    setReason("");
                    setCancelling(m);
                  }}
                  onResend={() =>
                    resend.mutate(m.id, {
                      onSuccess: () =>
                        notifySaved("Message queued again", "It will be sent again now."),
                      onError: (error) => notifyFailed("Could not resend the message", error),
                    })
                  }
                />
              ))}
            </Stack>
          );
        })}
      </Stack>
    );

  return (
    <Card component="section" aria-labelledby="client-messages-title">
      <Title order={2} fz="lg" id="client-messages-title" mb="md">
        Messages
      </Title>
      {messages.isPending ? (
        <Stack gap="sm" aria-busy="true" aria-label="Loading messages">
          <Skeleton h={48} />
          <Skeleton h={48} />
        </Stack>
      ) : messages.isError ? (
        <QueryError
          error={messages.error}
          onRetry={() => void messages.refetch()}
          title="Could not load messages"
        />
      ) : all.length === 0 ? (
        <EmptyState
          py="lg"
          size="sm"
          withIndicatorBackground
          icon={<IconMessageOff size={24} aria-hidden="true" />}
          title="No messages yet"
          description="Confirmations, reminders and aftercare messages appear here once an appointment is booked."
        />
      ) : (
        <Stack gap="lg">
          {section("Upcoming", upcoming)}
          {section("Sent and past", past)}
        </Stack>
      )}
      <ConfirmDialog
        opened={cancelling !== null}
        title="Cancel this message?"
        confirmLabel="Cancel message"
        destructive
        loading={cancel.isPending}
        onClose={() => setCancelling(null)}
        onConfirm={() =>
          cancelling &&
          cancel.mutate(
            { id: cancelling.id, reason },
            {
              onSuccess: () => notifySaved("Message cancelled", "It will not be sent."),
              onError: (error) => notifyFailed("Could not cancel the message", error),
              onSettled: () => setCancelling(null),
            },
          )
        }
      >
        <Stack gap="sm">
          <Text size="sm">
            {cancelling ? messageTitle(cancelling) : ""} will not be sent. This cannot be undone.
          </Text>
          <TextInput
            label="Reason (optional)"
            maxLength={200}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
        </Stack>
      </ConfirmDialog>
    </Card>
  );
}
