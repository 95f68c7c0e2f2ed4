import { queryOptions } from "@tanstack/react-query";
import type { PortalBrand, PortalMe } from "../../shared/contracts/portal.ts";
import { ApiError, api, type HttpMethod } from "../lib/api.ts";

/** Fired when a portal call answers 401: the portal layout sends the client to sign in. */
export const PORTAL_SIGNED_OUT_EVENT = "stipple:portal-signed-out";

/**
 * Calls `/api/portal/{slug}{path}` with the portal session cookie. A 401 never triggers the staff
 * app's sign-in redirect; it signals the portal layout instead. Throws `ApiError` otherwise.
 */
export async function portalApi<T>(
  slug: string,
  method: HttpMethod,
  path: string,
  body?: unknown,
  options: { signal?: AbortSignal } = {},
): Promise<T> {
  try {
    return await api<T>(method, `/portal/${encodeURIComponent(slug)}${path}`, body, {
      ...options,
      allowUnauthorized: true,
    });
  } catch (error) {
    if (error instanceof ApiError && error.status === 401 && !path.startsWith("/sign-in")) {
      window.dispatchEvent(new CustomEvent(PORTAL_SIGNED_OUT_EVENT, { detail: { slug } }));
    }
    throw error;
  }
}

/** Query key prefix for everything of one clinic's portal (cleared on sign-in and sign-out). */
export const portalKey = (slug: string, ...rest: unknown[]) => ["portal", slug, ...rest];

/** A portal GET as a query: `portalQuery(slug, "/home")`. */
export const portalQuery = <T>(slug: string, path: string) =>
  queryOptions({
    queryKey: portalKey(slug, path),
    queryFn: ({ signal }) => portalApi<T>(slug, "GET", path, undefined, { signal }),
    retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
  });

/** The clinic's name and colours (public). */
export const portalBrandQuery = (slug: string) =>
  queryOptions({
    queryKey: ["portal-brand", slug],
    queryFn: ({ signal }) =>
      api<PortalBrand>("GET", `/portal/${encodeURIComponent(slug)}/brand`, undefined, {
        signal,
        allowUnauthorized: true,
      }),
    staleTime: 5 * 60_000,
    retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
  });

/** The signed-in client, or null when nobody is signed in to this clinic's portal. */
export const portalMeQuery = (slug: string) =>
  queryOptions({
    queryKey: portalKey(slug, "/me"),
    queryFn: async ({ signal }): Promise<PortalMe | null> => {
      try {
        return await api<PortalMe>("GET", `/portal/${encodeURIComponent(slug)}/me`, undefined, {
          signal,
          allowUnauthorized: true,
        });
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: 60_000,
    retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
  });

export const portalLogoUrl = (slug: string) => `/api/portal/${encodeURIComponent(slug)}/logo`;

/** Asks for a sign-in code for this clinic. */
export const requestPortalCode = (slug: string, email: string) =>
  api<{ sent: true; expiresInMinutes: number }>(
    "POST",
    `/portal/${encodeURIComponent(slug)}/sign-in/code`,
    { email },
    { allowUnauthorized: true },
  );

/** Checks the code; on success the portal session cookie is set. */
export const verifyPortalCode = (slug: string, email: string, code: string) =>
  api<{ signedIn: true }>(
    "POST",
    `/portal/${encodeURIComponent(slug)}/sign-in/verify`,
    { email, code },
    { allowUnauthorized: true },
  );

/** Ends the portal session (staff sessions are untouched). */
export const portalSignOut = () =>
  api<unknown>("POST", "/api/portal-auth/sign-out", {}, { allowUnauthorized: true });
