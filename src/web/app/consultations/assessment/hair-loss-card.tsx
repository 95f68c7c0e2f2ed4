import {
  Box,
  Card,
  Chip,
  Group,
  Input,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Title,
} from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import {
  type CaseType,
  caseTypes,
  type LudwigGrade,
  ludwigGrades,
  type NorwoodStage,
  norwoodStages,
  type SavinGrade,
  savinGrades,
} from "../../../../domain/assessment/assessment.ts";
import { DateField } from "../date-field.tsx";
import { caseTypeLabels, norwoodLabel, savinLabels } from "./assessment-labels.ts";
import { type AssessmentValues, isAlopecia, newScar } from "./assessment-values.ts";

type Form = UseFormReturnType<AssessmentValues>;

/** What kind of case this is, and the scale that grades it (only the fields that apply). */
export function HairLossCard({ form, today }: { form: Form; today: string }) {
  const { caseType } = form.values;
  const changeCase = (next: CaseType) => {
    form.setFieldValue("caseType", next);
    // A scar case needs a scar to describe: start one.
    if (next === "scar" && form.values.scars.length === 0) form.insertListItem("scars", newScar());
  };

  return (
    <Card component="section" aria-labelledby="hair-loss-title">
      <Title order={2} fz="lg" id="hair-loss-title" mb="md">
        Hair loss
      </Title>
      <Stack gap="lg">
        <Select
          size="md"
          label="Case type"
          withAsterisk
          allowDeselect={false}
          data={caseTypes.map((value) => ({ value, label: caseTypeLabels[value] }))}
          {...form.getInputProps("caseType")}
          onChange={(value) => value && changeCase(value as CaseType)}
          w={{ base: "100%", sm: 360 }}
        />
        {caseType === "male_pattern" && <NorwoodField form={form} />}
        {caseType === "female_pattern" && (
          <Group gap="lg" align="flex-start">
            <Input.Wrapper
              id="ludwig"
              label="Ludwig grade"
              withAsterisk
              labelElement="div"
              size="md"
              error={form.errors.ludwig}
            >
              <Box mt={6}>
                <SegmentedControl
                  role="radiogroup"
                  aria-labelledby="ludwig-label"
                  size="md"
                  color="brand"
                  w={220}
                  data={ludwigGrades.map((g) => ({ value: g, label: g }))}
                  value={form.values.ludwig ?? ""}
                  onChange={(v) => form.setFieldValue("ludwig", v as LudwigGrade)}
                />
              </Box>
            </Input.Wrapper>
            <Select
              size="md"
              label="Savin grade"
              description="Optional"
              clearable
              placeholder="Not graded"
              data={savinGrades.map((g) => ({ value: g, label: savinLabels[g] }))}
              value={form.values.savin}
              onChange={(v) => form.setFieldValue("savin", v as SavinGrade | null)}
              w={200}
            />
          </Group>
        )}
        {isAlopecia(caseType) && (
          <SimpleGrid cols={{ base: 1, sm: caseType === "alopecia_areata" ? 3 : 1 }}>
            <DateField
              size="md"
              label="Last new patch or spread"
              withAsterisk={caseType === "alopecia_areata"}
              max={today}
              {...form.getInputProps("alopeciaLastActivity")}
            />
            {caseType === "alopecia_areata" && (
              <>
                <NumberInput
                  size="md"
                  label="Number of patches"
                  min={1}
                  max={100}
                  allowDecimal={false}
                  clampBehavior="strict"
                  {...form.getInputProps("alopeciaPatchCount")}
                />
                <NumberInput
                  size="md"
                  label="Total patch area"
                  suffix=" cm²"
                  min={0}
                  max={800}
                  decimalScale={1}
                  clampBehavior="strict"
                  {...form.getInputProps("alopeciaAreaCm2")}
                />
              </>
            )}
          </SimpleGrid>
        )}
        {caseType === "birthmark" && (
          <NumberInput
            size="md"
            label="Birthmark area"
            suffix=" cm²"
            min={0}
            max={800}
            decimalScale={1}
            clampBehavior="strict"
            maw={260}
            {...form.getInputProps("birthmarkAreaCm2")}
          />
        )}
      </Stack>
    </Card>
  );
}

function NorwoodField({ form }: { form: Form }) {
  return (
    <Input.Wrapper
      id="norwood"
      label="Norwood stage"
      withAsterisk
      labelElement="div"
      size="md"
      error={form.errors.norwood}
    >
      <Chip.Group
        multiple={false}
        value={form.values.norwood ?? ""}
        onChange={(v) => form.setFieldValue("norwood", v as NorwoodStage)}
      >
        <Group gap="xs" mt={8} role="radiogroup" aria-labelledby="norwood-label">
          {norwoodStages.map((stage) => (
            <Chip key={stage} value={stage} size="md" radius="md" variant="outline">
              {norwoodLabel(stage)}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
    </Input.Wrapper>
  );
}
