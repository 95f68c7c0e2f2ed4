import { Card, Image, Skeleton, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { previewCaption } from "../../../shared/contracts/preview.ts";
import { previewQuery } from "./preview-api.ts";

/**
 * The consultation's saved preview for the client to see while accepting the plan. Returns the
 * version shown, which the acceptance sends so the design frozen is the one the client saw.
 */
export function usePlanPreview(consultationId: string) {
  const q = useQuery(previewQuery(consultationId));
  const preview = q.data?.preview?.renderUrl ? q.data.preview : null;
  return {
    preview,
    /** undefined while loading or when it could not be loaded (the server then uses its own). */
    shownVersion: q.isSuccess ? (preview?.version ?? null) : undefined,
    loading: q.isPending,
  };
}

export function PlanPreviewCard({ preview, loading }: ReturnType<typeof usePlanPreview>) {
  if (loading) return <Skeleton h={260} radius="md" />;
  if (!preview?.renderUrl) return null;
  return (
    <Card padding="xl" component="section" aria-labelledby="plan-preview-title">
      <Stack gap="sm">
        <Title order={2} fz="h3" id="plan-preview-title">
          Your hairline and treatment area
        </Title>
        <Image
          src={preview.renderUrl}
          alt="Simulation of the agreed hairline and treatment area on your photo"
          radius="md"
          mah={480}
          fit="contain"
        />
        <Text size="sm" c="dimmed">
          {previewCaption(preview.params)}
        </Text>
        <Text fz="md">
          This hairline and treatment area are part of the plan. Once you accept, the design is kept
          with your signed plan and is no longer changed.
        </Text>
      </Stack>
    </Card>
  );
}
