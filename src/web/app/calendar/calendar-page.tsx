import { Alert, Badge, Button, Group, Skeleton } from "@mantine/core";
import { useLocalStorage } from "@mantine/hooks";
import { IconAlertTriangle, IconPlus, IconUserCheck } from "@tabler/icons-react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useMemo, useState } from "react";
import type { SlotInfo } from "react-big-calendar";
import { addDays, epochToLocal } from "../../../domain/time/zoned.ts";
import type { Appointment } from "../../../shared/contracts/appointments.ts";
import { PageHeader } from "../../components/page-header.tsx";
import { QueryError } from "../../components/route-states.tsx";
import { useFormatter } from "../../lib/format.ts";
import { isManager, useMe } from "../../lib/use-me.ts";
import { AppointmentDrawer } from "../appointments/appointment-drawer.tsx";
import { type BookingDraft, BookingModal } from "../appointments/booking-modal.tsx";
import { CancelModal } from "../appointments/cancel-modal.tsx";
import { clientName, clientQuery } from "../clients/clients-api.ts";
import { calendarQuery } from "./calendar-api.ts";
import { CalendarDescription, calendarHeading, newDraft } from "./calendar-heading.tsx";
import {
  type CalendarEvent,
  dayViewFor,
  eventsFor,
  rangeFor,
  resourcesFor,
  slotDraft,
} from "./calendar-model.ts";
import {
  CalendarSkeleton,
  ClosedDay,
  EmptyDayNote,
  NoPractitioners,
  NoRooms,
} from "./calendar-states.tsx";
import { CalendarToolbar } from "./calendar-toolbar.tsx";
import { ReflowModal } from "./reflow-modal.tsx";
import { StaffCalendar } from "./staff-calendar.tsx";
import { useCalendarParams } from "./use-calendar-params.ts";
import { useDropMove } from "./use-drop-move.ts";

