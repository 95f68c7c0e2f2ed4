import {
  Anchor,
  Badge,
  Card,
  Group,
  Skeleton,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from "@mantine/core";
import { IconFileText } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useEffect } from "react";
import type { PortalDocuments } from "../../shared/contracts/portal.ts";
import { QueryError } from "../components/route-states.tsx";
import { portalQuery } from "./portal-api.ts";
import { usePortalTheme } from "./portal-brand.tsx";

const route = getRouteApi("/portal/$slug");
const kindLabel = { plan: "Plan", consent: "Consent", aftercare: "Aftercare" } as const;

/** The client's documents: plan and quote, signed consent forms, aftercare sheets (PDFs). */
export function PortalDocumentsPage() {
  const { slug } = route.useParams();
  const { brand, strong } = usePortalTheme();
  const docs = useQuery(portalQuery<PortalDocuments>(slug, "/documents"));
  useEffect(() => {
    document.title = `Documents · ${brand.name}`;
  }, [brand.name]);
  return (
    <Stack gap="lg">
      <Title order={1} fz="h2">
        Your documents
      </Title>
      {docs.isPending ? (
        <Stack gap="sm" aria-busy="true" aria-label="Loading your documents">
          <Skeleton h={72} radius="lg" />
          <Skeleton h={72} radius="lg" />
        </Stack>
      ) : docs.isError ? (
        <QueryError error={docs.error} onRetry={() => void docs.refetch()} />
      ) : docs.data.documents.length === 0 ? (
        <Text c="gray.7">
          No documents yet. Your plan, signed forms and aftercare sheets will appear here.
        </Text>
      ) : (
        <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
          {docs.data.documents.map((d) => (
            <Card
              key={`${d.kind}-${d.title}-${d.date}-${d.url}`}
              withBorder
              radius="lg"
              padding="md"
              component="li"
            >
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <Group gap="sm" wrap="nowrap" align="flex-start">
                  <IconFileText size={24} aria-hidden="true" color={strong} />
                  <Stack gap={2}>
                    <Text fw={600}>{d.title}</Text>
                    <Text size="sm" c="gray.7">
                      {d.date}
                      {d.note && ` · ${d.note}`}
                    </Text>
                  </Stack>
                </Group>
                <Stack gap={4} align="flex-end">
                  <Badge variant="light" color="gray">
                    {kindLabel[d.kind]}
                  </Badge>
                  {d.url ? (
                    <Anchor href={d.url} target="_blank" rel="noopener" c={strong} fw={600}>
                      Open PDF
                      <VisuallyHidden>
                        : {d.title}, {d.date}
                      </VisuallyHidden>
                    </Anchor>
                  ) : (
                    <Text size="sm" c="gray.7">
                      Copy being prepared
                    </Text>
                  )}
                </Stack>
              </Group>
            </Card>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
