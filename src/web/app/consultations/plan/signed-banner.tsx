import { Alert, Button, Group, Text } from "@mantine/core";
import { IconCalendarPlus, IconCircleCheck, IconDownload } from "@tabler/icons-react";
import type { PlanView } from "../../../../shared/contracts/consultations.ts";
import { ButtonLink } from "../../../components/links.tsx";
import { useFormatter } from "../../../lib/format.ts";
import { planPdfUrl } from "./plans-api.ts";

/** "Signed by X on date", with the signed copy to download. */
export function SignedBanner({ view }: { view: PlanView }) {
  const formatter = useFormatter();
  const when = view.acceptedAt ? formatter.dateTime(Date.parse(view.acceptedAt)) : null;
  return (
    <Alert
      color="green"
      variant="light"
      icon={<IconCircleCheck size={20} aria-hidden="true" />}
      title="Plan accepted and signed"
    >
      <Group justify="space-between" gap="sm">
        <Text size="sm">
          Signed by <strong>{view.signedName ?? "the client"}</strong>
          {when ? ` on ${when}` : ""}. The plan can no longer be changed.
        </Text>
        <Group gap="xs">
          {view.hasPdf && <PdfButton planId={view.id} />}
          <BookSessionsButton consultationId={view.consultationId} />
        </Group>
      </Group>
    </Alert>
  );
}

/** Opens course booking for the accepted plan. */
export function BookSessionsButton(props: { consultationId: string; size?: "sm" | "md" | "lg" }) {
  return (
    <ButtonLink
      to="/consultations/$consultationId/book"
      params={{ consultationId: props.consultationId }}
      size={props.size}
      variant="default"
      leftSection={<IconCalendarPlus size={16} aria-hidden="true" />}
    >
      Book sessions
    </ButtonLink>
  );
}

export function PdfButton({ planId, size }: { planId: string; size?: "sm" | "md" | "lg" }) {
  return (
    <Button
      component="a"
      href={planPdfUrl(planId)}
      download
      size={size}
      leftSection={<IconDownload size={16} aria-hidden="true" />}
    >
      Download PDF
    </Button>
  );
}
