import { useEffect, useRef, useState } from "react";
import type { ProposedSession } from "../../../shared/contracts/scheduling.ts";
import { courseKey } from "../../app/courses/course-dates.ts";
import type { CourseHold, HoldStatus } from "../../app/courses/use-course-hold.ts";
import { isApiError } from "../../lib/api.ts";
import { holdCourse, releaseCourseHold } from "./booking-api.ts";

/**
 * Keeps the shown course's times held for the client while they choose (one hold group, replaced
 * when the course changes, let go when the page is left), in the shape the staff countdown shows.
 */
export function usePortalHold(
  slug: string,
  planId: string,
  locationId: string | null,
  course: readonly ProposedSession[] | null,
): CourseHold {
  const [state, setState] = useState<{
    status: HoldStatus;
    expiresAt: number | null;
    error: unknown;
  }>({ status: "none", expiresAt: null, error: null });
  const [attempt, setAttempt] = useState(0);
  const groupId = useRef<string | undefined>(undefined);
  const booked = useRef(false);
  const latest = useRef(0);
  const courseRef = useRef(course);
  courseRef.current = course;
  const key = `${locationId}|${courseKey(course)}`;

  // biome-ignore lint/correctness/useExhaustiveDependencies: the key stands for the course; `attempt` asks again.
  useEffect(() => {
    const sessions = courseRef.current;
    if (!locationId || !sessions || sessions.length === 0 || booked.current) {
      if (groupId.current && !booked.current) releaseCourseHold(slug, groupId.current);
      groupId.current = undefined;
      latest.current++;
      setState({ status: "none", expiresAt: null, error: null });
      return;
    }
    const request = ++latest.current;
    setState((s) => ({ ...s, status: "holding", error: null }));
    const body = {
      locationId,
      sessions: sessions.map((s) => ({
        practitionerId: s.practitioner.id,
        roomId: s.room?.id ?? null,
        startsAt: s.startsAt,
      })),
    };
    const send = (id: string | undefined) =>
      holdCourse(slug, planId, id ? { ...body, groupId: id } : body);
    send(groupId.current)
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
  }, [key, attempt, slug, planId]);

  useEffect(
    () => () => {
      if (groupId.current && !booked.current) releaseCourseHold(slug, groupId.current);
    },
    [slug],
  );

  return {
    ...state,
    groupId: groupId.current,
    holdAgain: () => setAttempt((n) => n + 1),
    markBooked: () => {
      booked.current = true;
    },
  };
}
