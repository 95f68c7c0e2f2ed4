import { Group, Skeleton, Stack, Text, Title } from "@mantine/core";
import { IconChevronLeft } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useState } from "react";
import { AnchorLink } from "../../components/links.tsx";
import { QueryError } from "../../components/route-states.tsx";
import { isApiError } from "../../lib/api.ts";
import {
  ConsultationForbidden,
  ConsultationNotFound,
} from "../consultations/consultation-states.tsx";
import { consultationQuery } from "../consultations/consultations-api.ts";
import { previewQuery } from "./preview-api.ts";
import { PreviewEditor } from "./preview-editor.tsx";

const route = getRouteApi("/_app/consultations/$consultationId/preview");

/** The SMP preview of a consultation: draw the hairline and area on a photo, see the result. */
export function PreviewPage() {
  const { consultationId } = route.useParams();
  const consultation = useQuery(consultationQuery(consultationId));
  const preview = useQuery({ ...previewQuery(consultationId), refetchOnWindowFocus: false });
  const error = consultation.error ?? preview.error;
  // A reload after a conflict starts the editor afresh from the server's version.
  const [loads, setLoads] = useState(0);

  const header = (
    <Stack gap={4} mb="md">
      <AnchorLink
        to="/consultations/$consultationId"
        params={{ consultationId }}
        size="sm"
        c="dimmed"
        w="fit-content"
      >
        <Group gap={2} wrap="nowrap">
          <IconChevronLeft size={16} aria-hidden="true" />
          Back to the consultation
        </Group>
      </AnchorLink>
      <Title order={1} fz={{ base: 24, md: 28 }} lh={1.2}>
        Preview{consultation.data ? ` for ${consultation.data.client.name}` : ""}
      </Title>
      <Text size="sm" c="dimmed">
        Draw the hairline and the treatment area on the client's photo and show them the result.
      </Text>
    </Stack>
  );

  if (error) {
    if (isApiError(error, 403)) return <ConsultationForbidden />;
    if (isApiError(error, 404) || isApiError(error, 400)) return <ConsultationNotFound />;
    return (
      <>
        {header}
        <QueryError
          error={error}
          title="Could not load the preview"
          onRetry={() => {
            void consultation.refetch();
            void preview.refetch();
          }}
        />
      </>
    );
  }
  if (!consultation.data || !preview.data) {
    return (
      <>
        {header}
        <Stack gap="md" aria-busy="true" aria-label="Loading the preview">
          <Skeleton h={48} radius="md" />
          <Skeleton h={420} radius="md" />
        </Stack>
      </>
    );
  }
  return (
    <>
      {header}
      <PreviewEditor
        key={`${consultationId}-${loads}`}
        consultation={consultation.data}
        state={preview.data}
        onReload={async () => {
          await preview.refetch();
          setLoads((n) => n + 1);
        }}
      />
    </>
  );
}
