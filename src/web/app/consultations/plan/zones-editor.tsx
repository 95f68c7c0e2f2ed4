import {
  ActionIcon,
  Button,
  Group,
  Menu,
  NumberInput,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from "@mantine/core";
import { IconChevronDown, IconPlus, IconTrash } from "@tabler/icons-react";
import {
  type TreatmentPlan,
  totalAreaCm2,
  ZONE_LABELS,
  zoneIds,
} from "../../../../domain/planning/index.ts";
import { issueProps, SectionIssues } from "./field-issues.tsx";
import { addZone, MAX_ZONES } from "./plan-edits.ts";
import type { PlanIssue } from "./plan-issues.ts";
import { PlanSection } from "./plan-section.tsx";

interface ZonesEditorProps {
  plan: TreatmentPlan;
  issues: readonly PlanIssue[];
  onChange: (plan: TreatmentPlan) => void;
}

const toNumber = (v: number | string, fallback: number) =>
  typeof v === "number" && Number.isFinite(v) ? v : fallback;

/** The treated zones and their measured areas; the area drives price, time and impressions. */
export function ZonesEditor({ plan, issues, onChange }: ZonesEditorProps) {
  const setZone = (index: number, patch: Partial<TreatmentPlan["zones"][number]>) =>
    onChange({ ...plan, zones: plan.zones.map((z, i) => (i === index ? { ...z, ...patch } : z)) });

  return (
    <PlanSection
      title="Zones"
      path="zones"
      description="Measured areas. They set the price tier, session length and impressions."
    >
      <SectionIssues issues={issues} path="zones" />
      <Table verticalSpacing="xs" highlightOnHover={false} layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Zone</Table.Th>
            <Table.Th w={130}>Area</Table.Th>
            <Table.Th w={48}>
              <VisuallyHidden>Remove</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {plan.zones.map((zone, i) => (
            // Zones have no id of their own (two "Other" zones may exist): the row index is it.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <Table.Tr key={i}>
              <Table.Td>
                <TextInput
                  aria-label={`Zone ${i + 1} name`}
                  value={zone.label}
                  maxLength={80}
                  onChange={(e) => setZone(i, { label: e.currentTarget.value })}
                  error={zone.label.trim() === "" ? "Give the zone a name" : undefined}
                />
              </Table.Td>
              <Table.Td>
                <NumberInput
                  aria-label={`${zone.label || `Zone ${i + 1}`} area in cm²`}
                  value={zone.areaCm2}
                  min={0}
                  max={1000}
                  decimalScale={1}
                  suffix=" cm²"
                  onChange={(v) => setZone(i, { areaCm2: toNumber(v, 0) })}
                  {...issueProps(issues, `zones.${i}.areaCm2`)}
                />
              </Table.Td>
              <Table.Td>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  aria-label={`Remove ${zone.label || `zone ${i + 1}`}`}
                  disabled={plan.zones.length <= 1}
                  onClick={() => onChange({ ...plan, zones: plan.zones.filter((_, j) => j !== i) })}
                >
                  <IconTrash size={18} aria-hidden="true" />
                </ActionIcon>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th>Total</Table.Th>
            <Table.Th colSpan={2}>{totalAreaCm2(plan).toLocaleString("en-GB")} cm²</Table.Th>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
      <Group justify="space-between" align="flex-end" gap="md">
        <Menu position="bottom-start" shadow="md" disabled={plan.zones.length >= MAX_ZONES}>
          <Menu.Target>
            <Button
              variant="light"
              leftSection={<IconPlus size={16} aria-hidden="true" />}
              rightSection={<IconChevronDown size={14} aria-hidden="true" />}
              disabled={plan.zones.length >= MAX_ZONES}
            >
              Add zone
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {zoneIds.map((id) => (
              <Menu.Item key={id} onClick={() => onChange(addZone(plan, id))}>
                {ZONE_LABELS[id]}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
        <NumberInput
          label="Target density"
          w={190}
          value={plan.targetDensityPerCm2}
          min={20}
          max={400}
          step={10}
          suffix=" per cm²"
          onChange={(v) => onChange({ ...plan, targetDensityPerCm2: toNumber(v, 100) })}
          {...issueProps(issues, "targetDensityPerCm2")}
        />
      </Group>
      {plan.zones.length >= MAX_ZONES && (
        <Text size="xs" c="dimmed">
          A plan holds at most {MAX_ZONES} zones.
        </Text>
      )}
    </PlanSection>
  );
}
