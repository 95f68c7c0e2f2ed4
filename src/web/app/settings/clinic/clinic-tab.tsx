import { Card, SimpleGrid, Skeleton, Stack } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { QueryError } from "../../../components/route-states.tsx";
import { BrandingSection } from "./branding-section.tsx";
import { clinicQuery } from "./clinic-api.ts";
import { ClinicDetailsForm } from "./clinic-details-form.tsx";

export function ClinicTab() {
  const clinic = useQuery(clinicQuery);
  if (clinic.isPending) return <ClinicSkeleton />;
  if (clinic.isError) {
    return (
      <QueryError
        error={clinic.error}
        onRetry={() => void clinic.refetch()}
        title="Could not load clinic details"
      />
    );
  }
  return (
    <Stack gap="lg">
      <ClinicDetailsForm clinic={clinic.data} />
      <BrandingSection clinic={clinic.data} />
    </Stack>
  );
}

function ClinicSkeleton() {
  return (
    <Stack gap="lg" aria-busy="true" aria-label="Loading clinic details">
      {[0, 1].map((card) => (
        <Card key={card} padding="lg">
          <Skeleton h={20} w={180} mb="xs" />
          <Skeleton h={12} w="60%" mb="lg" />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            {[0, 1, 2, 3].map((i) => (
              <Stack key={i} gap={6}>
                <Skeleton h={12} w={100} />
                <Skeleton h={36} />
              </Stack>
            ))}
          </SimpleGrid>
        </Card>
      ))}
    </Stack>
  );
}
