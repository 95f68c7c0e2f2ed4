import { getRouteApi } from "@tanstack/react-router";
import { useCallback, useState } from "react";
import { epochToLocal, isIsoDate } from "../../../domain/time/zoned.ts";

const route = getRouteApi("/_app/appointments");

/** What the address may carry for this screen (locationId once the route accepts it). */
interface DaySearch {
  date?: string;
  clientId?: string;
  locationId?: string;
}

/**
 * The day, location and preselected client from the address. The location falls back to this
 * tab's own choice while the route does not keep `locationId` in the address.
 */
export function useDayParams(timeZone: string) {
  const search = route.useSearch() as DaySearch;
  const navigate = route.useNavigate();
  const [chosenLocation, setChosenLocation] = useState<string | undefined>(undefined);
  const today = epochToLocal(Date.now(), timeZone).date;
  const date = search.date && isIsoDate(search.date) ? search.date : today;
  const locationId = search.locationId ?? chosenLocation;

  const update = useCallback(
    (patch: DaySearch) =>
      navigate({ search: (prev) => ({ ...prev, ...patch }) as typeof prev, replace: false }),
    [navigate],
  );
  const setDate = useCallback((next: string) => void update({ date: next }), [update]);
  const setLocation = useCallback(
    (next: string) => {
      setChosenLocation(next);
      void update({ locationId: next });
    },
    [update],
  );
  const clearClient = useCallback(() => void update({ clientId: undefined }), [update]);

  return { date, today, locationId, clientId: search.clientId, setDate, setLocation, clearClient };
}
