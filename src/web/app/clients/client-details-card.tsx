import { Card, DataList, Text, Title } from "@mantine/core";
import type { Client } from "../../../shared/contracts/clients.ts";
import { calendarDate, useFormatter } from "../../lib/format.ts";
import { useMe } from "../../lib/use-me.ts";

/** Everything on file about the client, read-only (edited from the page header). */
export function ClientDetailsCard({ client }: { client: Client }) {
  const { clinic } = useMe();
  const formatter = useFormatter();
  const address = [client.addressLine1, client.city, client.postcode].filter(Boolean).join(", ");
  const rows: [string, string | null][] = [
    ["First name", client.firstName],
    ["Last name", client.lastName],
    ["Preferred name", client.preferredName || null],
    ["Date of birth", client.dateOfBirth ? calendarDate(client.dateOfBirth, clinic.locale) : null],
    ["Email", client.email],
    ["Phone", client.phone],
    ["Address", address || null],
    ["Client since", formatter.date(Date.parse(client.createdAt))],
  ];

  return (
    <Card component="section" aria-labelledby="client-details-title">
      <Title order={2} fz="lg" id="client-details-title" mb="md">
        Details
      </Title>
      <DataList orientation="horizontal" labelWidth={130} gap="sm" size="sm">
        {rows.map(([label, value]) => (
          <DataList.Item key={label}>
            <DataList.ItemLabel>{label}</DataList.ItemLabel>
            <DataList.ItemValue>
              {value ?? (
                <Text span c="dimmed" size="sm">
                  Not given
                </Text>
              )}
            </DataList.ItemValue>
          </DataList.Item>
        ))}
      </DataList>
    </Card>
  );
}
