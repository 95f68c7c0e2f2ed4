import { memo } from "react";
import type { Formatter } from "../../../domain/time/format.ts";
import type { Appointment, DayView } from "../../../shared/contracts/appointments.ts";
import { AppointmentBlock, BufferBand } from "./appointment-block.tsx";
import classes from "./day-grid.module.css";
import { type DayFrame, instantAt, offTime, type PlacedAppointment } from "./day-layout.ts";

type Practitioner = DayView["practitioners"][number];

export interface Slot {
  minute: number;
  label: string;
  hour: boolean;
  half: boolean;
}

interface DayColumnProps {
  col: number;
  practitioner: Practitioner;
  frame: DayFrame;
  slots: Slot[];
  placed: PlacedAppointment[];
  formatter: Formatter;
  /** The slot (row) that takes Tab focus in this column, or -1 when another column has it. */
  tabRow: number;
  nowMinute: number | null;
  onSlot: (practitionerId: string, startMs: number) => void;
  onOpen: (appointment: Appointment) => void;
}

/** One practitioner's day: bookable quarter-hours, time off hatched, appointments on top. */
export const DayColumn = memo(function DayColumn(props: DayColumnProps) {
  const { col, practitioner, frame, slots, placed, formatter, tabRow, nowMinute, onSlot, onOpen } =
    props;
  const off = offTime(frame, practitioner.working);
  const isOff = (minute: number) => off.some((o) => minute >= o.start && minute < o.end);

  return (
    // biome-ignore lint/a11y/useSemanticElements: a column of buttons, not a form fieldset
    <div
      role="group"
      className={classes.column}
      aria-label={`${practitioner.name}'s appointments`}
      data-practitioner={practitioner.id}
    >
      {slots.map((slot, row) => (
        <button
          key={slot.minute}
          type="button"
          className={classes.slot}
          style={{ top: `calc(var(--ppm) * ${slot.minute - frame.from})` }}
          data-hour={slot.hour || undefined}
          data-half={slot.half || undefined}
          data-col={col}
          data-row={row}
          tabIndex={row === tabRow ? 0 : -1}
          aria-label={`Book with ${practitioner.name} at ${slot.label}${isOff(slot.minute) ? " (outside working hours)" : ""}`}
          onClick={() => onSlot(practitioner.id, instantAt(frame, slot.minute))}
        >
          <span aria-hidden="true">+ {slot.label}</span>
        </button>
      ))}
      {off.map((o) => (
        <div
          key={o.start}
          className={classes.off}
          style={{
            top: `calc(var(--ppm) * ${o.start - frame.from})`,
            height: `calc(var(--ppm) * ${o.end - o.start})`,
          }}
          aria-hidden="true"
        />
      ))}
      {placed.map((p) => (
        <BufferBand key={`buffer-${p.appointment.id}`} placed={p} frame={frame} />
      ))}
      {placed.map((p) => (
        <AppointmentBlock
          key={p.appointment.id}
          placed={p}
          frame={frame}
          formatter={formatter}
          onOpen={onOpen}
        />
      ))}
      {nowMinute !== null && (
        <div
          className={classes.now}
          data-first={col === 0 || undefined}
          style={{ top: `calc(var(--ppm) * ${nowMinute - frame.from})` }}
          aria-hidden="true"
        />
      )}
    </div>
  );
});
