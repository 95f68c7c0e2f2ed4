import {
  ActionIcon,
  Button,
  Card,
  Group,
  NumberInput,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import { type ScarKind, scarKinds } from "../../../../domain/assessment/assessment.ts";
import { scarKindLabels } from "./assessment-labels.ts";
import { type AssessmentValues, newScar } from "./assessment-values.ts";

type Form = UseFormReturnType<AssessmentValues>;
const MAX_SCARS = 10;

/** Scars to camouflage: any case can have them (e.g. Norwood V with an FUT strip scar). */
export function ScarsCard({ form }: { form: Form }) {
  const { scars, caseType } = form.values;
  const required = caseType === "scar";
  return (
    <Card component="section" aria-labelledby="scars-title">
      <Group justify="space-between" gap="sm" mb={scars.length > 0 ? "md" : 4}>
        <Title order={2} fz="lg" id="scars-title">
          Scars
        </Title>
        <Button
          variant="light"
          size="sm"
          leftSection={<IconPlus size={16} aria-hidden="true" />}
          onClick={() => form.insertListItem("scars", newScar())}
          disabled={scars.length >= MAX_SCARS}
        >
          Add a scar
        </Button>
      </Group>
      {scars.length === 0 ? (
        <Text
          size="sm"
          c={form.errors.scars ? "red" : "dimmed"}
          role={form.errors.scars ? "alert" : undefined}
        >
          {form.errors.scars ??
            (required
              ? "Add the scar to camouflage."
              : "None. Add transplant or injury scars to blend into the treatment.")}
        </Text>
      ) : (
        <Stack gap="sm">
          {scars.map((scar, index) => (
            <ScarRow key={scar.key} form={form} index={index} />
          ))}
        </Stack>
      )}
    </Card>
  );
}

function ScarRow({ form, index }: { form: Form; index: number }) {
  const scar = form.values.scars[index];
  if (!scar) return null;
  const path = (field: string) => `scars.${index}.${field}`;
  const number = (field: "lengthCm" | "widthCm" | "areaCm2", label: string, max: number) => (
    <NumberInput
      size="md"
      label={label}
      suffix={field === "areaCm2" ? " cm²" : " cm"}
      min={0}
      max={max}
      decimalScale={1}
      clampBehavior="strict"
      w={150}
      {...form.getInputProps(path(field))}
    />
  );
  return (
    <Paper withBorder p="md" bg="var(--stipple-page-bg)">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Stack gap="sm" style={{ flex: 1 }} miw={0}>
          <SegmentedControl
            aria-label={`Kind of scar ${index + 1}`}
            size="sm"
            color="brand"
            w={{ base: "100%", xs: "fit-content" }}
            data={scarKinds.map((k) => ({ value: k, label: scarKindLabels[k] }))}
            value={scar.kind}
            onChange={(v) => form.setFieldValue(path("kind"), v as ScarKind)}
          />
          <Group gap="md" align="flex-start">
            {scar.kind !== "fue" && number("lengthCm", "Length", 60)}
            {scar.kind !== "fue" && number("widthCm", "Width", 10)}
            {scar.kind !== "fut" &&
              number("areaCm2", scar.kind === "fue" ? "Donor area" : "Area", 800)}
          </Group>
        </Stack>
        <ActionIcon
          variant="subtle"
          color="red"
          size="lg"
          aria-label={`Remove scar ${index + 1}`}
          onClick={() => form.removeListItem("scars", index)}
        >
          <IconTrash size={18} aria-hidden="true" />
        </ActionIcon>
      </Group>
    </Paper>
  );
}
