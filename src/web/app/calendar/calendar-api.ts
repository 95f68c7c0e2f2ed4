import { keepPreviousData, queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import type { Appointment } from "../../../shared/contracts/appointments.ts";
import type { CalendarView } from "../../../shared/contracts/calendar.ts";
import type {
  CourseMoveInput,
  MovePreview,
  MovePreviewInput,
} from "../../../shared/contracts/scheduling.ts";
import { api, query } from "../../lib/api.ts";

/**
 * A range of days at one location. The key starts with "appointments" so every booking, move and
 * cancellation refreshes it; while another range loads, the last one stays on screen.
 */
export const calendarQuery = (from: string, days: number, locationId: string | undefined) =>
  queryOptions({
    queryKey: ["appointments", "calendar", { from, days, locationId: locationId ?? null }],
    queryFn: ({ signal }) =>
      api<CalendarView>("GET", `/calendar${query({ from, days, locationId })}`, undefined, {
        signal,
      }),
    placeholderData: keepPreviousData,
    // Reception screens stay open all day: pick up colleagues' bookings without a reload.
    refetchInterval: 60_000,
  });

const path = (id: string, action: string) => `/appointments/${encodeURIComponent(id)}/${action}`;

/** Asks whether a move may happen and, for a course session, how the later sessions would shift. */
export function useMovePreview() {
  return useMutation({
    mutationFn: ({ id, ...input }: MovePreviewInput & { id: string }) =>
      api<MovePreview>("POST", path(id, "move-preview"), input),
  });
}

/** Moves a course session, re-placing the later sessions as previewed when `reflow` is true. */
export function useCourseMove() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...input }: CourseMoveInput & { id: string }) =>
      api<{ appointments: Appointment[] }>("POST", path(id, "course-move"), input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ["appointments"] }),
  });
}
