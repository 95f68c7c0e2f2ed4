import { Badge, Card, Group, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi, Link } from "@tanstack/react-router";
import { useEffect, useState } from "react";
import type { PortalPlan } from "../../../shared/contracts/portal-booking.ts";
import { PageLoader, QueryError } from "../../components/route-states.tsx";
import { usePortalTheme } from "../portal-brand.tsx";
import { plansQuery } from "./booking-api.ts";
import { CourseBooker } from "./course-booker.tsx";
import { spacingText } from "./spacing.ts";

const route = getRouteApi("/portal/$slug");

/** "Book your sessions": the client's accepted plan(s), booked or ready to book as one course. */
export function BookSessionsPage() {
  const { slug } = route.useParams();
  const plans = useQuery(plansQuery(slug));
  // Plans booked on this visit keep their confirmation even after the refreshed list says "booked".
  const [bookedHere, setBookedHere] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    document.title = "Book your sessions";
  }, []);
  if (plans.isPending) return <PageLoader label="Loading your plan" />;
  if (plans.isError) return <QueryError error={plans.error} onRetry={() => void plans.refetch()} />;
  const { items, locations, practitioners } = plans.data;
  return (
    <Stack gap="lg">
      <Title order={1} fz="h2">
        Book your sessions
      </Title>
      {items.length === 0 ? (
        <Card withBorder radius="lg" padding="lg">
          <Text>
            There is no treatment plan to book yet. Once you have had your consultation and accepted
            your plan, you can book all its sessions here.
          </Text>
        </Card>
      ) : (
        items.map((plan) =>
          plan.status === "to_book" || bookedHere.has(plan.id) ? (
            <CourseBooker
              key={plan.id}
              slug={slug}
              plan={plan}
              locations={locations}
              practitioners={practitioners}
              onBooked={() => setBookedHere((ids) => new Set(ids).add(plan.id))}
            />
          ) : (
            <PlanSummary key={plan.id} slug={slug} plan={plan} />
          ),
        )
      )}
    </Stack>
  );
}

function PlanSummary({ slug, plan }: { slug: string; plan: PortalPlan }) {
  const { strong } = usePortalTheme();
  return (
    <Card withBorder radius="lg" padding="lg">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} fz="h4">
            Your plan: {plan.sessions.length} sessions
          </Title>
          <Badge color={plan.status === "booked" ? "teal.9" : "orange.9"} variant="outline">
            {plan.status === "booked" ? "Booked" : "Not yet bookable online"}
          </Badge>
        </Group>
        {plan.message && <Text>{plan.message}</Text>}
        {plan.gaps.length > 0 && <Text c="gray.7">{spacingText(plan.gaps)}</Text>}
        {plan.status === "booked" && (
          <Stack gap={6} component="ol" m={0} pl="lg">
            {plan.sessions.map((s) => (
              <li key={s.session}>
                <Text>
                  Session {s.session}: {s.appointment ? s.appointment.when : "not booked"}
                </Text>
              </li>
            ))}
          </Stack>
        )}
        {plan.status === "booked" && (
          <Text>
            To move one,{" "}
            <Link to="/portal/$slug/appointments" params={{ slug }} style={{ color: strong }}>
              see your appointments
            </Link>
            .
          </Text>
        )}
      </Stack>
    </Card>
  );
}
