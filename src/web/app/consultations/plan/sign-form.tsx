import { Button, Card, Group, Stack, Text, Textarea, TextInput, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { IconSignature } from "@tabler/icons-react";
import { useRef, useState } from "react";
import type { ConsultationDetail, PlanView } from "../../../../shared/contracts/consultations.ts";
import { ConfirmDialog } from "../../../components/confirm-dialog.tsx";
import { SignaturePad, type SignaturePadHandle } from "../../../components/signature-pad.tsx";
import { isApiError } from "../../../lib/api.ts";
import { useAcceptPlan, useDeclinePlan } from "./plans-api.ts";
import { SaveProblem } from "./save-problem.tsx";

interface SignFormProps {
  consultation: ConsultationDetail;
  view: PlanView;
  onChange: (next: ConsultationDetail) => void;
  /** The preview design version shown above (null: none; undefined: unknown), or still loading. */
  preview?: number | null | "loading";
}

export const CONSENT =
  "I have read this plan and quote, discussed them with the practitioner, and accept them.";
const CONSENT_WITH_PREVIEW =
  "I have read this plan and quote, discussed them with the practitioner, and accept them, including the hairline and treatment area shown in the preview.";

/** The client types their name and signs; or tells the practitioner they will not go ahead. */
export function SignForm({ consultation, view, onChange, preview }: SignFormProps) {
  const pad = useRef<SignaturePadHandle>(null);
  const [name, setName] = useState(consultation.client.name);
  const [signed, setSigned] = useState(false);
  const [declining, decline] = useDisclosure(false);
  const [reason, setReason] = useState("");
  const accept = useAcceptPlan(view.id);
  const declined = useDeclinePlan(view.id);
  const nameOk = name.trim().length >= 2;
  const signatureError = isApiError(accept.error, 400)
    ? accept.error.fieldErrors.find((f) => f.field === "signature")
    : undefined;

  const submit = () => {
    const signature = pad.current?.toDataURL();
    if (!nameOk || !signature || pad.current?.isEmpty()) return;
    if (preview === "loading") return;
    accept.mutate(
      { signedName: name.trim(), signature, version: view.version, previewVersion: preview },
      { onSuccess: (accepted) => onChange({ ...consultation, plan: accepted }) },
    );
  };

  const declineNow = () =>
    declined.mutate(
      { reason: reason.trim(), version: view.version },
      {
        onSuccess: (next) => {
          decline.close();
          notifications.show({
            color: "slate",
            title: "Decline recorded",
            message: `${consultation.client.name} is not going ahead with this plan. It is kept on file; a new plan can be drafted at any time.`,
          });
          onChange({ ...consultation, plan: next });
        },
      },
    );

  return (
    <Card component="section" aria-labelledby="sign-title" padding="xl">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack gap="lg">
          <Title order={2} fz="h3" id="sign-title">
            Your agreement
          </Title>
          <TextInput
            size="lg"
            label="Client's full name"
            autoComplete="off"
            maxLength={120}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={!nameOk && name !== consultation.client.name ? "Type your full name" : null}
            disabled={accept.isPending}
          />
          <Text fz="lg" fw={500} p="md" bg="slate.0" style={{ borderRadius: 8 }}>
            {typeof preview === "number" ? CONSENT_WITH_PREVIEW : CONSENT}
          </Text>
          <SignaturePad
            ref={pad}
            label="Signature"
            size="lg"
            onChange={(empty) => setSigned(!empty)}
            disabled={accept.isPending}
            error={signatureError ? "The signature came through empty: please sign again." : null}
          />
          {/* Beside the buttons, where the client is looking when the server says no. */}
          <SaveProblem error={accept.error} title="The plan could not be signed" />
          <SaveProblem error={declined.error} title="The decline could not be recorded" />
          <Group justify="space-between" gap="sm">
            <Button
              variant="subtle"
              color="slate"
              size="md"
              onClick={decline.open}
              disabled={accept.isPending}
            >
              Client declines
            </Button>
            <Button
              type="submit"
              size="lg"
              leftSection={<IconSignature size={20} aria-hidden="true" />}
              disabled={!nameOk || !signed || preview === "loading"}
              loading={accept.isPending}
            >
              Accept and sign
            </Button>
          </Group>
        </Stack>
      </form>

      <ConfirmDialog
        opened={declining}
        title="The client does not want to go ahead?"
        confirmLabel="Record decline"
        destructive
        loading={declined.isPending}
        onConfirm={declineNow}
        onClose={decline.close}
      >
        <Stack gap="sm">
          <Text size="sm">
            The plan is kept on file as declined and nothing is signed. You can draft a new plan
            later.
          </Text>
          <Textarea
            label="Reason (optional)"
            placeholder="e.g. Wants to think about the price"
            autosize
            minRows={2}
            maxLength={500}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
        </Stack>
      </ConfirmDialog>
    </Card>
  );
}
