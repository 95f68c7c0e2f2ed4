import {
  Anchor,
  Badge,
  Card,
  Group,
  List,
  Progress,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi, Link } from "@tanstack/react-router";
import { type ReactNode, useEffect } from "react";
import type { PortalHome } from "../../shared/contracts/portal.ts";
import { QueryError } from "../components/route-states.tsx";
import { portalMeQuery, portalQuery } from "./portal-api.ts";
import { usePortalTheme } from "./portal-brand.tsx";

const route = getRouteApi("/portal/$slug");

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card withBorder radius="lg" padding="lg" component="section" aria-label={title}>
      <Stack gap="sm">
        <Title order={2} fz="h4">
          {title}
        </Title>
        {children}
      </Stack>
    </Card>
  );
}

/** The client's home: what is next, how far through the plan, today's aftercare, forms to do. */
export function PortalHomePage() {
  const { slug } = route.useParams();
  const { strong } = usePortalTheme();
  const me = useQuery(portalMeQuery(slug));
  const home = useQuery(portalQuery<PortalHome>(slug, "/home"));
  useEffect(() => {
    if (me.data) document.title = `Home · ${me.data.clinic.name}`;
  }, [me.data]);

  return (
    <Stack gap="lg">
      <Title order={1} fz="h2">
        Hello{me.data ? `, ${me.data.displayName}` : ""}
      </Title>
      {home.isPending ? (
        <Stack gap="md" aria-busy="true" aria-label="Loading your home page">
          <Skeleton h={120} radius="lg" />
          <Skeleton h={120} radius="lg" />
        </Stack>
      ) : home.isError ? (
        <QueryError error={home.error} onRetry={() => void home.refetch()} />
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <Section title="Your next appointment">
            {home.data.nextAppointment ? (
              <Stack gap={4}>
                <Group gap="xs">
                  <Text fw={650} fz="lg">
                    {home.data.nextAppointment.when}
                  </Text>
                  <Badge variant="light" color="gray">
                    {home.data.nextAppointment.day}
                  </Badge>
                </Group>
                <Text>
                  {home.data.nextAppointment.serviceName} with{" "}
                  {home.data.nextAppointment.practitionerName}
                </Text>
                <Text c="gray.7">
                  {home.data.nextAppointment.location.name}
                  {home.data.nextAppointment.location.address &&
                    `, ${home.data.nextAppointment.location.address}`}
                </Text>
                {home.data.nextAppointment.whatToBring && (
                  <Text mt="xs">
                    <Text span fw={600}>
                      Please bring:{" "}
                    </Text>
                    {home.data.nextAppointment.whatToBring}
                  </Text>
                )}
              </Stack>
            ) : (
              <Text c="gray.7">You have no appointments booked.</Text>
            )}
          </Section>

          <Section title="Your plan">
            {home.data.plan ? (
              <Stack gap="xs">
                <Text>
                  {home.data.plan.done} of {home.data.plan.sessionsPlanned} sessions done
                  {home.data.plan.booked > 0 && `, ${home.data.plan.booked} booked`}
                  {home.data.plan.toBook > 0 && `, ${home.data.plan.toBook} to book`}.
                </Text>
                <Progress
                  value={(home.data.plan.done / Math.max(1, home.data.plan.sessionsPlanned)) * 100}
                  color={strong}
                  aria-label={`${home.data.plan.done} of ${home.data.plan.sessionsPlanned} sessions done`}
                />
                <Text size="sm" c="gray.7">
                  Agreed on {home.data.plan.acceptedOn}.{" "}
                  <Link to="/portal/$slug/documents" params={{ slug }} style={{ color: strong }}>
                    See the plan and quote
                  </Link>
                </Text>
              </Stack>
            ) : (
              <Text c="gray.7">
                Your plan appears here once you have agreed it with the clinic.
              </Text>
            )}
          </Section>

          <Section title="Aftercare today">
            {home.data.aftercareToday ? (
              <Stack gap="xs">
                <Text fw={650}>
                  {home.data.aftercareToday.title}{" "}
                  <Text span c="gray.7" fw={400}>
                    (day {home.data.aftercareToday.day} after your session on{" "}
                    {home.data.aftercareToday.sessionOn})
                  </Text>
                </Text>
                <List spacing={4}>
                  {home.data.aftercareToday.lines.map((line) => (
                    <List.Item key={line}>{line}</List.Item>
                  ))}
                </List>
              </Stack>
            ) : (
              <Text c="gray.7">
                Nothing to do today. Aftercare steps appear here after a session.
              </Text>
            )}
          </Section>

          <Section title="Forms to complete">
            {home.data.pendingForms.prep.length === 0 &&
            home.data.pendingForms.consents.length === 0 ? (
              <Text c="gray.7">You are all up to date.</Text>
            ) : (
              <List spacing="xs">
                {home.data.pendingForms.prep.map((p) => (
                  <List.Item key={p.consultationId}>
                    <Anchor href={p.url} c={strong}>
                      {p.needsPhotos && !p.photosDone && p.needsIntake && !p.intakeDone
                        ? "Health questions and photos"
                        : p.needsIntake && !p.intakeDone
                          ? "Health questions"
                          : "Photos"}{" "}
                      before your consultation
                    </Anchor>
                    <Text size="sm" c="gray.7">
                      Link works until {p.expires}
                    </Text>
                  </List.Item>
                ))}
                {home.data.pendingForms.consents.map((c) => (
                  <List.Item key={c.kind}>
                    <Anchor href={`/portal/${slug}/consents`} c={strong}>
                      Sign: {c.title}
                    </Anchor>
                  </List.Item>
                ))}
              </List>
            )}
          </Section>
        </SimpleGrid>
      )}
    </Stack>
  );
}
