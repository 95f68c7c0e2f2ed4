import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import type {
  BookCourseInput,
  BookedCourse,
  CourseProposal,
  CourseProposalInput,
  HoldGroup,
  HoldInput,
  SlotsResponse,
} from "../../../shared/contracts/scheduling.ts";
import { ApiError, api, query } from "../../lib/api.ts";

const planPath = (planId: string, rest: string) => `/plans/${encodeURIComponent(planId)}${rest}`;

/** What the screen sends for a proposal: the contract's input with its defaults filled in. */
export type ProposalRequest = Omit<CourseProposalInput, "alternatives"> & { alternatives?: number };

/** Asks the server to place the plan's sessions; pinned sessions stay where the person put them. */
export function useCourseProposal(planId: string) {
  return useMutation({
    mutationFn: (input: ProposalRequest) =>
      api<CourseProposal>("POST", planPath(planId, "/course-proposal"), input),
  });
}

export interface SlotsParams {
  locationId: string;
  serviceId: string;
  practitionerId?: string;
  from: string;
  days: number;
  durationMin: number;
  holdGroupId?: string;
}

/** Free start times for one session's window (the caller's own holds do not hide them). */
export const slotsQuery = (params: SlotsParams) =>
  queryOptions({
    queryKey: ["slots", params],
    queryFn: ({ signal }) =>
      api<SlotsResponse>("GET", `/slots${query({ ...params })}`, undefined, { signal }),
    // Free time changes with every booking: always ask afresh when the list opens.
    staleTime: 0,
    gcTime: 30_000,
  });

/** Holds the chosen times for a while; with `groupId` the group's previous holds are replaced. */
export function placeHolds(input: HoldInput): Promise<HoldGroup> {
  return api<HoldGroup>("POST", "/holds", input);
}

/**
 * Lets go of a hold group, best effort: also while the page is being closed (keepalive), and a
 * failure is of no interest to the person since holds expire by themselves.
 */
export function releaseHolds(groupId: string): void {
  void fetch(`/api/holds/${encodeURIComponent(groupId)}`, {
    method: "DELETE",
    credentials: "same-origin",
    keepalive: true,
  }).catch(() => undefined);
}

/** Books every session of the course in one go; afterwards every appointment list refreshes. */
export function useBookCourse(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: BookCourseInput) =>
      api<BookedCourse>("POST", planPath(planId, "/course"), input),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ["appointments"] }),
        queryClient.invalidateQueries({ queryKey: ["consultations"] }),
      ]),
  });
}

/** The extra fields of a 409 from booking: what was in the way and a fresh proposal. */
export interface CourseConflict {
  detail: string;
  clash: { session?: number; startsAt?: string; endsAt?: string; resourceName?: string } | null;
  alternatives: CourseProposal | null;
}

export function courseConflict(error: unknown): CourseConflict | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  const { clash, session, alternatives } = error.problem;
  const where = clash && typeof clash === "object" ? (clash as CourseConflict["clash"]) : null;
  // The server names the session beside the clash (also when it is held by someone else).
  const named = typeof session === "number" ? { session } : null;
  return {
    detail: error.detail ?? error.title,
    clash: where || named ? { ...where, ...named } : null,
    alternatives: isProposal(alternatives) ? alternatives : null,
  };
}

function isProposal(value: unknown): value is CourseProposal {
  return (
    typeof value === "object" &&
    value !== null &&
    "best" in value &&
    "alternatives" in value &&
    Array.isArray((value as CourseProposal).alternatives)
  );
}
