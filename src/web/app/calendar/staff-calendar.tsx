import "react-big-calendar/lib/css/react-big-calendar.css";
import "react-big-calendar/lib/addons/dragAndDrop/styles.css";
import {
  type CSSProperties,
  type KeyboardEvent,
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import type { Components, SlotInfo, View } from "react-big-calendar";
import withDragAndDrop, {
  type EventInteractionArgs,
} from "react-big-calendar/lib/addons/dragAndDrop";
import Calendar from "react-big-calendar/lib/Calendar";
import type { Formatter } from "../../../domain/time/format.ts";
import type { CalendarView } from "../../../shared/contracts/calendar.ts";
import classes from "./calendar.module.css";
import { createCalendarLocalizer } from "./calendar-localizer.ts";
import {
  type CalendarEvent,
  type CalendarMode,
  type CalendarResource,
  type Grouping,
  offTimeTest,
  resourcesFor,
  windowDates,
} from "./calendar-model.ts";
import { DayHeader, EventContent, ResourceHeader, ZoneCorner } from "./calendar-parts.tsx";
import { FortnightView } from "./fortnight-view.tsx";
import { calendarDateOf, toCalendarDate } from "./location-time.ts";

const DragAndDropCalendar = withDragAndDrop<CalendarEvent, CalendarResource>(Calendar);

// The library knows day, week and work_week; the two-week grid takes the work_week slot.
const libraryView: Record<CalendarMode, View> = {
  day: "day",
  week: "week",
  fortnight: "work_week",
};
const views = { day: true, week: true, work_week: FortnightView };
const noop = () => undefined;

interface StaffCalendarProps {
  view: CalendarView;
  events: CalendarEvent[];
  date: string;
  mode: CalendarMode;
  grouping: Grouping;
  focus: string | null;
  formatter: Formatter;
  loading: boolean;
  label: string;
  onSlot: (slot: SlotInfo) => void;
  onOpen: (event: CalendarEvent) => void;
  onDrop: (args: EventInteractionArgs<CalendarEvent>) => void;
}

/**
 * react-big-calendar showing the location's clock: practitioner or room columns in the day view,
 * one column per day in the week views. Appointments are dragged to move them (never resized);
 * Enter on a focused appointment opens it.
 */
export function StaffCalendar(props: StaffCalendarProps) {
  const { view, events, date, mode, grouping, focus, formatter, loading } = props;
  const { onSlot, onOpen, onDrop } = props;
  const zone = formatter.timeZone;
  const localizer = useMemo(() => createCalendarLocalizer(formatter), [formatter]);
  const { min, max } = useMemo(() => windowDates(view, date), [view, date]);
  const resources = useMemo(
    () => (mode === "day" ? resourcesFor(view, grouping) : undefined),
    [view, mode, grouping],
  );
  const isOff = useMemo(() => offTimeTest(view, { grouping, focus }), [view, grouping, focus]);

  const components = useMemo((): Components<CalendarEvent, CalendarResource> => {
    const event = ({ event }: { event: CalendarEvent }) => (
      <EventContent
        event={event}
        formatter={formatter}
        showPractitioner={mode !== "day" || grouping === "room"}
        rowPx={mode === "day" ? 20 : 16}
      />
    );
    const header = (header: Parameters<typeof DayHeader>[0]["header"]) => (
      <DayHeader header={header} view={view} />
    );
    return {
      event,
      week: { header },
      work_week: { header },
      resourceHeader: (header) => (
        <ResourceHeader header={header} view={view} formatter={formatter} />
      ),
      timeGutterHeader: () => <ZoneCorner view={view} formatter={formatter} />,
    };
  }, [formatter, mode, grouping, view]);

  const eventPropGetter = useCallback((event: CalendarEvent) => {
    const a = event.appointment;
    const cancelled = a.status === "cancelled";
    return {
      className: [cancelled && classes.cancelled, event.pending && classes.pending]
        .filter(Boolean)
        .join(" "),
      style: {
        "--c": cancelled ? "var(--mantine-color-slate-4)" : a.service.colour,
      } as CSSProperties,
    };
  }, []);
  const slotPropGetter = useCallback(
    (slot: Date, resourceId?: string | number) =>
      isOff(slot, resourceId) ? { className: classes.off } : {},
    [isOff],
  );
  const onKeyPressEvent = useCallback(
    (event: CalendarEvent, e: React.SyntheticEvent<HTMLElement>) => {
      const key = (e as KeyboardEvent<HTMLElement>).key;
      if (key === "Enter" || key === " ") {
        e.preventDefault();
        onOpen(event);
      }
    },
    [onOpen],
  );
  const now = useCallback(() => toCalendarDate(Date.now(), zone), [zone]);
  const fill = useFillHeight();

  return (
    <section
      ref={fill.ref}
      style={fill.style}
      className={classes.root}
      aria-label={props.label}
      aria-busy={loading || undefined}
      data-loading={loading || undefined}
      data-mode={mode}
    >
      <DragAndDropCalendar
        localizer={localizer}
        culture={formatter.locale}
        date={calendarDateOf(date)}
        view={libraryView[mode]}
        views={views}
        onNavigate={noop}
        onView={noop}
        toolbar={false}
        events={events}
        startAccessor="start"
        endAccessor="end"
        titleAccessor={(e) => e.appointment.client.name}
        tooltipAccessor={null}
        resourceAccessor="resourceId"
        resources={resources}
        resourceIdAccessor="id"
        resourceTitleAccessor="title"
        min={min}
        max={max}
        scrollToTime={min}
        step={15}
        timeslots={4}
        getNow={now}
        dayLayoutAlgorithm="no-overlap"
        components={components}
        eventPropGetter={eventPropGetter}
        slotPropGetter={slotPropGetter}
        selectable
        onSelectSlot={onSlot}
        onSelectEvent={onOpen}
        onKeyPressEvent={onKeyPressEvent}
        draggableAccessor={(e) => e.appointment.status === "booked" && !e.pending}
        resizable={false}
        onEventDrop={onDrop}
        showMultiDayTimes
      />
    </section>
  );
}

/**
 * The height from the element's top (in the page) to the bottom of the window, less a margin, so
 * the calendar fills the first screen whatever sits above it; measured after each render and on
 * resize.
 */
function useFillHeight() {
  const ref = useRef<HTMLElement>(null);
  const [height, setHeight] = useState<number | null>(null);
  const measure = useCallback(() => {
    const el = ref.current;
    if (!el) return;
    const top = el.getBoundingClientRect().top + window.scrollY;
    const next = Math.round(window.innerHeight - top - 24);
    setHeight((current) => (current !== null && Math.abs(current - next) < 2 ? current : next));
  }, []);
  useLayoutEffect(measure);
  useLayoutEffect(() => {
    window.addEventListener("resize", measure);
    return () => window.removeEventListener("resize", measure);
  }, [measure]);
  return {
    ref,
    style: height ? ({ "--fill-height": `${height}px` } as CSSProperties) : undefined,
  };
}
