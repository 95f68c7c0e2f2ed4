import { useCallback, useEffect, useRef, useState } from "react";
import type { ProposedSession } from "../../../shared/contracts/scheduling.ts";
import { isApiError } from "../../lib/api.ts";
import { courseKey } from "./course-dates.ts";
import { placeHolds, releaseHolds } from "./courses-api.ts";

export type HoldStatus = "none" | "holding" | "held" | "failed";

export interface CourseHold {
  status: HoldStatus;
  /** The hold group, sent with proposals, slot searches and the booking. */
  groupId: string | undefined;
  /** Epoch ms when the held times are let go. */
  expiresAt: number | null;
  error: unknown;
  /** Holds the same times again (after they ran out, or a failure). */
  holdAgain: () => void;
  /** The course was booked: its holds became appointments, so nothing is released on leaving. */
  markBooked: () => void;
}

/**
 * Keeps the shown course's times held while the person chooses: one hold group, replaced each time
 * the course changes, and let go when the page is left (best effort; holds expire anyway).
 */
export function useCourseHold(input: {
  locationId: string | null;
  serviceId: string | null;
  course: readonly ProposedSession[] | null;
}): CourseHold {
  const { locationId, serviceId, course } = input;
  const [state, setState] = useState<{
    status: HoldStatus;
    expiresAt: number | null;
    error: unknown;
  }>({ status: "none", expiresAt: null, error: null });
  const [attempt, setAttempt] = useState(0);
  const groupId = useRef<string | undefined>(undefined);
  const booked = useRef(false);
  const latest = useRef(0);
  const key = `${locationId}|${serviceId}|${courseKey(course)}`;
  const courseRef = useRef(course);
  courseRef.current = course;

  // biome-ignore lint/correctness/useExhaustiveDependencies: the key stands for the course; `attempt` asks again.
  useEffect(() => {
    const sessions = courseRef.current;
    if (!locationId || !serviceId || !sessions || sessions.length === 0 || booked.current) {
      // Nothing to hold any more (no course fits the new search): let the old times go.
      if (groupId.current && !booked.current) releaseHolds(groupId.current);
      groupId.current = undefined;
      latest.current++;
      setState({ status: "none", expiresAt: null, error: null });
      return;
    }
    const request = ++latest.current;
    setState((s) => ({ ...s, status: "holding", error: null }));
    const body = {
      locationId,
      serviceId,
      sessions: sessions.map((s) => ({
        practitionerId: s.practitioner.id,
        roomId: s.room?.id ?? null,
        startsAt: s.startsAt,
        durationMin: s.durationMin,
      })),
    };
    const send = (id: string | undefined) => placeHolds(id ? { ...body, groupId: id } : body);
    send(groupId.current)
      // A group that ran out may be gone on the server: start a new one.
      .catch((error: unknown) => {
        if (groupId.current && isApiError(error, 404)) return send(undefined);
        throw error;
      })
      .then((group) => {
        groupId.current = group.groupId;
        if (request !== latest.current) return;
        setState({ status: "held", expiresAt: Date.parse(group.expiresAt), error: null });
      })
      .catch((error: unknown) => {
        if (request !== latest.current) return;
        setState({ status: "failed", expiresAt: null, error });
      });
  }, [key, attempt]);

  useEffect(() => {
    const release = () => {
      if (groupId.current && !booked.current) releaseHolds(groupId.current);
    };
    window.addEventListener("pagehide", release);
    return () => {
      window.removeEventListener("pagehide", release);
      release();
    };
  }, []);

  const holdAgain = useCallback(() => setAttempt((n) => n + 1), []);
  const markBooked = useCallback(() => {
    booked.current = true;
  }, []);

  return { ...state, groupId: groupId.current, holdAgain, markBooked };
}
