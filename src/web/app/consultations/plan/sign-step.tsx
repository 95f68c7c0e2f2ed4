import { Alert, Card, EmptyState, Grid, List, Stack, Text, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconAlertTriangle, IconClipboardX, IconFileOff, IconLock } from "@tabler/icons-react";
import type { PlanView } from "../../../../shared/contracts/consultations.ts";
import { ButtonLink } from "../../../components/links.tsx";
import { calendarDate } from "../../../lib/format.ts";
import { useMe } from "../../../lib/use-me.ts";
import { PlanPreviewCard, usePlanPreview } from "../../preview/plan-preview-card.tsx";
import { AdjustPriceModal } from "./adjust-price-modal.tsx";
import { ClientPlan } from "./client-plan.tsx";
import type { PlanStepProps } from "./plan-step.tsx";
import { QuoteCard } from "./quote-card.tsx";
import { SignForm } from "./sign-form.tsx";
import { SignedState } from "./signed-state.tsx";

/** The client reads the plan and quote on the tablet, and signs. */
export function SignStep({ consultation, onChange }: PlanStepProps) {
  const view = consultation.plan;
  if (view?.status === "accepted") return <SignedState consultation={consultation} view={view} />;
  if (view?.status === "draft") {
    return <ReadAndSign consultation={consultation} view={view} onChange={onChange} />;
  }
  const declined = view?.status === "declined";
  return (
    <EmptyState
      size="lg"
      variant="light"
      icon={
        declined ? (
          <IconClipboardX size={32} aria-hidden="true" />
        ) : (
          <IconFileOff size={32} aria-hidden="true" />
        )
      }
      title={declined ? "The client decided not to go ahead" : "No plan to sign yet"}
      description={
        declined
          ? "The plan is kept on file as declined. A new plan can be drafted on the Plan step."
          : "Draft and save the treatment plan on the Plan step first."
      }
    >
      {declined && (
        <EmptyState.Actions>
          <ButtonLink
            to="/clients/$clientId"
            params={{ clientId: consultation.client.id }}
            variant="default"
          >
            Back to client
          </ButtonLink>
        </EmptyState.Actions>
      )}
    </EmptyState>
  );
}

function ReadAndSign({ consultation, view, onChange }: PlanStepProps & { view: PlanView }) {
  const { clinic } = useMe();
  const [adjusting, adjust] = useDisclosure(false);
  const errors = view.issues.filter((i) => i.severity === "error");
  const missing = consultation.expectationsMissing.length;
  const by = consultation.practitioner?.name;
  const closed = consultation.status === "closed";
  const preview = usePlanPreview(consultation.id);

  return (
    <Stack gap="lg">
      <div>
        <Title order={2} fz={28}>
          Your treatment plan
        </Title>
        <Text fz="lg" c="dimmed">
          For {consultation.client.name}
          {by ? `, prepared with ${by}` : ""} at {clinic.name} on{" "}
          {calendarDate(consultation.heldOn, clinic.locale)}.
        </Text>
      </div>

      {closed && (
        <Alert color="slate" variant="light" icon={<IconLock size={18} aria-hidden="true" />}>
          This consultation is closed, so the plan can no longer be signed or changed.
        </Alert>
      )}
      {!closed && errors.length > 0 && (
        <Alert
          color="red"
          variant="light"
          title="The practitioner needs to fix the plan before it can be signed"
          icon={<IconAlertTriangle size={18} aria-hidden="true" />}
        >
          <List size="sm">
            {errors.map((e) => (
              <List.Item key={e.path + e.message}>{e.message}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {!closed && missing > 0 && (
        <Alert
          color="orange"
          variant="light"
          title="Expectations checklist not finished"
          icon={<IconAlertTriangle size={18} aria-hidden="true" />}
        >
          {missing === 1 ? "One point" : `${missing} points`} of the expectations checklist still
          need going through with the client before they sign.
        </Alert>
      )}

      <Grid gap="lg" align="flex-start">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Card padding="xl" component="section" aria-label="The plan">
            <ClientPlan plan={view.plan} />
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }} pos={{ base: "static", md: "sticky" }} top={76}>
          <QuoteCard quote={view.quote} onAdjust={closed ? undefined : adjust.open} />
        </Grid.Col>
      </Grid>

      <PlanPreviewCard {...preview} />
      {!closed && (
        <SignForm
          consultation={consultation}
          view={view}
          onChange={onChange}
          preview={preview.loading ? "loading" : preview.shownVersion}
        />
      )}
      <AdjustPriceModal
        opened={adjusting}
        onClose={adjust.close}
        consultation={consultation}
        view={view}
        onChange={onChange}
      />
    </Stack>
  );
}
