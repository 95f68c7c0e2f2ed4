import { Anchor, Button, Group, Text } from "@mantine/core";
import { IconCake, IconMail, IconPencil, IconPhone } from "@tabler/icons-react";
import type { ReactNode } from "react";
import type { Client } from "../../../shared/contracts/clients.ts";
import { PageHeader } from "../../components/page-header.tsx";
import { ageOn } from "../../lib/format.ts";
import { useMe } from "../../lib/use-me.ts";

/** Name, the facts staff check first (age, email, phone) and the main actions. */
export function ClientHeader({ client, onEdit }: { client: Client; onEdit: () => void }) {
  const { clinic } = useMe();
  const age = ageOn(client.dateOfBirth, Date.now(), clinic.timeZone);
  const hasPreferred = client.preferredName && client.preferredName !== client.firstName;

  return (
    <PageHeader
      back={{ label: "Clients", to: "/clients" }}
      title={
        <>
          {client.firstName} {client.lastName}
          {hasPreferred && (
            <Text span inherit c="dimmed" fw={400}>
              {" "}
              ({client.preferredName})
            </Text>
          )}
        </>
      }
      description={
        <Group gap="lg" mt={4} wrap="wrap" aria-label="Quick facts">
          {age !== null && <Fact icon={<IconCake size={16} />}>{age} years old</Fact>}
          {client.email && (
            <Fact icon={<IconMail size={16} />}>
              <Anchor href={`mailto:${client.email}`} size="sm">
                {client.email}
              </Anchor>
            </Fact>
          )}
          {client.phone && (
            <Fact icon={<IconPhone size={16} />}>
              <Anchor
                href={`tel:${client.phone.replace(/[^\d+]/g, "")}`}
                size="sm"
                className="tabular"
              >
                {client.phone}
              </Anchor>
            </Fact>
          )}
          {age === null && !client.email && !client.phone && <span>No contact details yet.</span>}
        </Group>
      }
      actions={
        <Button variant="default" leftSection={<IconPencil size={16} />} onClick={onEdit}>
          Edit details
        </Button>
      }
    />
  );
}

function Fact({ icon, children }: { icon: ReactNode; children: ReactNode }) {
  return (
    <Group gap={6} wrap="nowrap" c="dimmed" fz="sm">
      <span aria-hidden="true" style={{ display: "inline-flex" }}>
        {icon}
      </span>
      <Text span size="sm" c="var(--mantine-color-text)">
        {children}
      </Text>
    </Group>
  );
}
