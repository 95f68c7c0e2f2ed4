import { Card, Grid, Group, Skeleton, Stack } from "@mantine/core";
import { IconFileSearch, IconLock } from "@tabler/icons-react";
import { PageNotice } from "../../components/route-states.tsx";

const backToClients = { to: "/clients", label: "Back to clients" };

export function ConsultationForbidden() {
  return (
    <PageNotice
      icon={<IconLock size={32} aria-hidden="true" />}
      title="Not available to your role"
      description="Only practitioners, admins and owners can open consultations."
      back={backToClients}
    />
  );
}

export function ConsultationNotFound() {
  return (
    <PageNotice
      icon={<IconFileSearch size={32} aria-hidden="true" />}
      title="Consultation not found"
      description="This consultation does not exist, or belongs to another clinic."
      back={backToClients}
    />
  );
}

export function ConsultationSkeleton() {
  return (
    <Stack gap="lg" aria-busy="true" aria-label="Loading consultation">
      <Stack gap="xs">
        <Skeleton h={14} w={100} />
        <Skeleton h={30} w={280} />
        <Skeleton h={14} w={360} />
      </Stack>
      <Card>
        <Group justify="space-between" wrap="nowrap">
          {[1, 2, 3, 4, 5, 6].map((n) => (
            <Stack key={n} align="center" gap="xs">
              <Skeleton h={38} w={38} circle />
              <Skeleton h={12} w={80} />
            </Stack>
          ))}
        </Group>
      </Card>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Card>
            <Stack gap="md">
              <Skeleton h={18} w={180} />
              <Skeleton h={48} />
              <Skeleton h={48} />
              <Skeleton h={48} />
            </Stack>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }} visibleFrom="lg">
          <Card h={220}>
            <Skeleton h={18} w={120} mb="md" />
            <Skeleton h={120} />
          </Card>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
