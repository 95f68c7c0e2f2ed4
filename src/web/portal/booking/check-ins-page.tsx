import { Alert, Button, Card, Group, Select, Stack, Text, Textarea, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useEffect, useState } from "react";
import type { PortalCheckIns } from "../../../shared/contracts/portal-booking.ts";
import { PageLoader, QueryError } from "../../components/route-states.tsx";
import { errorMessage } from "../../lib/api.ts";
import { usePortalTheme } from "../portal-brand.tsx";
import { checkInsQuery, useAnswerCheckIn, useReportConcern } from "./booking-api.ts";
import { PhotoField } from "./photo-field.tsx";

const route = getRouteApi("/portal/$slug");

/** Check-ins waiting for an answer, and "Report a concern" about a past visit. */
export function CheckInsPage() {
  const { slug } = route.useParams();
  const list = useQuery(checkInsQuery(slug));
  useEffect(() => {
    document.title = "How are you healing?";
  }, []);
  if (list.isPending) return <PageLoader label="Loading your check-ins" />;
  if (list.isError) return <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <Stack gap="lg">
      <Title order={1} fz="h2">
        How are you healing?
      </Title>
      {list.data.open.length === 0 ? (
        <Text c="gray.7">No check-ins are waiting for you right now.</Text>
      ) : (
        list.data.open.map((c) => <CheckInCard key={c.id} slug={slug} checkIn={c} />)
      )}
      <ConcernForm slug={slug} visits={list.data.visits} />
    </Stack>
  );
}

function CheckInCard({ slug, checkIn }: { slug: string; checkIn: PortalCheckIns["open"][number] }) {
  const { strong } = usePortalTheme();
  const answer = useAnswerCheckIn(slug);
  const [worried, setWorried] = useState(false);
  const [note, setNote] = useState("");
  const [photo, setPhoto] = useState<Blob | null>(null);
  function send(kind: "fine" | "concern") {
    const form = new FormData();
    form.append("answer", kind);
    if (note.trim()) form.append("note", note.trim());
    if (photo) form.append("photo", photo, "photo.jpg");
    answer.mutate({ id: checkIn.id, form });
  }
  return (
    <Card
      withBorder
      radius="lg"
      padding="lg"
      component="section"
      aria-label={`Check-in, day ${checkIn.day}`}
    >
      <Stack gap="sm">
        <Title order={2} fz="h4">
          Day {checkIn.day} after {checkIn.visit}
        </Title>
        <Text size="sm" c="gray.7">
          Open until {checkIn.closes}.
        </Text>
        {!worried ? (
          <Group grow>
            <Button
              color={strong}
              size="md"
              onClick={() => send("fine")}
              loading={answer.isPending}
            >
              All fine
            </Button>
            <Button variant="default" size="md" onClick={() => setWorried(true)}>
              Something's wrong
            </Button>
          </Group>
        ) : (
          <Stack gap="sm">
            <Textarea
              label="What's wrong?"
              description="Your practitioner reads this and gets in touch."
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
              maxLength={2000}
              autosize
              minRows={3}
            />
            <PhotoField photo={photo} onChange={setPhoto} />
            <Group>
              <Button color={strong} onClick={() => send("concern")} loading={answer.isPending}>
                Send to the clinic
              </Button>
              <Button variant="subtle" color="dark" onClick={() => setWorried(false)}>
                Back
              </Button>
            </Group>
          </Stack>
        )}
        {answer.isError && (
          <Alert color="red" role="alert">
            {errorMessage(answer.error)}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}

function ConcernForm({ slug, visits }: { slug: string; visits: PortalCheckIns["visits"] }) {
  const { strong } = usePortalTheme();
  const report = useReportConcern(slug);
  const [visit, setVisit] = useState<string | null>(visits[0]?.appointmentId ?? null);
  const [note, setNote] = useState("");
  const [photo, setPhoto] = useState<Blob | null>(null);
  const [missing, setMissing] = useState<string | null>(null);
  function submit(e: React.FormEvent) {
    e.preventDefault();
    if (!visit || !note.trim()) {
      setMissing("Tell the clinic what is wrong.");
      return;
    }
    setMissing(null);
    const form = new FormData();
    form.append("appointmentId", visit);
    form.append("note", note.trim());
    if (photo) form.append("photo", photo, "photo.jpg");
    report.mutate(form, {
      onSuccess: () => {
        setNote("");
        setPhoto(null);
      },
    });
  }
  return (
    <Card withBorder radius="lg" padding="lg" component="section" aria-labelledby="concern-heading">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} fz="h4" id="concern-heading">
            Report a concern
          </Title>
          {visits.length === 0 ? (
            <Text c="gray.7">You can report a concern here after your first session.</Text>
          ) : (
            <>
              <Text size="sm" c="gray.7">
                Anything worrying you since a visit? Your practitioner is told straight away. If it
                is urgent, phone the clinic.
              </Text>
              <Select
                label="Which visit"
                data={visits.map((v) => ({
                  value: v.appointmentId,
                  label: `${v.when} (${v.serviceName})`,
                }))}
                value={visit}
                onChange={setVisit}
                allowDeselect={false}
              />
              <Textarea
                label="What's wrong?"
                required
                value={note}
                onChange={(e) => setNote(e.currentTarget.value)}
                maxLength={2000}
                autosize
                minRows={3}
                error={missing}
              />
              <PhotoField photo={photo} onChange={setPhoto} />
              {report.isError && (
                <Alert color="red" role="alert">
                  {errorMessage(report.error)}
                </Alert>
              )}
              {report.isSuccess && (
                <Alert color="teal" role="status">
                  Sent. Your practitioner will be in touch.
                </Alert>
              )}
              <Group>
                <Button type="submit" color={strong} loading={report.isPending}>
                  Send to the clinic
                </Button>
              </Group>
            </>
          )}
        </Stack>
      </form>
    </Card>
  );
}
