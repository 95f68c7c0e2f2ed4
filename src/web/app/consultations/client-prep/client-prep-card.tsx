import {
  Alert,
  Badge,
  Button,
  Card,
  Code,
  CopyButton,
  Group,
  Skeleton,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { IconCheck, IconCopy, IconDeviceMobile, IconMail } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import type { ClientLinkSummary } from "../../../../shared/contracts/client-prep.ts";
import type { ConsultationDetail } from "../../../../shared/contracts/consultations.ts";
import { ConfirmDialog } from "../../../components/confirm-dialog.tsx";
import { errorMessage } from "../../../lib/api.ts";
import { useFormatter } from "../../../lib/format.ts";
import { ClientPhotosGrid } from "./client-photos-grid.tsx";
import { consultationPrepQuery, useRevokePrepLink, useSendPrepLink } from "./client-prep-api.ts";
import { IntakeReview } from "./intake-review.tsx";

/**
 * "Before the consultation": send the client a link for the questionnaire and guided photos,
 * see whether they opened it and finished each part, their photos, and confirm their answers.
 */
export function ClientPrepCard({ consultation }: { consultation: ConsultationDetail }) {
  const prep = useQuery(consultationPrepQuery(consultation.id));
  const send = useSendPrepLink(consultation.id);
  const revoke = useRevokePrepLink(consultation.id);
  const fmt = useFormatter();
  const [withdrawing, setWithdrawing] = useState<ClientLinkSummary | null>(null);
  const [copyUrl, setCopyUrl] = useState<string | null>(null);
  const closed = consultation.status !== "open";
  const when = (iso: string | null) => (iso ? fmt.dateTime(Date.parse(iso)) : null);

  if (prep.isPending) return <Skeleton h={120} radius="md" />;
  if (prep.isError) {
    return (
      <Alert color="red" variant="light" title="Could not load the client's link">
        {errorMessage(prep.error)}
      </Alert>
    );
  }
  const data = prep.data;
  const open = data.links.filter((l) => l.status === "open");
  const latest = data.links[0] ?? null;
  const hasEmail = Boolean(data.clientEmail);

  return (
    <Card component="section" aria-labelledby="client-prep-title">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Stack gap={2}>
            <Title order={2} fz="lg" id="client-prep-title">
              Before the consultation
            </Title>
            <Text size="sm" c="dimmed">
              The client answers these questions and sends guided photos from their phone.
            </Text>
          </Stack>
          <Group gap="xs">
            <Badge color={data.intakeDone ? "teal" : "gray"} variant="light">
              Questions {data.intakeDone ? "done" : "not yet"}
            </Badge>
            <Badge color={data.photosDone ? "teal" : "gray"} variant="light">
              Photos {data.photosDone ? "done" : `${data.clientPhotoCount} sent`}
            </Badge>
          </Group>
        </Group>
        {latest ? (
          <Stack gap={4}>
            {data.links.slice(0, 3).map((l) => (
              <Group key={l.id} justify="space-between" gap="xs" wrap="wrap">
                <Text size="sm">
                  {l.sentAt ? `Emailed ${when(l.sentAt)}` : `Link made ${when(l.createdAt)}`}
                  {l.createdByName ? ` by ${l.createdByName}` : " (booked online)"} ·{" "}
                  {l.openedAt ? `opened ${when(l.openedAt)}` : "not opened yet"}
                  {l.status === "open"
                    ? ` · open until ${fmt.date(Date.parse(l.expiresAt))}`
                    : l.status === "revoked"
                      ? " · withdrawn"
                      : " · expired"}
                </Text>
                {l.status === "open" && !closed && (
                  <Button variant="subtle" color="red" size="xs" onClick={() => setWithdrawing(l)}>
                    Withdraw link
                  </Button>
                )}
              </Group>
            ))}
          </Stack>
        ) : (
          <Text size="sm">No link sent yet.</Text>
        )}
        {!closed && (
          <Group gap="sm">
            {hasEmail ? (
              <Button
                leftSection={<IconMail size={16} aria-hidden="true" />}
                variant={latest ? "default" : "filled"}
                loading={send.isPending && send.variables?.send !== false}
                onClick={() => send.mutate({ send: true })}
              >
                {open.length > 0 ? "Email a new link" : "Email the link"}
              </Button>
            ) : (
              <Text size="sm" c="dimmed">
                No email address on file: make a link and send it another way.
              </Text>
            )}
            <Button
              variant="subtle"
              leftSection={<IconDeviceMobile size={16} aria-hidden="true" />}
              loading={send.isPending && send.variables?.send === false}
              onClick={() =>
                send.mutate({ send: false }, { onSuccess: (made) => setCopyUrl(made.url) })
              }
            >
              Make a link to copy
            </Button>
          </Group>
        )}
        {send.isSuccess && send.data.sentTo && (
          <Text size="sm" c="teal.8" role="status">
            Link emailed to {send.data.sentTo}.
          </Text>
        )}
        {send.isError && (
          <Alert color="red" variant="light" role="alert" title="Link not sent">
            {errorMessage(send.error)}
          </Alert>
        )}
        {copyUrl && (
          <Group gap="xs" wrap="nowrap">
            <Code style={{ overflowWrap: "anywhere" }}>{copyUrl}</Code>
            <CopyButton value={copyUrl}>
              {({ copied, copy }) => (
                <Button
                  size="xs"
                  variant="default"
                  onClick={copy}
                  leftSection={
                    copied ? (
                      <IconCheck size={14} aria-hidden="true" />
                    ) : (
                      <IconCopy size={14} aria-hidden="true" />
                    )
                  }
                >
                  {copied ? "Copied" : "Copy"}
                </Button>
              )}
            </CopyButton>
          </Group>
        )}
        <IntakeReview consultation={consultation} />
        {(data.clientPhotoCount > 0 || latest) && (
          <Stack gap="xs">
            <Text fw={600} size="sm">
              Client's photos
            </Text>
            <ClientPhotosGrid clientId={consultation.client.id} consultationId={consultation.id} />
          </Stack>
        )}
      </Stack>
      <ConfirmDialog
        opened={withdrawing !== null}
        title="Withdraw this link?"
        confirmLabel="Withdraw link"
        destructive
        loading={revoke.isPending}
        onConfirm={() => {
          if (withdrawing) revoke.mutate(withdrawing.id, { onSettled: () => setWithdrawing(null) });
        }}
        onClose={() => setWithdrawing(null)}
      >
        The client will no longer be able to open it. What they already sent stays on the
        consultation.
      </ConfirmDialog>
    </Card>
  );
}
