import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  Skeleton,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconDownload } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { consentKindLabels } from "../../domain/consents/kinds.ts";
import type { ClientConsentsView, ConsentState } from "../../shared/contracts/consents.ts";
import { QueryError } from "../components/route-states.tsx";
import { errorMessage } from "../lib/api.ts";
import { useFormatter } from "../lib/format.ts";
import {
  clientConsentPdfUrl,
  clientConsentsQuery,
  useSignAtClinic,
  useWithdrawAtClinic,
} from "./client-consents-api.ts";
import { SignPanel } from "./sign-panel.tsx";

const STATE: Record<ConsentState, { label: string; color: string }> = {
  signed: { label: "Signed", color: "teal" },
  outdated: { label: "New version to sign", color: "yellow" },
  missing: { label: "Not signed", color: "gray" },
  withdrawn: { label: "Withdrawn", color: "red" },
};

type Kind = ClientConsentsView["kinds"][number];

/** The client's consent forms on their page: state per form, sign on this tablet, PDFs, withdraw. */
export function ClientConsentsCard({
  clientId,
  clientName,
}: {
  clientId: string;
  clientName: string;
}) {
  const consents = useQuery(clientConsentsQuery(clientId));
  const fmt = useFormatter(consents.data?.timeZone);
  const sign = useSignAtClinic(clientId);
  const withdraw = useWithdrawAtClinic(clientId);
  const [signing, setSigning] = useState<Kind | null>(null);
  const [confirmWithdraw, setConfirmWithdraw] = useState(false);

  return (
    <Card>
      <Stack gap="sm">
        <Title order={2} size="h4">
          Consent forms
        </Title>
        {consents.isPending && <Skeleton h={120} />}
        {consents.isError && (
          <QueryError error={consents.error} onRetry={() => void consents.refetch()} />
        )}
        {consents.data && (
          <Stack gap={6}>
            {consents.data.kinds.map((k) => (
              <Group key={k.kind} justify="space-between" wrap="nowrap" gap="xs">
                <div style={{ flex: 1, minWidth: 0 }}>
                  <Text size="sm" fw={500}>
                    {consentKindLabels[k.kind]}
                  </Text>
                  <Group gap={6}>
                    <Badge size="sm" variant="light" color={STATE[k.state].color}>
                      {STATE[k.state].label}
                    </Badge>
                    {k.latest && (
                      <Text size="xs" c="dark.4">
                        v{k.latest.version} · {fmt.date(Date.parse(k.latest.signedAt))}
                      </Text>
                    )}
                    {k.latest?.hasPdf && (
                      <Anchor
                        size="xs"
                        href={clientConsentPdfUrl(clientId, k.latest.id)}
                        download
                        aria-label={`PDF of ${consentKindLabels[k.kind]}, signed ${fmt.date(Date.parse(k.latest.signedAt))}`}
                      >
                        <IconDownload size={12} aria-hidden="true" /> PDF
                      </Anchor>
                    )}
                  </Group>
                </div>
                {k.state !== "signed" && (
                  <Button
                    size="xs"
                    variant="light"
                    style={{ flex: "none" }}
                    onClick={() => setSigning(k)}
                  >
                    Sign on this tablet
                  </Button>
                )}
                {k.kind === "photo_marketing" && k.state === "signed" && (
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    onClick={() => setConfirmWithdraw(true)}
                  >
                    Withdraw
                  </Button>
                )}
              </Group>
            ))}
          </Stack>
        )}
      </Stack>

      <Modal
        opened={signing !== null}
        onClose={() => setSigning(null)}
        title="Hand the tablet to the client"
        size="lg"
      >
        {signing && (
          <SignPanel
            form={signing.form}
            defaultName={clientName}
            atClinic
            onStale={() => void consents.refetch().then(() => setSigning(null))}
            onSign={async (input) => {
              await sign.mutateAsync({ kind: signing.kind, input });
              notifications.show({ color: "teal", message: `${signing.form.title}: signed.` });
              setSigning(null);
            }}
          />
        )}
      </Modal>

      <Modal
        opened={confirmWithdraw}
        onClose={() => setConfirmWithdraw(false)}
        title="Withdraw photo-marketing consent?"
      >
        <Stack gap="sm">
          <Text size="sm">
            The client's photos will no longer be used for marketing: every photo marked for
            anonymised marketing goes back to clinical use only. The signed form is kept, marked
            withdrawn. This cannot be undone; the client can sign the form again later.
          </Text>
          {withdraw.isError && (
            <Alert color="red" role="alert">
              {errorMessage(withdraw.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirmWithdraw(false)}>
              Cancel
            </Button>
            <Button
              color="red"
              loading={withdraw.isPending}
              onClick={() =>
                withdraw.mutate(undefined, {
                  onSuccess: (r) => {
                    setConfirmWithdraw(false);
                    notifications.show({
                      color: "teal",
                      message: `Marketing consent withdrawn; ${r.photosChanged} photo${r.photosChanged === 1 ? "" : "s"} back to clinical use.`,
                    });
                  },
                })
              }
            >
              Withdraw consent
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}
