import { Badge, Grid, NavLink, Skeleton, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { type ConsentKind, consentKindLabels } from "../../../../domain/consents/kinds.ts";
import { QueryError } from "../../../components/route-states.tsx";
import { consentTemplatesQuery } from "./consents-api.ts";
import { TemplateEditor } from "./template-editor.tsx";
import { VersionHistory } from "./version-history.tsx";

/** Settings → Consent forms: pick a form, edit its text, save it as a new version. */
export function ConsentsTab() {
  const templates = useQuery(consentTemplatesQuery);
  const [kind, setKind] = useState<ConsentKind>("treatment");
  if (templates.isPending) return <Skeleton h={400} />;
  if (templates.isError)
    return <QueryError error={templates.error} onRetry={() => void templates.refetch()} />;
  const current = templates.data.templates.find((t) => t.kind === kind);
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 3 }}>
        <nav aria-label="Consent forms">
          {templates.data.templates.map((t) => (
            <NavLink
              key={t.kind}
              component="button"
              active={t.kind === kind}
              onClick={() => setKind(t.kind)}
              label={consentKindLabels[t.kind]}
              description={`Version ${t.version}${t.required ? "" : " · optional"}`}
              aria-current={t.kind === kind ? "page" : undefined}
            />
          ))}
        </nav>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 9 }}>
        {current && (
          <Stack gap="lg">
            <Text size="sm" c="dark.4">
              Clients sign each form separately. Editing saves a new version: forms already signed
              keep the exact text their signer read.{" "}
              {current.required ? (
                <Badge size="sm" variant="light">
                  Needed before treatment
                </Badge>
              ) : (
                <Badge size="sm" variant="light" color="gray">
                  Optional for clients
                </Badge>
              )}
            </Text>
            <TemplateEditor
              key={`${current.kind}-${current.version}`}
              template={current}
              placeholders={templates.data.placeholders}
            />
            <VersionHistory kind={current.kind} />
          </Stack>
        )}
      </Grid.Col>
    </Grid>
  );
}
