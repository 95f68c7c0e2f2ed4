import { createContext, type ReactNode, useContext } from "react";
import type { PortalBrand } from "../../shared/contracts/portal.ts";
import { generatePalette, prefersWhiteText } from "../lib/palette.ts";

export interface PortalTheme {
  brand: PortalBrand;
  /** A shade of the clinic's colour dark enough for white text on buttons and links. */
  strong: string;
  /** A pale tint for backgrounds. */
  tint: string;
  /** Text colour on the clinic's own colour. */
  onPrimary: string;
}

export function portalTheme(brand: PortalBrand): PortalTheme {
  const palette = generatePalette(brand.primaryColour);
  // The clinic's colour, or the first darker shade white text reads well on (WCAG AA).
  const strong =
    palette.shades.slice(palette.index).find((shade) => prefersWhiteText(shade)) ??
    palette.shades[9];
  return {
    brand,
    strong,
    tint: palette.shades[0],
    onPrimary: prefersWhiteText(brand.primaryColour) ? "#ffffff" : "#1a1b1e",
  };
}

const PortalThemeContext = createContext<PortalTheme | null>(null);

export function PortalThemeProvider({
  theme,
  children,
}: {
  theme: PortalTheme;
  children: ReactNode;
}) {
  return <PortalThemeContext.Provider value={theme}>{children}</PortalThemeContext.Provider>;
}

/** The clinic's brand inside the portal (set by PortalRoot). */
export function usePortalTheme(): PortalTheme {
  const theme = useContext(PortalThemeContext);
  if (!theme) throw new Error("usePortalTheme outside the portal");
  return theme;
}
