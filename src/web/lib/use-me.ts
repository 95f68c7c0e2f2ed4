import { queryOptions, useQuery, useSuspenseQuery } from "@tanstack/react-query";
import type { Me, StaffRole } from "../../shared/contracts/me.ts";
import { api, isApiError } from "./api.ts";

export type { Me, StaffRole } from "../../shared/contracts/me.ts";

export const roleLabels: Record<StaffRole, string> = {
  owner: "Owner",
  admin: "Admin",
  practitioner: "Practitioner",
  receptionist: "Receptionist",
};

export function isManager(role: StaffRole): boolean {
  return role === "owner" || role === "admin";
}

/** The signed-in person, their role and clinic; `null` when nobody is signed in. */
export const meQuery = queryOptions({
  queryKey: ["me"],
  // No abort signal: suspense readers of this query (useMe) would see React's StrictMode
  // unmount-remount in development cancel it and fail with CancelledError.
  queryFn: async () => {
    try {
      return await api<Me>("GET", "/me", undefined, { allowUnauthorized: true });
    } catch (error) {
      if (isApiError(error, 401)) return null;
      throw error;
    }
  },
  staleTime: 5 * 60_000,
  retry: (count, error) => !isApiError(error) && count < 2,
});

/** For screens inside the signed-in shell: the route guard has already loaded `me`. */
export function useMe(): Me {
  const { data } = useSuspenseQuery(meQuery);
  if (!data) throw new Error("useMe is only for signed-in screens.");
  return data;
}

/** `me` if it is already known, without fetching (for the theme and public pages). */
export function useCachedMe(): Me | null {
  const { data } = useQuery({ ...meQuery, enabled: false });
  return data ?? null;
}
