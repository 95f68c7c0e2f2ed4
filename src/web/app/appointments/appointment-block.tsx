import { Badge } from "@mantine/core";
import type { CSSProperties } from "react";
import type { Formatter } from "../../../domain/time/format.ts";
import type { Appointment } from "../../../shared/contracts/appointments.ts";
import classes from "./appointment-block.module.css";
import grid from "./day-grid.module.css";
import { clip, type DayFrame, minuteOf, type PlacedAppointment } from "./day-layout.ts";
import { statusInfo } from "./status.ts";

interface BlockProps {
  placed: PlacedAppointment;
  frame: DayFrame;
  formatter: Formatter;
  onOpen: (appointment: Appointment) => void;
}

const lanePosition = (lane: number, lanes: number) => ({
  left: `calc(${(lane / lanes) * 100}% + 4px)`,
  width: `calc(${100 / lanes}% - 8px)`,
});

const vertical = (start: number, end: number) => ({
  top: `calc(var(--ppm) * ${start})`,
  height: `calc(var(--ppm) * ${end - start})`,
});

/** The lighter band of preparation and clean-up time around an appointment. */
export function BufferBand({ placed, frame }: Pick<BlockProps, "placed" | "frame">) {
  const a = placed.appointment;
  if (a.status === "cancelled" || (a.busyFrom === a.startsAt && a.busyTo === a.endsAt)) return null;
  const span = clip(frame, { start: minuteOf(frame, a.busyFrom), end: minuteOf(frame, a.busyTo) });
  if (!span) return null;
  const style = {
    "--c": a.service.colour,
    ...vertical(span.start, span.end),
    ...lanePosition(placed.lane, placed.lanes),
  } as CSSProperties;
  return <div className={grid.buffer} style={style} aria-hidden="true" />;
}

/** One appointment, placed by its time in the location's day and coloured by its service. */
export function AppointmentBlock({ placed, frame, formatter, onOpen }: BlockProps) {
  const a = placed.appointment;
  const startMs = Date.parse(a.startsAt);
  const endMs = Date.parse(a.endsAt);
  const span = clip(frame, { start: minuteOf(frame, startMs), end: minuteOf(frame, endMs) });
  if (!span) return null;
  const compact = span.end - span.start < 30;
  const status = statusInfo[a.status];
  const time = formatter.timeRange(startMs, endMs);
  const meta = [a.service.name, a.room?.name].filter(Boolean).join(" · ");
  const style = {
    "--c": a.status === "cancelled" ? "var(--mantine-color-slate-4)" : a.service.colour,
    ...vertical(span.start, span.end),
    ...lanePosition(placed.lane, placed.lanes),
  } as CSSProperties;
  const label = [
    time,
    a.client.name,
    a.service.name,
    a.room?.name,
    a.status !== "booked" && status.label,
  ]
    .filter(Boolean)
    .join(", ");

  return (
    <button
      type="button"
      className={classes.block}
      style={style}
      data-status={a.status}
      data-compact={compact || undefined}
      aria-label={label}
      aria-haspopup="dialog"
      onClick={() => onOpen(a)}
    >
      {compact ? (
        <>
          <span className={classes.time}>{formatter.time(startMs)}</span>
          <span className={classes.client}>{a.client.name}</span>
        </>
      ) : (
        <>
          <span className={classes.top}>
            <span className={classes.time}>{time}</span>
            {a.status !== "booked" && (
              <Badge size="xs" variant="light" color={status.colour} style={{ flex: "none" }}>
                {status.label}
              </Badge>
            )}
          </span>
          <span className={classes.client}>{a.client.name}</span>
          {span.end - span.start >= 44 && <span className={classes.meta}>{meta}</span>}
          {span.end - span.start >= 75 && a.notes && (
            <span className={classes.meta}>{a.notes}</span>
          )}
        </>
      )}
    </button>
  );
}
