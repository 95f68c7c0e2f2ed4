import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import type {
  DayHours,
  Location,
  LocationInput,
  LocationList,
  LocationPatch,
  Room,
  RoomPatch,
  SpecialDay,
  SpecialDayInput,
  SpecialDayList,
} from "../../../../shared/contracts/locations.ts";
import { api, query } from "../../../lib/api.ts";
import { meQuery } from "../../../lib/use-me.ts";

const id = (value: string) => encodeURIComponent(value);

export const locationsQuery = queryOptions({
  queryKey: ["locations"],
  queryFn: ({ signal }) => api<LocationList>("GET", "/locations", undefined, { signal }),
});

export const specialDaysQuery = (locationId: string, from: string) =>
  queryOptions({
    queryKey: ["locations", locationId, "special-days", from],
    queryFn: ({ signal }) =>
      api<SpecialDayList>(
        "GET",
        `/locations/${id(locationId)}/special-days${query({ from })}`,
        undefined,
        {
          signal,
        },
      ),
  });

/** After any change to locations: the list, and `me` (its zone comes from the first location). */
function useRefresh() {
  const queryClient = useQueryClient();
  return async () => {
    await queryClient.invalidateQueries({ queryKey: locationsQuery.queryKey });
    await queryClient.invalidateQueries({ queryKey: meQuery.queryKey });
  };
}

export function useCreateLocation() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: LocationInput) => api<Location>("POST", "/locations", input),
    onSuccess: refresh,
  });
}

export function useUpdateLocation(locationId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (patch: LocationPatch) =>
      api<Location>("PATCH", `/locations/${id(locationId)}`, patch),
    onSuccess: refresh,
  });
}

export function useSaveLocationHours(locationId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (hours: DayHours[]) =>
      api<unknown>("PUT", `/locations/${id(locationId)}/hours`, { hours }),
    onSuccess: refresh,
  });
}

export function useAddSpecialDay(locationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SpecialDayInput) =>
      api<SpecialDay>("POST", `/locations/${id(locationId)}/special-days`, input),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: ["locations", locationId, "special-days"] }),
  });
}

export function useDeleteSpecialDay(locationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (dayId: string) =>
      api<unknown>("DELETE", `/locations/${id(locationId)}/special-days/${id(dayId)}`),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: ["locations", locationId, "special-days"] }),
  });
}

export function useAddRoom(locationId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (name: string) => api<Room>("POST", `/locations/${id(locationId)}/rooms`, { name }),
    onSuccess: refresh,
  });
}

export function useUpdateRoom() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ roomId, patch }: { roomId: string; patch: RoomPatch }) =>
      api<Room>("PATCH", `/rooms/${id(roomId)}`, patch),
    onSuccess: refresh,
  });
}

/** "12 Bedford Place, Southampton SO15 2DB" */
export function addressLine(
  l: Pick<Location, "addressLine1" | "addressLine2" | "city" | "postcode">,
): string {
  const town = [l.city, l.postcode].filter(Boolean).join(" ");
  return [l.addressLine1, l.addressLine2, town].filter(Boolean).join(", ");
}
