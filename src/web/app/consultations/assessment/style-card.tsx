import {
  Alert,
  Box,
  Card,
  Input,
  SegmentedControl,
  Slider,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { IconInfoCircle } from "@tabler/icons-react";
import {
  expectationItems,
  type HairLengthPlan,
  type HairlineStyle,
  hairLengthPlans,
  hairlineStyles,
} from "../../../../domain/assessment/assessment.ts";
import { hairLengthLabels, hairlineStyleLabels } from "./assessment-labels.ts";
import type { AssessmentValues } from "./assessment-values.ts";

type Form = UseFormReturnType<AssessmentValues>;

const longHairCaveat = expectationItems.find((item) => item.id === "long_hair_caveat")?.text ?? "";

/** How the hair will be worn and where the hairline sits. */
export function StyleCard({ form }: { form: Form }) {
  const { values } = form;
  return (
    <Card component="section" aria-labelledby="style-title">
      <Title order={2} fz="lg" id="style-title" mb="md">
        Style and hairline
      </Title>
      <Stack gap="lg">
        <Input.Wrapper
          id="hair-length"
          label="Hair length after treatment"
          labelElement="div"
          size="md"
        >
          <Box mt={6}>
            <SegmentedControl
              role="radiogroup"
              aria-labelledby="hair-length-label"
              size="md"
              color="brand"
              w={{ base: "100%", xs: 360 }}
              data={hairLengthPlans.map((v) => ({ value: v, label: hairLengthLabels[v] }))}
              value={values.hairLengthPlan}
              onChange={(v) => form.setFieldValue("hairLengthPlan", v as HairLengthPlan)}
            />
          </Box>
        </Input.Wrapper>
        {values.hairLengthPlan === "long" && (
          <Alert
            color="orange"
            variant="light"
            icon={<IconInfoCircle size={18} aria-hidden="true" />}
            title="Talk this through with the client"
          >
            {longHairCaveat}
          </Alert>
        )}
        <Input.Wrapper id="hairline-style" label="Hairline style" labelElement="div" size="md">
          <SegmentedControl
            role="radiogroup"
            aria-labelledby="hairline-style-label"
            size="md"
            mt={6}
            color="brand"
            fullWidth
            data={hairlineStyles.map((v) => ({ value: v, label: hairlineStyleLabels[v] }))}
            value={values.hairlineStyle}
            onChange={(v) => form.setFieldValue("hairlineStyle", v as HairlineStyle)}
          />
        </Input.Wrapper>
        {values.hairlineStyle !== "none" && (
          <Input.Wrapper
            id="hairline-height"
            label="Hairline height above the brow"
            description="Measured at the centre of the forehead."
            labelElement="div"
            size="md"
          >
            <Slider
              mt="sm"
              mb="xl"
              mx="xs"
              size="lg"
              min={6}
              max={11}
              step={0.5}
              thumbLabel="Hairline height, centimetres"
              label={(v) => `${v} cm`}
              marks={[
                { value: 7, label: "7 cm · aggressive" },
                { value: 8.5, label: "8.5 cm" },
                { value: 10, label: "10 cm · conservative" },
              ]}
              value={values.hairlineHeightCm}
              onChange={(v) => form.setFieldValue("hairlineHeightCm", v)}
            />
            <Text size="sm" mt="lg" aria-live="polite">
              {values.hairlineHeightCm} cm ({heightWord(values.hairlineHeightCm)})
            </Text>
          </Input.Wrapper>
        )}
      </Stack>
    </Card>
  );
}

function heightWord(cm: number): string {
  if (cm < 8) return "aggressive, low";
  if (cm <= 9) return "balanced";
  return "conservative, high";
}
