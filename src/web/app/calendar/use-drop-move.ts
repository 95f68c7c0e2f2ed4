import { notifications } from "@mantine/notifications";
import { useState } from "react";
import type { EventInteractionArgs } from "react-big-calendar/lib/addons/dragAndDrop";
import type { Formatter } from "../../../domain/time/format.ts";
import type { Appointment } from "../../../shared/contracts/appointments.ts";
import type { MovePreview } from "../../../shared/contracts/scheduling.ts";
import { errorMessage } from "../../lib/api.ts";
import { useMoveAppointment } from "../appointments/appointments-api.ts";
import { useCourseMove, useMovePreview } from "./calendar-api.ts";
import { type CalendarEvent, dropChange, type Grouping, pendingEvent } from "./calendar-model.ts";

export type Change = ReturnType<typeof dropChange> & {};

/** A dropped course session whose later sessions would no longer fit their healing gaps. */
export interface ReflowChoice {
  event: CalendarEvent;
  change: Change;
  preview: MovePreview;
}

/**
 * Drag to move: every drop is checked first (POST move-preview) while the appointment shows where
 * it was dropped. A refusal snaps it back with the reason; a course session that breaks its gaps
 * waits for the person to choose in the re-flow dialog; anything else is saved at once.
 */
export function useDropMove(grouping: Grouping, formatter: Formatter) {
  const zone = formatter.timeZone;
  const preview = useMovePreview();
  const courseMove = useCourseMove();
  const move = useMoveAppointment();
  const [pending, setPending] = useState<CalendarEvent | null>(null);
  const [reflow, setReflow] = useState<ReflowChoice | null>(null);

  const refuse = (title: string, message: string) => {
    setPending(null);
    notifications.show({ color: "red", title, message, autoClose: 8000 });
  };
  const when = (a: Appointment) => {
    const start = Date.parse(a.startsAt);
    return `${formatter.weekdayDate(start)} ${formatter.timeRange(start, Date.parse(a.endsAt))}`;
  };

  const save = (event: CalendarEvent, change: Change, withReflow: boolean) => {
    const a = event.appointment;
    const input = { id: a.id, version: a.version, ...change };
    const failed = (error: unknown) => refuse("Can't move this appointment", errorMessage(error));
    if (!a.course) {
      move.mutate(input, {
        onSuccess: (moved) =>
          notifications.show({
            color: "green",
            title: "Appointment moved",
            message: `${moved.client.name}: now ${when(moved)} with ${moved.practitioner.name}`,
          }),
        onError: failed,
      });
      return;
    }
    courseMove.mutate(
      { ...input, reflow: withReflow },
      {
        onSuccess: ({ appointments }) => {
          setReflow(null);
          const moved = appointments.find((x) => x.id === a.id) ?? appointments[0];
          const others = appointments.length - 1;
          notifications.show({
            color: "green",
            title: others > 0 ? "Course re-arranged" : "Session moved",
            message: `${a.client.name}: session ${a.course?.session} now ${moved ? when(moved) : ""}${
              others > 0
                ? `, and ${others === 1 ? "1 later session" : `${others} later sessions`} moved to keep the healing gaps`
                : ""
            }`,
          });
        },
        onError: (error) => {
          setReflow(null);
          failed(error);
        },
      },
    );
  };

  const onDrop = ({ event, start, resourceId, isAllDay }: EventInteractionArgs<CalendarEvent>) => {
    if (isAllDay || preview.isPending || courseMove.isPending || move.isPending) return;
    const change = dropChange(event, new Date(start), resourceId, grouping, zone);
    if (!change) return;
    setPending(pendingEvent(event, change, zone));
    const a = event.appointment;
    preview.mutate(
      { id: a.id, version: a.version, ...change },
      {
        onSuccess: (result) => {
          if (!result.ok) {
            refuse("Can't move this appointment", result.problem ?? "This time is not available.");
          } else if (result.reflow?.needed) {
            setReflow({ event, change, preview: result });
          } else {
            save(event, change, false);
          }
        },
        onError: (error) => refuse("Can't move this appointment", errorMessage(error)),
      },
    );
  };

  return {
    onDrop,
    /** The dropped appointment where it was dropped, until the calendar has its new version. */
    pending,
    reflow,
    busy: courseMove.isPending,
    confirm: (withReflow: boolean) => reflow && save(reflow.event, reflow.change, withReflow),
    cancel: () => {
      setReflow(null);
      setPending(null);
    },
  };
}
