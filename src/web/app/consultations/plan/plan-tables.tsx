import { Group, Table, Text } from "@mantine/core";
import type { TreatmentPlan } from "../../../../domain/planning/index.ts";
import { durationText, gapText } from "./plan-words.ts";
import { ShadeSwatch } from "./shade-swatch.tsx";

/** The zones of a plan that can no longer change. */
export function ZonesTable({ plan }: { plan: TreatmentPlan }) {
  return (
    <Table>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Zone</Table.Th>
          <Table.Th ta="right">Area</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {plan.zones.map((z, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: zones have no id
          <Table.Tr key={i}>
            <Table.Td>{z.label}</Table.Td>
            <Table.Td ta="right">{z.areaCm2} cm²</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The sessions of a plan that can no longer change. */
export function SessionsTable({ plan }: { plan: TreatmentPlan }) {
  return (
    <Table.ScrollContainer minWidth={620}>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Session</Table.Th>
            <Table.Th>Duration</Table.Th>
            <Table.Th>Strength</Table.Th>
            <Table.Th>Coverage</Table.Th>
            <Table.Th style={{ whiteSpace: "nowrap" }}>Gap before</Table.Th>
            <Table.Th>Focus</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {plan.sessions.map((s) => (
            <Table.Tr key={s.number}>
              <Table.Td fw={600}>{s.number}</Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>{durationText(s.durationMin)}</Table.Td>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <ShadeSwatch strengthPct={s.strengthPct} size={16} />
                  {s.strengthPct} %
                </Group>
              </Table.Td>
              <Table.Td>{s.coveragePct} %</Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>
                {s.gapDays === null ? "—" : gapText(s.gapDays)}
              </Table.Td>
              <Table.Td>
                {s.focus || (
                  <Text span c="dimmed" size="sm">
                    —
                  </Text>
                )}
                {s.overrideReason && (
                  <Text size="xs" c="dimmed">
                    Lighter on purpose: {s.overrideReason}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
