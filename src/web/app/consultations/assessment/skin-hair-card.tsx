import {
  Box,
  Card,
  Checkbox,
  ColorSwatch,
  Group,
  Input,
  NumberInput,
  Radio,
  Select,
  SimpleGrid,
  Slider,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { type HairColour, hairColours } from "../../../../domain/assessment/assessment.ts";
import { fitzpatrickTypes, hairColourInfo } from "./assessment-labels.ts";
import type { AssessmentValues } from "./assessment-values.ts";

type Form = UseFormReturnType<AssessmentValues>;

/** Skin type, hair colour and grey: what the pigment and its strength are chosen from. */
export function SkinHairCard({ form }: { form: Form }) {
  const { values } = form;
  const colour = hairColourInfo[values.hairColour];
  return (
    <Card component="section" aria-labelledby="skin-hair-title">
      <Title order={2} fz="lg" id="skin-hair-title" mb="md">
        Skin and hair
      </Title>
      <Stack gap="lg">
        <Radio.Group
          size="md"
          label="Fitzpatrick skin type"
          withAsterisk
          value={String(values.fitzpatrick)}
          onChange={(v) => form.setFieldValue("fitzpatrick", Number(v))}
          error={form.errors.fitzpatrick}
        >
          <SimpleGrid cols={{ base: 2, sm: 3 }} mt={8} spacing="sm">
            {fitzpatrickTypes.map((type) => (
              <Radio.Card
                key={type.value}
                value={String(type.value)}
                p="sm"
                radius="md"
                aria-label={`Type ${type.numeral}: ${type.text}`}
              >
                <Group gap="sm" wrap="nowrap" align="flex-start">
                  <Radio.Indicator mt={2} />
                  <Box miw={0}>
                    <Group gap={8} wrap="nowrap">
                      <ColorSwatch color={type.tone} size={16} withShadow aria-hidden="true" />
                      <Text fw={650}>Type {type.numeral}</Text>
                    </Group>
                    <Text size="sm" c="dimmed" lh={1.35} mt={2}>
                      {type.text}
                    </Text>
                  </Box>
                </Group>
              </Radio.Card>
            ))}
          </SimpleGrid>
        </Radio.Group>

        <Select
          size="md"
          label="Hair colour"
          withAsterisk
          allowDeselect={false}
          w={{ base: "100%", xs: 240 }}
          data={hairColours.map((value) => ({ value, label: hairColourInfo[value].label }))}
          value={values.hairColour}
          onChange={(v) => v && form.setFieldValue("hairColour", v as HairColour)}
          leftSection={<ColorSwatch color={colour.swatch} size={18} aria-hidden="true" />}
          renderOption={({ option }) => (
            <Group gap="sm" wrap="nowrap">
              <ColorSwatch
                color={hairColourInfo[option.value as HairColour].swatch}
                size={18}
                aria-hidden="true"
              />
              {option.label}
            </Group>
          )}
        />
        <Input.Wrapper label="Grey hair" size="md" id="grey-pct" maw={520}>
          <Group gap="md" wrap="nowrap" mt={6}>
            <Slider
              style={{ flex: 1 }}
              size="lg"
              min={0}
              max={100}
              step={5}
              label={(v) => `${v} %`}
              thumbLabel="Grey hair, per cent"
              marks={[{ value: 0 }, { value: 25 }, { value: 50 }, { value: 75 }, { value: 100 }]}
              value={values.greyPct}
              onChange={(v) => form.setFieldValue("greyPct", v)}
            />
            <NumberInput
              id="grey-pct"
              aria-label="Grey hair (%)"
              size="md"
              w={96}
              min={0}
              max={100}
              allowDecimal={false}
              clampBehavior="strict"
              suffix=" %"
              value={values.greyPct}
              onChange={(v) => form.setFieldValue("greyPct", typeof v === "number" ? v : 0)}
            />
          </Group>
        </Input.Wrapper>

        <Checkbox.Group
          size="md"
          label="Skin that may need a fourth session"
          value={Object.entries(values.skinFlags)
            .filter(([, on]) => on)
            .map(([flag]) => flag)}
          onChange={(flags) =>
            form.setFieldValue("skinFlags", {
              dryOrFlaky: flags.includes("dryOrFlaky"),
              thick: flags.includes("thick"),
              sensitive: flags.includes("sensitive"),
            })
          }
        >
          <Group gap="lg" mt={8}>
            <Checkbox value="dryOrFlaky" label="Dry or flaky" />
            <Checkbox value="thick" label="Very thick" />
            <Checkbox value="sensitive" label="Sensitive" />
          </Group>
        </Checkbox.Group>
      </Stack>
    </Card>
  );
}
