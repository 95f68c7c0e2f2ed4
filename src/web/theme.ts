import {
  type CSSVariablesResolver,
  createTheme,
  type MantineColorsTuple,
  type MantineThemeOverride,
} from "@mantine/core";
import { generatePalette } from "./lib/palette.ts";

export const DEFAULT_PRIMARY = "#1f6f78";
export const DEFAULT_ACCENT = "#c8873a";

const systemFont =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "Liberation Sans", Arial, sans-serif, "Apple Color Emoji", "Segoe UI Emoji"';
const monoFont =
  'ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace';

/** A cool, slightly blue-green grey: calmer than Mantine's default for a clinical app. */
const slate: MantineColorsTuple = [
  "#f6f8f9",
  "#eceff1",
  "#dce1e5",
  "#c4ccd2",
  "#a3aeb7",
  "#7f8c96",
  "#5f6c76",
  "#48545d",
  "#333d45",
  "#1f272d",
];

/** The app theme, following the clinic's brand colours (falls back to Stipple's teal). */
export function buildTheme(
  primaryHex = DEFAULT_PRIMARY,
  accentHex = DEFAULT_ACCENT,
): MantineThemeOverride {
  const primary = generatePalette(primaryHex);
  const accent = generatePalette(accentHex);
  // Buttons and links need contrast whatever the brand colour: keep the primary shade mid-to-dark.
  const shade = Math.min(8, Math.max(5, primary.index)) as 5 | 6 | 7 | 8;
  return createTheme({
    primaryColor: "brand",
    primaryShade: { light: shade, dark: Math.max(4, shade - 2) as 4 | 5 | 6 },
    colors: { brand: primary.shades, accent: accent.shades, slate },
    autoContrast: true,
    fontFamily: systemFont,
    fontFamilyMonospace: monoFont,
    headings: { fontFamily: systemFont, fontWeight: "650" },
    defaultRadius: "md",
    cursorType: "pointer",
    focusRing: "auto",
    components: {
      Card: { defaultProps: { withBorder: true, radius: "md", padding: "lg" } },
      Paper: { defaultProps: { radius: "md" } },
      Modal: {
        defaultProps: {
          centered: true,
          radius: "md",
          overlayProps: { backgroundOpacity: 0.4, blur: 2 },
          closeButtonProps: { "aria-label": "Close" },
        },
      },
      Drawer: {
        defaultProps: {
          overlayProps: { backgroundOpacity: 0.4, blur: 2 },
          closeButtonProps: { "aria-label": "Close" },
        },
      },
      Tooltip: { defaultProps: { withArrow: true, openDelay: 300 } },
      Badge: { defaultProps: { radius: "sm" } },
      TextInput: { defaultProps: { radius: "md" } },
      PasswordInput: {
        defaultProps: {
          radius: "md",
          // Keeps getByLabel("Password") unambiguous; the toggle still has a clear name.
          visibilityToggleButtonProps: { "aria-label": "Show characters" },
        },
      },
      Table: { defaultProps: { verticalSpacing: "sm", highlightOnHover: true } },
    },
  });
}

// Text on "light" badges and alerts uses a darker shade than Mantine's default to pass WCAG AA.
const lightVariantText = Object.fromEntries(
  ["green", "blue", "orange", "red", "gray", "teal", "yellow", "accent", "slate"].map((colour) => [
    `--mantine-color-${colour}-light-color`,
    `color-mix(in srgb, var(--mantine-color-${colour}-9) 78%, #000)`,
  ]),
);

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    ...lightVariantText,
    "--mantine-color-body": "#ffffff",
    // White on Mantine's red 6 is 3.3:1; destructive buttons use red 9 (5.4:1) instead.
    "--mantine-color-red-filled": "var(--mantine-color-red-9)",
    "--mantine-color-red-filled-hover": "color-mix(in srgb, var(--mantine-color-red-9) 85%, #000)",
    "--stipple-page-bg": "#f6f8f9",
    // Mantine's default dimmed grey is under 4.5:1 on white; this slate passes WCAG AA.
    "--mantine-color-dimmed": "#5b6770",
  },
  dark: {
    "--stipple-page-bg": "var(--mantine-color-dark-8)",
  },
});
