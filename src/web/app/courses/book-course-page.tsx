import { Card, Grid, Skeleton, Stack } from "@mantine/core";
import { IconClipboardX } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { epochToLocal } from "../../../domain/time/zoned.ts";
import type { ConsultationDetail, PlanView } from "../../../shared/contracts/consultations.ts";
import { PageNotice, QueryError } from "../../components/route-states.tsx";
import { isApiError } from "../../lib/api.ts";
import { useMe } from "../../lib/use-me.ts";
import {
  ConsultationForbidden,
  ConsultationNotFound,
} from "../consultations/consultation-states.tsx";
import { consultationQuery } from "../consultations/consultations-api.ts";
import { locationsQuery } from "../settings/locations/locations-api.ts";
import { servicesQuery } from "../settings/services/services-api.ts";
import { staffQuery } from "../settings/staff/staff-api.ts";
import { CourseWorkspace } from "./course-workspace.tsx";
import type { CourseOptions } from "./use-course-booking.ts";

const route = getRouteApi("/_app/consultations/$consultationId/book");

const todayIn = (timeZone: string) => epochToLocal(Date.now(), timeZone).date;

/** Book the sessions of a consultation's accepted plan as one course. Clinical roles only. */
export function BookCoursePage() {
  const { consultationId } = route.useParams();
  const consultation = useQuery(consultationQuery(consultationId));

  if (consultation.isPending) return <BookCourseSkeleton />;
  if (consultation.isError) {
    if (isApiError(consultation.error, 403)) return <ConsultationForbidden />;
    if (isApiError(consultation.error, 404) || isApiError(consultation.error, 400)) {
      return <ConsultationNotFound />;
    }
    return (
      <QueryError
        error={consultation.error}
        onRetry={() => void consultation.refetch()}
        title="Could not load this plan"
      />
    );
  }
  const plan = consultation.data.plan;
  if (plan?.status !== "accepted") {
    return (
      <PageNotice
        icon={<IconClipboardX size={32} aria-hidden="true" />}
        title="No accepted plan to book"
        description="Sessions are booked from a treatment plan the client has accepted and signed."
        back={{ to: `/clients/${consultation.data.client.id}`, label: "Back to client" }}
      />
    );
  }
  return <BookCourse consultation={consultation.data} plan={plan} />;
}

function BookCourse({ consultation, plan }: { consultation: ConsultationDetail; plan: PlanView }) {
  const me = useMe();
  const staff = useQuery(staffQuery);
  const locations = useQuery(locationsQuery);
  const services = useQuery(servicesQuery);
  const failed = [staff, locations, services].find((q) => q.isError);
  if (failed) {
    return (
      <QueryError
        error={failed.error}
        onRetry={() => void failed.refetch()}
        title="Could not load the clinic's locations, services and staff"
      />
    );
  }
  if (!staff.data || !locations.data || !services.data) return <BookCourseSkeleton />;

  const activeLocations = locations.data.items.filter((l) => l.active);
  const treatments = services.data.items.filter((s) => s.active && s.kind === "treatment");
  const practitioners = staff.data.items
    .filter((m) => m.active && m.role !== "receptionist")
    .map((m) => ({ id: m.memberId, name: m.name, userId: m.userId }));
  const location =
    activeLocations.find((l) => l.id === me.clinic.locationId) ?? activeLocations[0] ?? null;
  const preferred = practitioners.find((p) => p.userId === consultation.practitioner?.userId);
  const initial: CourseOptions = {
    locationId: location?.id ?? null,
    serviceId: treatments[0]?.id ?? null,
    practitionerId: preferred?.id ?? null,
    onlyPreferred: false,
    fromDate: todayIn(location?.timeZone ?? me.clinic.timeZone),
    preferredWeekdays: [],
    preferredTime: "any",
  };

  return (
    <CourseWorkspace
      consultation={consultation}
      plan={plan}
      locations={activeLocations}
      services={treatments}
      practitioners={practitioners}
      initial={initial}
      todayIn={todayIn}
    />
  );
}

function BookCourseSkeleton() {
  return (
    <Stack gap="lg" aria-busy="true" aria-label="Loading plan">
      <Stack gap="xs">
        <Skeleton h={14} w={140} />
        <Skeleton h={30} w={260} />
        <Skeleton h={14} w={320} />
        <Skeleton h={44} />
      </Stack>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 5, lg: 4 }}>
          <Card>
            <Stack gap="md">
              <Skeleton h={18} w={120} />
              {[1, 2, 3, 4, 5].map((n) => (
                <Skeleton key={n} h={36} />
              ))}
            </Stack>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7, lg: 8 }}>
          <Card h={360}>
            <Skeleton h={18} w={160} mb="md" />
            <Skeleton h={90} mb="sm" />
            <Skeleton h={90} />
          </Card>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
