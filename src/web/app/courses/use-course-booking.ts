import { useState } from "react";
import type { CourseProposal, ProposedSession } from "../../../shared/contracts/scheduling.ts";
import { clashedSession, courseChanges, type SessionChange } from "./course-dates.ts";
import { type CourseConflict, type ProposalRequest, useCourseProposal } from "./courses-api.ts";

/** What the person asks for; `null` ids are not chosen yet (practitioner: anyone). */
export interface CourseOptions {
  locationId: string | null;
  serviceId: string | null;
  practitionerId: string | null;
  onlyPreferred: boolean;
  fromDate: string;
  preferredWeekdays: number[];
  preferredTime: "any" | "morning" | "afternoon";
}

/** Something to tell the person above the proposal after it changed. */
export type ProposalNotice =
  | { kind: "changed"; chosen: number; changes: SessionChange[] }
  | { kind: "restarted"; changes: SessionChange[] }
  | { kind: "not-placed"; session: number; detail: string }
  | { kind: "conflict"; session: number | null; detail: string; fresh: boolean };

export type Pins = Record<number, string>;

export function toProposalRequest(
  options: CourseOptions,
  pins: Pins,
  holdGroupId: string | undefined,
): ProposalRequest | null {
  if (!options.locationId || !options.serviceId) return null;
  return {
    locationId: options.locationId,
    serviceId: options.serviceId,
    practitionerId: options.practitionerId ?? undefined,
    onlyPreferred: options.practitionerId !== null && options.onlyPreferred,
    fromDate: options.fromDate || undefined,
    preferredWeekdays: [...options.preferredWeekdays].sort(),
    preferredTime: options.preferredTime,
    pinned: Object.entries(pins)
      .map(([session, startsAt]) => ({ session: Number(session), startsAt }))
      .sort((a, b) => a.session - b.session),
    holdGroupId,
  };
}

/**
 * The proposal the person is looking at and how they got there: the options it was found with,
 * the sessions they pinned, and what changed at the last step.
 */
export function useCourseBooking(planId: string, holdGroupId: () => string | undefined) {
  const mutation = useCourseProposal(planId);
  const [searched, setSearched] = useState<CourseOptions | null>(null);
  const [proposal, setProposal] = useState<CourseProposal | null>(null);
  const [pins, setPins] = useState<Pins>({});
  const [notice, setNotice] = useState<ProposalNotice | null>(null);
  const [pending, setPending] = useState<"find" | "change" | null>(null);
  const [failed, setFailed] = useState<"find" | "change" | null>(null);
  const course: ProposedSession[] | null = proposal?.best ?? null;

  function run(
    options: CourseOptions,
    nextPins: Pins,
    kind: "find" | "change",
    onPlaced: (next: CourseProposal) => void,
  ) {
    const request = toProposalRequest(options, nextPins, holdGroupId());
    if (!request) return;
    setPending(kind);
    setFailed(null);
    mutation.mutate(request, {
      onSuccess: (next) => onPlaced(next),
      onError: () => setFailed(kind),
      onSettled: () => setPending(null),
    });
  }

  /** A new search: pins and notices are dropped. */
  function find(options: CourseOptions) {
    setNotice(null);
    run(options, {}, "find", (next) => {
      setSearched(options);
      setPins({});
      setProposal(next);
    });
  }

  /** Pins one session to a chosen time and re-places the others around it. */
  function choose(session: number, startsAt: string) {
    if (!searched) return;
    const before = course ?? [];
    const nextPins = { ...pins, [session]: startsAt };
    run(searched, nextPins, "change", (next) => {
      if (!next.best) {
        setNotice({
          kind: "not-placed",
          session,
          detail: next.message ?? "The other sessions could not be fitted around that time.",
        });
        return;
      }
      setPins(nextPins);
      setProposal(next);
      setNotice({
        kind: "changed",
        chosen: session,
        changes: courseChanges(before, next.best),
      });
    });
  }

  /**
   * Takes a whole-course alternative: session 1 is pinned to its start and earlier choices are
   * kept (the alternatives were placed around them), so the course shown is the one offered.
   */
  function startInstead(alternative: readonly ProposedSession[]) {
    const first = alternative[0];
    if (!searched || !first) return;
    const before = course ?? [];
    const nextPins = { ...pins, 1: first.startsAt };
    run(searched, nextPins, "change", (next) => {
      if (!next.best) {
        setNotice({
          kind: "not-placed",
          session: 1,
          detail: next.message ?? "That course is no longer free.",
        });
        return;
      }
      setPins(nextPins);
      setProposal(next);
      setNotice({ kind: "restarted", changes: courseChanges(before, next.best) });
    });
  }

  /** Back to Stipple's own suggestion for the options searched. */
  function clearPins() {
    if (searched) find(searched);
  }

  /** Booking found a session taken: show the server's fresh proposal in place of the old one. */
  function showConflict(conflict: CourseConflict) {
    const session = clashedSession(course ?? [], conflict.clash);
    if (conflict.alternatives) {
      setProposal(conflict.alternatives);
      setPins({});
    }
    setNotice({
      kind: "conflict",
      session,
      detail: conflict.detail,
      fresh: conflict.alternatives !== null,
    });
  }

  return {
    searched,
    proposal,
    course,
    pins,
    notice,
    dismissNotice: () => setNotice(null),
    pending,
    /** The last request failed: a new search (nothing to show) or a change (the course stays). */
    failed,
    error: failed ? mutation.error : null,
    find,
    choose,
    startInstead,
    clearPins,
    showConflict,
  };
}

export type CourseBooking = ReturnType<typeof useCourseBooking>;
