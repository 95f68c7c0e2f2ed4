import { Card, Grid, Group, Skeleton, Stack } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconUserQuestion } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { PageNotice, QueryError } from "../../components/route-states.tsx";
import { ClientConsentsCard } from "../../consents/client-consents-card.tsx";
import { isApiError } from "../../lib/api.ts";
import { ClientPhotosCard } from "../photos/client-photos-card.tsx";
import { ClientAppointmentsCard } from "./client-appointments-card.tsx";
import { ClientConsultationsCard } from "./client-consultations-card.tsx";
import { ClientDetailsCard } from "./client-details-card.tsx";
import { ClientHeader } from "./client-header.tsx";
import { ClientMessagesCard } from "./client-messages-card.tsx";
import { ClientNotesCard } from "./client-notes-card.tsx";
import { ClientPatchTestsCard } from "./client-patch-tests-card.tsx";
import { clientQuery } from "./clients-api.ts";
import { EditClientDrawer } from "./edit-client-drawer.tsx";

const route = getRouteApi("/_app/clients/$clientId");

export function ClientPage() {
  const { clientId } = route.useParams();
  const client = useQuery(clientQuery(clientId));
  const [editing, edit] = useDisclosure(false);

  if (client.isPending) return <ClientPageSkeleton />;
  if (client.isError) {
    // A malformed id is answered 400 by the API: to a person it is the same as "not found".
    if (isApiError(client.error, 404) || isApiError(client.error, 400)) return <ClientNotFound />;
    return (
      <QueryError
        error={client.error}
        onRetry={() => void client.refetch()}
        title="Could not load this client"
      />
    );
  }

  return (
    <>
      <ClientHeader client={client.data} onEdit={edit.open} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg">
            <ClientConsultationsCard clientId={clientId} />
            <ClientAppointmentsCard clientId={clientId} />
            <ClientPhotosCard clientId={clientId} />
            <ClientMessagesCard clientId={clientId} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="lg">
            <ClientDetailsCard client={client.data} />
            <ClientNotesCard client={client.data} />
            <ClientConsentsCard
              clientId={clientId}
              clientName={`${client.data.firstName} ${client.data.lastName}`}
            />
            <ClientPatchTestsCard clientId={clientId} />
          </Stack>
        </Grid.Col>
      </Grid>
      <EditClientDrawer client={client.data} opened={editing} onClose={edit.close} />
    </>
  );
}

function ClientNotFound() {
  return (
    <PageNotice
      icon={<IconUserQuestion size={32} aria-hidden="true" />}
      title="Client not found"
      description="This client does not exist, or belongs to another clinic."
      back={{ to: "/clients", label: "Back to clients" }}
    />
  );
}

function ClientPageSkeleton() {
  return (
    <Stack gap="lg" aria-busy="true" aria-label="Loading client">
      <Skeleton h={14} w={120} />
      <Group justify="space-between">
        <Stack gap="xs">
          <Skeleton h={30} w={260} />
          <Skeleton h={14} w={340} />
        </Stack>
        <Skeleton h={36} w={180} />
      </Group>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Card h={320}>
            <Stack gap="md">
              <Skeleton h={18} w={160} />
              <Skeleton h={56} />
              <Skeleton h={56} />
              <Skeleton h={56} />
            </Stack>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Card h={320}>
            <Stack gap="md">
              <Skeleton h={18} w={120} />
              <Skeleton h={14} />
              <Skeleton h={14} />
              <Skeleton h={14} w="70%" />
            </Stack>
          </Card>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
