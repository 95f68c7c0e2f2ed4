import { getRouteApi } from "@tanstack/react-router";
import { useCallback } from "react";
import { epochToLocal, isIsoDate } from "../../../domain/time/zoned.ts";
import { type CalendarMode, calendarModes, type Grouping } from "./calendar-model.ts";

const route = getRouteApi("/_app/appointments");

/** What the address keeps for the calendar, so a reload or a shared link shows the same thing. */
export interface CalendarSearch {
  date?: string;
  view?: string;
  group?: string;
  /** Week views: one practitioner's (or room's) appointments only. */
  who?: string;
  locationId?: string;
  clientId?: string;
}

const isMode = (value: string | undefined): value is CalendarMode =>
  calendarModes.includes(value as CalendarMode);

/** The calendar's date, view, columns, focus, location and preselected client, from the address. */
export function useCalendarParams(timeZone: string) {
  const search = route.useSearch() as CalendarSearch;
  const navigate = route.useNavigate();
  const today = epochToLocal(Date.now(), timeZone).date;
  const date = search.date && isIsoDate(search.date) ? search.date : today;
  const mode: CalendarMode = isMode(search.view) ? search.view : "day";
  const grouping: Grouping = search.group === "room" ? "room" : "practitioner";

  const update = useCallback(
    (patch: CalendarSearch) =>
      navigate({ search: (prev) => ({ ...prev, ...patch }) as typeof prev }),
    [navigate],
  );
  return {
    date,
    today,
    mode,
    grouping,
    focus: search.who ?? null,
    locationId: search.locationId,
    clientId: search.clientId,
    setDate: (next: string) => void update({ date: next }),
    setMode: (next: CalendarMode) => void update({ view: next === "day" ? undefined : next }),
    // A focus names a practitioner or a room, so it does not survive a change of columns.
    setGrouping: (next: Grouping) =>
      void update({ group: next === "room" ? "room" : undefined, who: undefined }),
    setFocus: (next: string | null) => void update({ who: next ?? undefined }),
    setLocation: (next: string) => void update({ locationId: next, who: undefined }),
    clearClient: () => void update({ clientId: undefined }),
  };
}
