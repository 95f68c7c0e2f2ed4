import { Alert, Anchor, Badge, Button, Card, Group, Stack, Text, Title } from "@mantine/core";
import { IconCircleCheck, IconDownload } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useEffect, useState } from "react";
import type { ClientConsentsView } from "../../../shared/contracts/consents.ts";
import { PageLoader, QueryError } from "../../components/route-states.tsx";
import { SignPanel } from "../../consents/sign-panel.tsx";
import { formatterFor } from "../../lib/format.ts";
import { portalMeQuery } from "../portal-api.ts";
import { portalConsentPdfUrl, portalConsentsQuery, usePortalSign } from "./consents-api.ts";
import { WithdrawMarketing } from "./withdraw-marketing.tsx";

const route = getRouteApi("/portal/$slug");

type Kind = ClientConsentsView["kinds"][number];

/** Forms to sign (each separately) and signed copies with their PDFs. */
export function PortalConsentsPage() {
  const { slug } = route.useParams();
  const list = useQuery(portalConsentsQuery(slug));
  const me = useQuery(portalMeQuery(slug));
  const sign = usePortalSign(slug);
  const [open, setOpen] = useState<Kind["kind"] | null>(null);
  const [justSigned, setJustSigned] = useState<string | null>(null);
  const [withdrawn, setWithdrawn] = useState(false);
  useEffect(() => {
    document.title = "Forms to sign";
  }, []);
  if (list.isPending) return <PageLoader label="Loading your forms" />;
  if (list.isError) return <QueryError error={list.error} onRetry={() => void list.refetch()} />;

  const fmt = formatterFor({ locale: "en-GB", timeZone: list.data.timeZone, currency: "GBP" });
  // A withdrawn marketing consent is not offered again here (the client can ask the clinic).
  const toSign = list.data.kinds.filter((k) => k.state !== "signed" && k.state !== "withdrawn");
  const name = me.data ? `${me.data.firstName} ${me.data.lastName}`.trim() : "";

  return (
    <Stack gap="lg">
      <Title order={1} fz="h2">
        Forms
      </Title>
      {justSigned && (
        <Alert color="teal" icon={<IconCircleCheck size={18} aria-hidden="true" />} role="status">
          Thank you: “{justSigned}” is signed. A copy is below and we have emailed you a note.
        </Alert>
      )}
      <section aria-labelledby="to-sign">
        <Title order={2} fz="h4" id="to-sign" mb="sm">
          To sign
        </Title>
        {toSign.length === 0 ? (
          <Text c="gray.7">You have signed everything the clinic needs. Thank you.</Text>
        ) : (
          <Stack gap="sm">
            {toSign.map((k) => (
              <Card key={k.kind} withBorder padding="md">
                {open === k.kind ? (
                  <SignPanel
                    form={k.form}
                    defaultName={name}
                    onStale={() => void list.refetch()}
                    onSign={async (input) => {
                      await sign.mutateAsync({ kind: k.kind, input });
                      setJustSigned(k.form.title);
                      setOpen(null);
                    }}
                  />
                ) : (
                  <Group justify="space-between" wrap="nowrap" gap="sm">
                    <div style={{ flex: 1, minWidth: 0 }}>
                      <Text fw={600}>{k.form.title}</Text>
                      <Text size="sm" c="gray.7">
                        {k.state === "outdated"
                          ? "Updated since you signed: please read it again"
                          : k.form.required
                            ? "Needed before your treatment"
                            : "Optional: your choice"}
                      </Text>
                    </div>
                    <Button
                      variant="light"
                      style={{ flex: "none" }}
                      onClick={() => setOpen(k.kind)}
                      aria-label={`Read and sign: ${k.form.title}`}
                    >
                      Read and sign
                    </Button>
                  </Group>
                )}
              </Card>
            ))}
          </Stack>
        )}
      </section>

      <section aria-labelledby="signed">
        <Title order={2} fz="h4" id="signed" mb="sm">
          Signed
        </Title>
        {list.data.documents.length === 0 ? (
          <Text c="gray.7">Nothing signed yet.</Text>
        ) : (
          <Stack gap="xs">
            {list.data.documents.map((d) => (
              <Card key={d.id} withBorder padding="sm">
                <Group justify="space-between" wrap="nowrap" gap="sm">
                  <div>
                    <Text fw={600}>{d.title}</Text>
                    <Text size="sm" c="gray.7">
                      Signed {fmt.dateTime(Date.parse(d.signedAt))} · version {d.version}
                    </Text>
                    {d.withdrawnAt && (
                      <Badge color="gray" variant="light" mt={4}>
                        Withdrawn {fmt.date(Date.parse(d.withdrawnAt))}
                      </Badge>
                    )}
                  </div>
                  {d.hasPdf && (
                    <Anchor
                      href={portalConsentPdfUrl(slug, d.id)}
                      download
                      aria-label={`Download the PDF of ${d.title}, signed ${fmt.date(Date.parse(d.signedAt))}`}
                    >
                      <Group gap={4} wrap="nowrap">
                        <IconDownload size={16} aria-hidden="true" />
                        PDF
                      </Group>
                    </Anchor>
                  )}
                </Group>
              </Card>
            ))}
          </Stack>
        )}
      </section>

      {withdrawn && (
        <Alert color="teal" icon={<IconCircleCheck size={18} aria-hidden="true" />} role="status">
          Done: your photos are no longer used for marketing. They are kept in your clinical record
          only.
        </Alert>
      )}
      {list.data.marketingLive && (
        <WithdrawMarketing slug={slug} onDone={() => setWithdrawn(true)} />
      )}
    </Stack>
  );
}
