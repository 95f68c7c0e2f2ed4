import { Alert, Badge, Button, Group, Skeleton } from "@mantine/core";
import { useLocalStorage } from "@mantine/hooks";
import { IconAlertTriangle, IconClock, IconPlus, IconUserCheck } from "@tabler/icons-react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useMemo, useState } from "react";
import { addDays, epochToLocal } from "../../../domain/time/zoned.ts";
import type { Appointment, DayView } from "../../../shared/contracts/appointments.ts";
import { PageHeader } from "../../components/page-header.tsx";
import { QueryError } from "../../components/route-states.tsx";
import { useFormatter } from "../../lib/format.ts";
import { isManager, useMe } from "../../lib/use-me.ts";
import { clientName, clientQuery } from "../clients/clients-api.ts";
import { AppointmentDrawer } from "./appointment-drawer.tsx";
import { dayQuery } from "./appointments-api.ts";
import { type BookingDraft, BookingModal } from "./booking-modal.tsx";
import { CancelModal } from "./cancel-modal.tsx";
import { DayGrid } from "./day-grid.tsx";
import { dayFrame, localParts, longDate } from "./day-layout.ts";
import { ClosedDay, DayGridSkeleton, EmptyDayNote, NoPractitioners } from "./day-states.tsx";
import { DayToolbar } from "./day-toolbar.tsx";
import { useDayParams } from "./use-day-params.ts";
import { useNow } from "./use-now.ts";

/** The appointments calendar: one day at one location, a column per practitioner. */
export function AppointmentsPage() {
  const me = useMe();
  const queryClient = useQueryClient();
  const [zone, setZone] = useState(me.clinic.timeZone);
  const params = useDayParams(zone);
  const { date, locationId, clientId } = params;
  const day = useQuery(dayQuery(date, locationId));
  const view = day.data;
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
  const selected = view?.appointments.find((a) => a.id === selectedId) ?? null;

  const now = useNow(date === params.today);
  const isToday = view ? epochToLocal(now, view.location.timeZone).date === view.date : false;
  const frame = useMemo(() => (view ? dayFrame(view) : null), [view]);
  const live = view?.appointments.filter((a) => a.status !== "cancelled") ?? [];
  const cancelledCount = (view?.appointments.length ?? 0) - live.length;

  const goTo = (next: string) => {
    setSelectedId(null);
    params.setDate(next);
  };
  const prefetch = (next: string) => void queryClient.prefetchQuery(dayQuery(next, locationId));
  const onSlot = useCallback(
    (practitionerId: string, startMs: number) =>
      setDraft({ ...localParts(startMs, zone), practitionerId }),
    [zone],
  );
  const onOpen = useCallback((a: Appointment) => setSelectedId(a.id), []);
  const openNew = () => view && setDraft(newDraft(view, isToday ? now : null));
  const followTo = (a: Appointment) => {
    const target = epochToLocal(Date.parse(a.startsAt), a.location.timeZone).date;
    if (target !== date) params.setDate(target);
  };

  const heading = longDate(date, formatter);
  const preset = clientId
    ? { clientId, name: presetClient.data ? clientName(presetClient.data) : undefined }
    : undefined;

  return (
    <>
      <PageHeader
        title={
          <Group gap="sm" component="span">
            {heading}
            {isToday && (
              <Badge variant="light" size="lg" radius="sm">
                Today
              </Badge>
            )}
          </Group>
        }
        description={
          view ? (
            <HoursLine view={view} formatter={formatter} />
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
      <DayToolbar
        date={date}
        today={params.today}
        locations={view?.locations ?? []}
        locationId={view?.location.id ?? locationId}
        showCancelled={showCancelled}
        cancelledCount={cancelledCount}
        onDate={goTo}
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
          Choose a free time in a practitioner's column, or use New appointment.
        </Alert>
      )}

      {day.isPending ? (
        <DayGridSkeleton />
      ) : day.isError ? (
        <QueryError
          error={day.error}
          onRetry={() => void day.refetch()}
          title="Could not load this day"
        />
      ) : view && view.practitioners.length === 0 ? (
        <NoPractitioners manager={isManager(me.member.role)} />
      ) : view && !frame ? (
        <ClosedDay
          title={view.hours.reason ? `Closed — ${view.hours.reason}` : "Closed"}
          description={`${view.location.name} is closed on ${heading}. Pick another day to book.`}
          onNext={() => goTo(addDays(date, 1))}
        />
      ) : view && frame ? (
        <>
          {view.hours.closed && (
            <Alert color="orange" variant="light" mb="md" icon={<IconAlertTriangle size={18} />}>
              {view.location.name} is closed this day, but these appointments are still booked.
            </Alert>
          )}
          {live.length === 0 && !view.hours.closed && <EmptyDayNote onNew={openNew} />}
          <DayGrid
            view={view}
            frame={frame}
            formatter={formatter}
            showCancelled={showCancelled}
            now={isToday ? now : null}
            label={`Appointments at ${view.location.name}, ${heading}`}
            onSlot={onSlot}
            onOpen={onOpen}
          />
        </>
      ) : null}

      {view && (
        <>
          <BookingModal
            draft={draft}
            onClose={() => setDraft(null)}
            view={view}
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
            view={view}
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
        </>
      )}
    </>
  );
}

function HoursLine({
  view,
  formatter,
}: {
  view: DayView;
  formatter: ReturnType<typeof useFormatter>;
}) {
  const { hours } = view;
  const text = hours.closed
    ? `Closed${hours.reason ? ` — ${hours.reason}` : ""}`
    : `Open ${hours.intervals.map((i) => formatter.timeRange(Date.parse(i.start), Date.parse(i.end))).join(", ")}`;
  return (
    <Group gap={6} component="span" wrap="nowrap">
      <IconClock size={16} aria-hidden="true" />
      <span className="tabular">
        {view.location.name} · {text}
      </span>
    </Group>
  );
}

/** "New appointment" starts at the next quarter-hour today, or at opening time on other days. */
function newDraft(view: DayView, now: number | null): BookingDraft {
  const zone = view.location.timeZone;
  const opens = view.hours.intervals[0] ? Date.parse(view.hours.intervals[0].start) : null;
  const nextQuarter = now !== null ? Math.ceil(now / 900_000) * 900_000 : null;
  const start = Math.max(opens ?? 0, nextQuarter ?? 0) || null;
  const parts = start ? localParts(start, zone) : { date: view.date, time: "09:00" };
  const only = view.practitioners.length === 1 ? view.practitioners[0]?.id : undefined;
  return { date: parts.date, time: parts.time, practitionerId: only ?? null };
}
