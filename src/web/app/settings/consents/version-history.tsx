import { Accordion, Skeleton, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import type { ConsentKind } from "../../../../domain/consents/kinds.ts";
import { QueryError } from "../../../components/route-states.tsx";
import { useFormatter } from "../../../lib/format.ts";
import { consentVersionsQuery } from "./consents-api.ts";

/** Every version of one form, newest first, each readable as it was. */
export function VersionHistory({ kind }: { kind: ConsentKind }) {
  const versions = useQuery(consentVersionsQuery(kind));
  const fmt = useFormatter();
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        Version history
      </Title>
      {versions.isPending && <Skeleton h={60} />}
      {versions.isError && (
        <QueryError error={versions.error} onRetry={() => void versions.refetch()} />
      )}
      {versions.data && (
        <Accordion variant="separated">
          {versions.data.versions.map((v) => (
            <Accordion.Item key={v.version} value={String(v.version)}>
              <Accordion.Control>
                Version {v.version}
                <Text span size="sm" c="dark.4">
                  {" · "}
                  {v.builtIn
                    ? "built-in text, not edited yet"
                    : `${v.createdAt ? fmt.dateTime(Date.parse(v.createdAt)) : ""}${v.createdByName ? ` by ${v.createdByName}` : v.version === 1 ? " (built-in text)" : ""}`}
                </Text>
              </Accordion.Control>
              <Accordion.Panel>
                <Text fw={600} size="sm">
                  {v.title}
                </Text>
                <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                  {v.body}
                </Text>
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      )}
    </Stack>
  );
}
