import { useMutation, useQueryClient } from "@tanstack/react-query";
import type {
  ChangeTerms,
  PortalAppointment,
  PortalAppointments,
  PortalBookInput,
  PortalCheckIns,
  PortalHoldInput,
  PortalJoinWaitlistInput,
  PortalPlans,
  PortalProposalInput,
  PortalWaitlist,
  PortalWaitlistEntry,
  RescheduleOptions,
  ReschedulePreview,
} from "../../../shared/contracts/portal-booking.ts";
import type {
  CourseProposal,
  HoldGroup,
  SlotsResponse,
} from "../../../shared/contracts/scheduling.ts";
import { ApiError, query } from "../../lib/api.ts";
import { portalApi, portalKey, portalQuery } from "../portal-api.ts";

export const plansQuery = (slug: string) => portalQuery<PortalPlans>(slug, "/course-plans");
export const appointmentsQuery = (slug: string) =>
  portalQuery<PortalAppointments>(slug, "/appointments");
export const waitlistQuery = (slug: string) => portalQuery<PortalWaitlist>(slug, "/waitlist");
export const checkInsQuery = (slug: string) => portalQuery<PortalCheckIns>(slug, "/check-ins");

export const rescheduleOptionsQuery = (slug: string, id: string, from?: string) => ({
  ...portalQuery<RescheduleOptions>(
    slug,
    `/appointments/${id}/reschedule-options${query({ from, days: 21 })}`,
  ),
  staleTime: 0,
});

export const sessionTimesQuery = (
  slug: string,
  planId: string,
  params: {
    session: number;
    locationId: string;
    practitionerId?: string;
    from: string;
    days: number;
    holdGroupId?: string;
  },
) => ({
  ...portalQuery<SlotsResponse>(
    slug,
    `/course-plans/${planId}/session-times${query({ ...params })}`,
  ),
  staleTime: 0,
});

export const proposeCourse = (slug: string, planId: string, input: Partial<PortalProposalInput>) =>
  portalApi<CourseProposal>(slug, "POST", `/course-plans/${planId}/proposal`, input);

export const holdCourse = (slug: string, planId: string, input: PortalHoldInput) =>
  portalApi<HoldGroup>(slug, "POST", `/course-plans/${planId}/holds`, input);

/** Best effort, also while the page closes: holds run out by themselves anyway. */
export function releaseCourseHold(slug: string, groupId: string): void {
  void fetch(`/api/portal/${encodeURIComponent(slug)}/holds/${encodeURIComponent(groupId)}`, {
    method: "DELETE",
    credentials: "same-origin",
    keepalive: true,
  }).catch(() => undefined);
}

export const changeTermsFor = (slug: string, id: string) =>
  portalApi<ChangeTerms>(slug, "GET", `/appointments/${id}/change-terms`);

export const previewReschedule = (
  slug: string,
  id: string,
  startsAt: string,
  roomId: string | null,
) =>
  portalApi<ReschedulePreview>(
    slug,
    "GET",
    `/appointments/${id}/reschedule-preview${query({ startsAt, roomId: roomId ?? undefined })}`,
  );

/** After any booking change every portal list is stale (appointments, plans, home). */
function useRefresh(slug: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: portalKey(slug) });
}

export function useBookCourse(slug: string, planId: string) {
  const refresh = useRefresh(slug);
  return useMutation({
    mutationFn: (input: PortalBookInput) =>
      portalApi<{ appointments: PortalAppointment[] }>(
        slug,
        "POST",
        `/course-plans/${planId}/book`,
        input,
      ),
    onSuccess: refresh,
  });
}

export function useReschedule(slug: string, id: string) {
  const refresh = useRefresh(slug);
  return useMutation({
    mutationFn: (input: { startsAt: string; roomId: string | null; version: number }) =>
      portalApi<PortalAppointment>(slug, "POST", `/appointments/${id}/reschedule`, input),
    onSuccess: refresh,
  });
}

export function useCancel(slug: string, id: string) {
  const refresh = useRefresh(slug);
  return useMutation({
    mutationFn: (input: { reason?: string; version: number }) =>
      portalApi<PortalAppointment>(slug, "POST", `/appointments/${id}/cancel`, input),
    onSuccess: refresh,
  });
}

export function useJoinWaitlist(slug: string) {
  const refresh = useRefresh(slug);
  return useMutation({
    mutationFn: (input: PortalJoinWaitlistInput) =>
      portalApi<PortalWaitlistEntry>(slug, "POST", "/waitlist", input),
    onSuccess: refresh,
  });
}

export function useLeaveWaitlist(slug: string) {
  const refresh = useRefresh(slug);
  return useMutation({
    mutationFn: (id: string) =>
      portalApi<PortalWaitlistEntry>(slug, "POST", `/waitlist/${id}/leave`, {}),
    onSuccess: refresh,
  });
}

/** Sends a multipart form (answer or concern with a photo) to the portal. */
async function sendForm<T>(slug: string, path: string, form: FormData): Promise<T> {
  const res = await fetch(`/api/portal/${encodeURIComponent(slug)}${path}`, {
    method: "POST",
    body: form,
    credentials: "same-origin",
  });
  const body = await res.json().catch(() => null);
  if (!res.ok) {
    throw new ApiError(
      body && typeof body === "object" && "status" in body
        ? body
        : {
            title: "Not sent",
            status: res.status,
            detail: "Your message could not be sent. Please try again.",
          },
    );
  }
  return body as T;
}

export function useAnswerCheckIn(slug: string) {
  const refresh = useRefresh(slug);
  return useMutation({
    mutationFn: ({ id, form }: { id: string; form: FormData }) =>
      sendForm<{ alerted: boolean }>(slug, `/check-ins/${id}/answer`, form),
    onSuccess: refresh,
  });
}

export function useReportConcern(slug: string) {
  const refresh = useRefresh(slug);
  return useMutation({
    mutationFn: (form: FormData) => sendForm<{ alerted: boolean }>(slug, "/concerns", form),
    onSuccess: refresh,
  });
}