/** The staff calendar: a day with a column per practitioner or room, or one or two weeks. */
export function CalendarPage() {
  const me = useMe();
  const queryClient = useQueryClient();
  const [zone, setZone] = useState(me.clinic.timeZone);
  const params = useCalendarParams(zone);
  const { date, mode, grouping, locationId, clientId } = params;
  const focus = mode === "day" ? null : params.focus;
  const range = rangeFor(mode, date);
  const calendar = useQuery(calendarQuery(range.from, range.days, locationId));
  const view = calendar.data;
  if (view && view.location.timeZone !== zone) setZone(view.location.timeZone);
  const formatter = useFormatter(view?.location.timeZone ?? zone);
  const presetClient = useQuery({ ...clientQuery(clientId ?? ""), enabled: Boolean(clientId) });

  const [showCancelled, setShowCancelled] = useLocalStorage({
    key: "stipple.appointments.show-cancelled",
    defaultValue: false,
  });
  const [draft, setDraft] = useState<BookingDraft | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [cancelling, setCancelling] = useState<Appointment | null>(null);
  const drop = useDropMove(grouping, formatter);

  const events = useMemo(() => {
    if (!view) return [];
    const list = eventsFor(view, { grouping, showCancelled, focus });
    const moving = drop.pending;
    const current = moving && view.appointments.find((a) => a.id === moving.id);
    // Once the calendar holds the moved appointment's new version, it shows it itself.
    if (!moving || current?.version !== moving.appointment.version) return list;
    return list.map((e) => (e.id === moving.id ? moving : e));
  }, [view, grouping, showCancelled, focus, drop.pending]);

  const selected = view?.appointments.find((a) => a.id === selectedId) ?? null;
  const dateOf = (a: Appointment) => epochToLocal(Date.parse(a.startsAt), a.location.timeZone).date;
  const selectedDay = selected ? dateOf(selected) : null;
  const formDay = selectedDay ?? draft?.date ?? date;
  const dayView = useMemo(() => (view ? dayViewFor(view, formDay) : null), [view, formDay]);
  const live = view?.appointments.filter((a) => a.status !== "cancelled") ?? [];
  const cancelledCount = (view?.appointments.length ?? 0) - live.length;
  const today = view ? epochToLocal(Date.now(), view.location.timeZone).date : params.today;
  const shownDay = mode === "day" ? view?.days.find((d) => d.date === date) : undefined;

  const onSlot = useCallback(
    (slot: SlotInfo) => {
      if (view) setDraft(slotDraft(view, { grouping, focus }, slot.start, slot.resourceId));
    },
    [view, grouping, focus],
  );
  const onOpen = useCallback((event: CalendarEvent) => setSelectedId(event.id), []);
  const followTo = (a: Appointment) => {
    const target = dateOf(a);
    const shown = rangeFor(mode, date);
    if (target < shown.from || target > addDays(shown.from, shown.days - 1)) params.setDate(target);
  };
  const prefetch = (target: string) => {
    const next = rangeFor(mode, target);
    void queryClient.prefetchQuery(calendarQuery(next.from, next.days, locationId));
  };
  const openNew = () => view && setDraft(newDraft(view, date, mode, Date.now()));
  const preset = clientId
    ? { clientId, name: presetClient.data ? clientName(presetClient.data) : undefined }
    : undefined;
  const heading = calendarHeading(mode, date, range, formatter);

  return (
    <>
      <PageHeader
        title={
          <Group gap="sm" component="span">
            {heading}
            {mode === "day" && date === today && (
              <Badge variant="light" size="lg" radius="sm">
                Today
              </Badge>
            )}
          </Group>
        }
        description={
          view ? (
            <CalendarDescription view={view} mode={mode} formatter={formatter} />
          ) : (
            <Skeleton h={14} w={220} mt={4} />
          )
        }
        actions={
          <Button size="md" leftSection={<IconPlus size={18} />} onClick={openNew} disabled={!view}>
            New appointment
          </Button>
        }
      />
      <CalendarToolbar
        date={date}
        today={today}
        mode={mode}
        grouping={grouping}
        focus={focus}
        focusOptions={view ? resourcesFor(view, grouping) : []}
        locations={view?.locations ?? []}
        locationId={view?.location.id ?? locationId}
        showCancelled={showCancelled}
        cancelledCount={cancelledCount}
        onDate={(next) => {
          setSelectedId(null);
          params.setDate(next);
        }}
        onMode={params.setMode}
        onGrouping={params.setGrouping}
        onFocus={params.setFocus}
        onLocation={params.setLocation}
        onShowCancelled={setShowCancelled}
        onPrefetch={prefetch}
      />
      {clientId && (
        <Alert
          color="brand"
          variant="light"
          mb="md"
          icon={<IconUserCheck size={18} aria-hidden="true" />}
          title={
            presetClient.data
              ? `Booking for ${clientName(presetClient.data)}`
              : "Booking for a client"
          }
          withCloseButton
          closeButtonLabel="Stop booking for this client"
          onClose={params.clearClient}
        >
          Click a free time in the calendar, or use New appointment.
        </Alert>
      )}

      {calendar.isPending ? (
        <CalendarSkeleton />
      ) : calendar.isError ? (
        <QueryError
          error={calendar.error}
          onRetry={() => void calendar.refetch()}
          title="Could not load the calendar"
        />
      ) : view && view.practitioners.length === 0 ? (
        <NoPractitioners manager={isManager(me.member.role)} />
      ) : view &&
        mode === "day" &&
        grouping === "room" &&
        resourcesFor(view, "room").length === 0 ? (
        <NoRooms
          manager={isManager(me.member.role)}
          onPractitioners={() => params.setGrouping("practitioner")}
        />
      ) : view && shownDay?.closed && live.length === 0 && !calendar.isPlaceholderData ? (
        <ClosedDay
          title={shownDay.reason ? `Closed — ${shownDay.reason}` : "Closed"}
          description={`${view.location.name} is closed on ${heading}. Pick another day to book.`}
          onNext={() => params.setDate(addDays(date, 1))}
        />
      ) : view ? (
        <>
          {shownDay?.closed && (
            <Alert color="orange" variant="light" mb="md" icon={<IconAlertTriangle size={18} />}>
              {view.location.name} is closed this day, but these appointments are still booked.
            </Alert>
          )}
          {mode === "day" && live.length === 0 && !shownDay?.closed && (
            <EmptyDayNote onNew={openNew} />
          )}
          <StaffCalendar
            view={view}
            events={events}
            date={date}
            mode={mode}
            grouping={grouping}
            focus={focus}
            formatter={formatter}
            loading={calendar.isPlaceholderData}
            label={`Appointments at ${view.location.name}, ${heading}`}
            onSlot={onSlot}
            onOpen={onOpen}
            onDrop={drop.onDrop}
          />
        </>
      ) : null}

      {view && dayView && (
        <>
          <BookingModal
            draft={draft}
            onClose={() => setDraft(null)}
            view={dayView}
            locationKey={locationId}
            formatter={formatter}
            preset={preset}
            onBooked={(a) => {
              followTo(a);
              if (clientId) params.clearClient();
            }}
          />
          <AppointmentDrawer
            appointment={selected}
            view={dayView}
            locationKey={locationId}
            formatter={formatter}
            onClose={() => setSelectedId(null)}
            onCancel={setCancelling}
            onMoved={(a) => {
              setSelectedId(null);
              followTo(a);
            }}
          />
          <CancelModal
            appointment={cancelling}
            formatter={formatter}
            onClose={() => setCancelling(null)}
            onCancelled={() => {
              setCancelling(null);
              setSelectedId(null);
            }}
          />
          <ReflowModal
            choice={drop.reflow}
            formatter={formatter}
            busy={drop.busy}
            onConfirm={drop.confirm}
            onCancel={drop.cancel}
          />
        </>
      )}
    </>
  );
}
