import { Divider, NumberInput, Select, SimpleGrid, Stack, Text } from "@mantine/core";
import { FieldHelp, NumField, useDefaultAt } from "./clinical-fields.tsx";
import type { ClinicalForm } from "./clinical-form.ts";
import { FITZPATRICK } from "./clinical-labels.ts";
import { ClinicalSection } from "./clinical-section.tsx";

const TYPE_OPTIONS = FITZPATRICK.map((roman, i) => ({
  value: String(i + 1),
  label: `Type ${roman}`,
}));

/** Density, how the layers build up, and the fair-skin pigment limit (reference §2, §3.4, §4.5). */
export function DensitySection({ form }: { form: ClinicalForm }) {
  const fairType = useDefaultAt(form, "pigment.fairSkinMaxType");
  const margin = useDefaultAt(form, "density.scarBlendMarginCm");
  const typeInput = form.getInputProps("pigment.fairSkinMaxType");

  return (
    <ClinicalSection
      form={form}
      keys={["density", "layering", "pigment"]}
      title="Density and layering"
      description="How dense the finished result is, how the sessions build it up, and when pigment strength is capped on fair skin."
    >
      <Stack gap="lg">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="md">
          <NumField
            form={form}
            path="density.targetPerCm2"
            label="Target density"
            help="Reference §2.3: about 100 impressions per cm², like natural follicles."
            unit="per cm²"
            min={20}
            max={400}
          />
          <NumberInput
            label="Blend zone each side of a scar"
            description={
              <FieldHelp
                help="Reference §2.2: 1 to 2 cm into the surrounding hair."
                changedFrom={margin.changed ? `${margin.value} cm` : null}
              />
            }
            min={0}
            max={5}
            step={0.5}
            decimalScale={1}
            allowNegative={false}
            hideControls
            rightSection={
              <Text size="sm" c="dimmed" aria-hidden="true" pr={6}>
                cm
              </Text>
            }
            {...form.getInputProps("density.scarBlendMarginCm")}
          />
          <NumField
            form={form}
            path="layering.firstSessionStrengthPct"
            label="First session pigment strength"
            help="Reference §3.4: start light; later sessions go darker evenly up to full strength."
            unit="%"
            min={10}
            max={100}
          />
          <NumField
            form={form}
            path="layering.firstSessionCoveragePct"
            label="Coverage after the first session"
            help="Reference §3.4: a base layer first, reaching 100 % at the last session."
            unit="%"
            min={10}
            max={100}
          />
        </SimpleGrid>

        <Divider label="Pigment on fair skin" labelPosition="left" />

        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="md">
          <Select
            label="Fair skin is Fitzpatrick type up to"
            description={
              <FieldHelp
                help="Reference §4.5: fair skin shows a blue cast sooner."
                changedFrom={
                  fairType.changed ? `type ${FITZPATRICK[Number(fairType.value) - 1]}` : null
                }
              />
            }
            data={TYPE_OPTIONS}
            allowDeselect={false}
            comboboxProps={{ keepMounted: false }}
            value={String(typeInput.value)}
            onChange={(v) => v && form.setFieldValue("pigment.fairSkinMaxType", Number(v))}
            error={typeInput.error}
          />
          <NumField
            form={form}
            path="pigment.fairSkinMaxStrengthPct"
            label="Strongest pigment on fair skin"
            help="Reference §4.5: a stronger final mix risks a blue cast."
            unit="%"
            min={10}
            max={100}
          />
        </SimpleGrid>
      </Stack>
    </ClinicalSection>
  );
}
