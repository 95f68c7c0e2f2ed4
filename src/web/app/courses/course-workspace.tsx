import { Grid } from "@mantine/core";
import { useEffect, useRef, useState } from "react";
import type { ConsultationDetail, PlanView } from "../../../shared/contracts/consultations.ts";
import type { BookedCourse } from "../../../shared/contracts/scheduling.ts";
import { isApiError } from "../../lib/api.ts";
import { useFormatter } from "../../lib/format.ts";
import { ChangeSessionModal } from "./change-session-modal.tsx";
import { ConfirmCourseModal } from "./confirm-course-modal.tsx";
import { CourseBooked } from "./course-booked.tsx";
import { CourseHeader } from "./course-header.tsx";
import { CourseOptionsCard } from "./course-options.tsx";
import { CourseProposalPanel } from "./course-proposal.tsx";
import { courseConflict, useBookCourse } from "./courses-api.ts";
import { type CourseOptions, useCourseBooking } from "./use-course-booking.ts";
import { useCourseHold } from "./use-course-hold.ts";

interface Named {
  id: string;
  name: string;
}

export interface CourseWorkspaceProps {
  consultation: ConsultationDetail;
  plan: PlanView;
  locations: (Named & { timeZone: string })[];
  services: Named[];
  practitioners: Named[];
  initial: CourseOptions;
  /** Today in a location's zone. */
  todayIn: (timeZone: string) => string;
}

/** Preferences on one side, the proposed course on the other; then the booked course. */
export function CourseWorkspace(props: CourseWorkspaceProps) {
  const { consultation, plan, locations, services, practitioners, initial, todayIn } = props;
  const [options, setOptions] = useState<CourseOptions>(initial);
  const holdGroup = useRef<string | undefined>(undefined);
  const booking = useCourseBooking(plan.id, () => holdGroup.current);
  const searched = booking.searched;
  const hold = useCourseHold({
    locationId: searched?.locationId ?? null,
    serviceId: searched?.serviceId ?? null,
    course: booking.course,
  });
  holdGroup.current = hold.groupId;
  const book = useBookCourse(plan.id);
  const [changing, setChanging] = useState<number | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [booked, setBooked] = useState<BookedCourse | null>(null);
  const proposalTop = useRef<HTMLDivElement>(null);
  const wasFinding = useRef(false);
  // On a tablet the proposal sits below the preferences: bring a new result into view.
  useEffect(() => {
    const finding = booking.pending === "find";
    const top = proposalTop.current?.getBoundingClientRect().top;
    if (wasFinding.current && !finding && top !== undefined && top > window.innerHeight * 0.6) {
      proposalTop.current?.scrollIntoView({ block: "start", behavior: "smooth" });
    }
    wasFinding.current = finding;
  }, [booking.pending]);

  const location = locations.find((l) => l.id === (searched ?? options).locationId) ?? locations[0];
  const zone = booking.proposal?.timeZone ?? location?.timeZone;
  const formatter = useFormatter(zone);
  const today = todayIn(location?.timeZone ?? formatter.timeZone);
  const client = consultation.client;

  const find = (next: CourseOptions) => {
    book.reset();
    setOptions(next);
    booking.find(next);
  };

  const confirmBooking = () => {
    const course = booking.course;
    if (!course || !searched?.locationId || !searched.serviceId) return;
    book.mutate(
      {
        locationId: searched.locationId,
        serviceId: searched.serviceId,
        sessions: course.map((s) => ({
          practitionerId: s.practitioner.id,
          roomId: s.room?.id ?? null,
          startsAt: s.startsAt,
        })),
        holdGroupId: hold.groupId,
      },
      {
        onSuccess: (result) => {
          hold.markBooked();
          setConfirming(false);
          setBooked(result);
        },
        onError: (error) => {
          setConfirming(false);
          const conflict = courseConflict(error);
          if (conflict) {
            book.reset();
            booking.showConflict(conflict);
          }
          proposalTop.current?.scrollIntoView({ block: "start", behavior: "smooth" });
        },
      },
    );
  };

  if (booked) {
    return (
      <>
        <CourseHeader consultation={consultation} plan={plan} />
        <CourseBooked booked={booked} client={client} />
      </>
    );
  }

  return (
    <>
      <CourseHeader consultation={consultation} plan={plan} />
      <Grid gap="lg" align="flex-start">
        <Grid.Col span={{ base: 12, md: 5, lg: 4 }}>
          <CourseOptionsCard
            value={options}
            onChange={setOptions}
            onFind={() => find(options)}
            locations={locations}
            services={services}
            practitioners={practitioners}
            today={today}
            finding={booking.pending === "find"}
            searched={booking.proposal !== null}
            stale={searched !== null && JSON.stringify(searched) !== JSON.stringify(options)}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7, lg: 8 }}>
          <div ref={proposalTop} style={{ scrollMarginTop: 80 }}>
            <CourseProposalPanel
              booking={booking}
              hold={hold}
              formatter={formatter}
              bookError={book.error && !isApiError(book.error, 409) ? book.error : null}
              onRelax={find}
              onChangeSession={setChanging}
              onBook={() => {
                book.reset();
                setConfirming(true);
              }}
            />
          </div>
        </Grid.Col>
      </Grid>
      {booking.course && searched && (
        <>
          <ChangeSessionModal
            session={changing}
            course={booking.course}
            gaps={booking.proposal?.gaps ?? plan.gapWindows}
            pinned={new Set(Object.keys(booking.pins).map(Number))}
            options={searched}
            holdGroupId={hold.groupId}
            formatter={formatter}
            onChoose={(session, startsAt) => {
              setChanging(null);
              book.reset();
              booking.choose(session, startsAt);
            }}
            onClose={() => setChanging(null)}
          />
          <ConfirmCourseModal
            opened={confirming}
            course={booking.course}
            clientName={client.name}
            locationName={location?.name ?? ""}
            serviceName={services.find((s) => s.id === searched.serviceId)?.name ?? "Treatment"}
            formatter={formatter}
            booking={book.isPending}
            onConfirm={confirmBooking}
            onClose={() => setConfirming(false)}
          />
        </>
      )}
    </>
  );
}
