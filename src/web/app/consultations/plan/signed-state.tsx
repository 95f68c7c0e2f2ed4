import { Card, Group, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { IconArrowLeft, IconCircleCheck } from "@tabler/icons-react";
import { useEffect, useRef } from "react";
import type { ConsultationDetail, PlanView } from "../../../../shared/contracts/consultations.ts";
import { ButtonLink } from "../../../components/links.tsx";
import { useFormatter } from "../../../lib/format.ts";
import { BookSessionsButton, PdfButton } from "./signed-banner.tsx";

/** Shown once the client has signed: the copy to download and the way back to the client. */
export function SignedState({
  consultation,
  view,
}: {
  consultation: ConsultationDetail;
  view: PlanView;
}) {
  const formatter = useFormatter();
  const heading = useRef<HTMLHeadingElement>(null);
  // The form the client used is gone: move focus to the outcome so it is read out.
  useEffect(() => heading.current?.focus(), []);
  const when = view.acceptedAt ? formatter.dateTime(Date.parse(view.acceptedAt)) : null;
  return (
    <Card padding="xl" component="section" aria-labelledby="signed-title">
      <Stack align="center" gap="md" py="xl" ta="center">
        <ThemeIcon size={72} radius="xl" color="green" variant="light" aria-hidden="true">
          <IconCircleCheck size={44} />
        </ThemeIcon>
        <Title order={2} id="signed-title" ref={heading} tabIndex={-1} style={{ outline: "none" }}>
          Plan accepted and signed
        </Title>
        <Text fz="lg" maw={520}>
          Thank you{view.signedName ? `, ${view.signedName}` : ""}. The plan and quote were signed
          {when ? ` on ${when}` : ""}. A copy is ready to download.
        </Text>
        <Group gap="sm" justify="center" mt="sm">
          {view.hasPdf && <PdfButton planId={view.id} size="lg" />}
          <BookSessionsButton consultationId={consultation.id} size="lg" />
          <ButtonLink
            to="/clients/$clientId"
            params={{ clientId: consultation.client.id }}
            size="lg"
            variant="default"
            leftSection={<IconArrowLeft size={18} aria-hidden="true" />}
          >
            Back to client
          </ButtonLink>
        </Group>
      </Stack>
    </Card>
  );
}
