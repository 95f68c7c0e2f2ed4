import { Group, Text } from "@mantine/core";
import {
  type CSSProperties,
  type KeyboardEvent,
  useEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import type { Formatter } from "../../../domain/time/format.ts";
import type { Appointment, DayView } from "../../../shared/contracts/appointments.ts";
import { DayColumn } from "./day-column.tsx";
import classes from "./day-grid.module.css";
import { type DayFrame, minuteOf, placeInLanes, slotsOf, zoneName } from "./day-layout.ts";

interface DayGridProps {
  view: DayView;
  frame: DayFrame;
  formatter: Formatter;
  showCancelled: boolean;
  /** The current time, or null when the day shown is not today. */
  now: number | null;
  label: string;
  onSlot: (practitionerId: string, startMs: number) => void;
  onOpen: (appointment: Appointment) => void;
}

/** Column and row steps per key; ±Infinity means the first or last row. */
const keyMoves: Record<string, [number, number]> = {
  ArrowDown: [0, 1],
  ArrowUp: [0, -1],
  ArrowRight: [1, 0],
  ArrowLeft: [-1, 0],
  PageDown: [0, 4],
  PageUp: [0, -4],
  Home: [0, Number.NEGATIVE_INFINITY],
  End: [0, Number.POSITIVE_INFINITY],
};

/**
 * The day as a grid: a time axis and a column per practitioner. Tab reaches the grid once; arrow
 * keys move between quarter-hours and practitioners, Enter books; appointments are buttons.
 */
export function DayGrid(props: DayGridProps) {
  const { view, frame, formatter, showCancelled, now, label, onSlot, onOpen } = props;
  const scroller = useRef<HTMLElement>(null);
  const slots = useMemo(() => slotsOf(frame, formatter), [frame, formatter]);
  const minutes = frame.to - frame.from;
  const nowMinute =
    now !== null && inFrame(frame, minuteOf(frame, now)) ? minuteOf(frame, now) : null;

  const byPractitioner = useMemo(() => {
    const visible = view.appointments.filter((a) => showCancelled || a.status !== "cancelled");
    return new Map(
      view.practitioners.map((p) => [
        p.id,
        placeInLanes(visible.filter((a) => a.practitioner.id === p.id)),
      ]),
    );
  }, [view, showCancelled]);

  // The slot that Tab lands on: opening time at first, then wherever the arrow keys left it.
  const openingRow = useMemo(() => {
    const opens = view.hours.intervals[0];
    const row = opens ? Math.floor((minuteOf(frame, opens.start) - frame.from) / 15) : 0;
    return Math.min(Math.max(0, row), slots.length - 1);
  }, [view.hours.intervals, frame, slots.length]);
  const [cursor, setCursor] = useState({ col: 0, row: openingRow });
  useEffect(() => setCursor({ col: 0, row: openingRow }), [openingRow]);

  // A new day opens at its start, or around now on today.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the day or location changes
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const height = el.querySelector<HTMLElement>("[data-practitioner]")?.offsetHeight ?? 0;
    const top =
      nowMinute === null ? 0 : ((nowMinute - frame.from) / minutes) * height - el.clientHeight / 3;
    el.scrollTo({ top: Math.max(0, top) });
  }, [view.date, view.location.id]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    if (target.dataset.row === undefined) return;
    const cols = view.practitioners.length;
    const move = keyMoves[event.key];
    if (!move) return;
    event.preventDefault();
    const [dCol, dRow] = move;
    const col = Math.min(Math.max(0, Number(target.dataset.col) + dCol), cols - 1);
    const row = Math.min(Math.max(0, Number(target.dataset.row) + dRow), slots.length - 1);
    setCursor({ col, row });
    scroller.current
      ?.querySelector<HTMLElement>(`[data-col="${col}"][data-row="${row}"]`)
      ?.focus({ preventScroll: false });
  };

  const style = { "--cols": view.practitioners.length, "--minutes": minutes } as CSSProperties;

  return (
    <section ref={scroller} className={classes.scroller} style={style} aria-label={label}>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: arrow keys move between slot buttons */}
      <div className={classes.grid} onKeyDown={onKeyDown}>
        <div className={classes.corner}>
          <abbr title={`Times in ${formatter.timeZone}`}>{zoneName(frame, formatter)}</abbr>
        </div>
        {view.practitioners.map((p) => (
          <div key={p.id} className={classes.header}>
            <Group gap={8} wrap="nowrap" miw={0}>
              <span
                className={classes.dot}
                style={{ "--c": p.colour } as CSSProperties}
                aria-hidden="true"
              />
              <Text fw={600} size="sm" truncate>
                {p.name}
              </Text>
            </Group>
            <Text size="xs" c="dimmed" className="tabular" truncate>
              {p.working.length === 0
                ? "Not working"
                : p.working
                    .map((w) => formatter.timeRange(Date.parse(w.start), Date.parse(w.end)))
                    .join(", ")}
            </Text>
          </div>
        ))}
        <div className={classes.axis} aria-hidden="true">
          {slots.map((slot) =>
            slot.hour ? (
              <span
                key={slot.minute}
                className={classes.hourLabel}
                style={{ top: `calc(var(--ppm) * ${slot.minute - frame.from})` }}
                data-first={slot.minute === frame.from || undefined}
              >
                {slot.label}
              </span>
            ) : null,
          )}
          {nowMinute !== null && now !== null && (
            <span
              className={classes.nowLabel}
              style={{ top: `calc(var(--ppm) * ${nowMinute - frame.from})` }}
            >
              {formatter.time(now)}
            </span>
          )}
        </div>
        {view.practitioners.map((p, col) => (
          <DayColumn
            key={p.id}
            col={col}
            practitioner={p}
            frame={frame}
            slots={slots}
            placed={byPractitioner.get(p.id) ?? []}
            formatter={formatter}
            tabRow={cursor.col === col ? cursor.row : -1}
            nowMinute={nowMinute}
            onSlot={onSlot}
            onOpen={onOpen}
          />
        ))}
      </div>
    </section>
  );
}

function inFrame(frame: DayFrame, minute: number) {
  return minute >= frame.from && minute <= frame.to;
}
