import {
  Badge,
  Box,
  Button,
  ColorInput,
  Divider,
  Group,
  SimpleGrid,
  Stack,
  Text,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import type { Clinic } from "../../../../shared/contracts/clinic.ts";
import { applyFieldErrors } from "../../../lib/api.ts";
import { generatePalette, isHexColour, prefersWhiteText } from "../../../lib/palette.ts";
import { FormProblem } from "../common/form-problem.tsx";
import { notifySaved } from "../common/notify.ts";
import { SettingsSection } from "../common/settings-section.tsx";
import { useUpdateClinic } from "./clinic-api.ts";
import { LogoField } from "./logo-field.tsx";

const PRIMARY_SWATCHES = [
  "#1f6f78",
  "#1c4e80",
  "#364fc7",
  "#5f3dc4",
  "#862e9c",
  "#a61e4d",
  "#2b8a3e",
  "#2f3b45",
];
const ACCENT_SWATCHES = [
  "#c8873a",
  "#e8590c",
  "#f08c00",
  "#d6336c",
  "#0ca678",
  "#1098ad",
  "#7048e8",
  "#868e96",
];

/** The shade buttons use (as the theme picks it): readable white text whatever the brand colour. */
function buttonShade(hex: string): string {
  const { shades, index } = generatePalette(hex);
  return shades[Math.min(8, Math.max(5, index))] ?? hex;
}

/** Filled badge: the colour with white or near-black text, whichever reads better. */
function filledBadge(hex: string) {
  return { background: hex, color: prefersWhiteText(hex) ? "#ffffff" : "#1f272d" };
}

/** Light badge: a pale tint with a dark shade of the colour for readable text. */
function lightBadge(hex: string) {
  const { shades } = generatePalette(hex);
  return { background: shades[1], color: shades[8] };
}

/** Logo and the two brand colours, with a small preview of how the app will look. */
export function BrandingSection({ clinic }: { clinic: Clinic }) {
  const update = useUpdateClinic();
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm({
    initialValues: { primaryColour: clinic.primaryColour, accentColour: clinic.accentColour },
    validate: {
      primaryColour: (v) => (isHexColour(v) ? null : "Enter a colour like #1f6f78"),
      accentColour: (v) => (isHexColour(v) ? null : "Enter a colour like #c8873a"),
    },
  });
  const { primaryColour, accentColour } = form.getValues();
  const primary = isHexColour(primaryColour) ? primaryColour : clinic.primaryColour;
  const accent = isHexColour(accentColour) ? accentColour : clinic.accentColour;

  const submit = form.onSubmit((values) => {
    setProblem(null);
    update.mutate(
      {
        primaryColour: values.primaryColour.toLowerCase(),
        accentColour: values.accentColour.toLowerCase(),
      },
      {
        onSuccess: (saved) => {
          const next = { primaryColour: saved.primaryColour, accentColour: saved.accentColour };
          form.setInitialValues(next);
          form.setValues(next);
          notifySaved("Branding saved", "Stipple now uses your clinic's colours.");
        },
        onError: (error) => setProblem(applyFieldErrors(form, error)),
      },
    );
  });

  return (
    <SettingsSection
      title="Branding"
      description="Your logo and colours appear in the app, on client emails and in the booking widget."
    >
      <Stack gap="lg">
        <LogoField logoUrl={clinic.logoUrl} clinicName={clinic.name} />
        <Divider />
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <FormProblem problem={problem} />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <ColorInput
                label="Primary colour"
                description="Buttons, links and highlights"
                format="hex"
                eyeDropperButtonProps={{ "aria-label": "Pick a colour from the screen" }}
                swatches={PRIMARY_SWATCHES}
                swatchesPerRow={8}
                {...form.getInputProps("primaryColour")}
              />
              <ColorInput
                label="Accent colour"
                description="Badges and secondary highlights"
                format="hex"
                eyeDropperButtonProps={{ "aria-label": "Pick a colour from the screen" }}
                swatches={ACCENT_SWATCHES}
                swatchesPerRow={8}
                {...form.getInputProps("accentColour")}
              />
            </SimpleGrid>
            <Box
              p="md"
              bg="var(--mantine-color-gray-0)"
              style={{
                borderRadius: "var(--mantine-radius-md)",
                border: "1px solid var(--mantine-color-default-border)",
              }}
              aria-label="Preview"
              role="img"
            >
              <Text size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.5} mb="xs">
                Preview
              </Text>
              <Group gap="sm" aria-hidden="true">
                <Button color={buttonShade(primary)} size="xs" tabIndex={-1} component="span">
                  Book appointment
                </Button>
                <Text size="sm" fw={600} c={buttonShade(primary)} component="span">
                  View client
                </Text>
                <Badge variant="light" component="span" style={lightBadge(accent)}>
                  Touch-up due
                </Badge>
                <Badge variant="filled" component="span" style={filledBadge(accent)}>
                  New
                </Badge>
              </Group>
            </Box>
            <Group justify="flex-end" gap="sm">
              {form.isDirty() && (
                <Button variant="default" onClick={() => form.reset()}>
                  Discard changes
                </Button>
              )}
              <Button type="submit" loading={update.isPending}>
                Save branding
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </SettingsSection>
  );
}
