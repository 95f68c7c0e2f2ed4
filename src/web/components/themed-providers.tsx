import { MantineProvider } from "@mantine/core";
import { DatesProvider } from "@mantine/dates";
import { Notifications } from "@mantine/notifications";
import { type ReactNode, useEffect, useMemo } from "react";
import { useCachedMe } from "../lib/use-me.ts";
import { buildTheme, cssVariablesResolver, DEFAULT_ACCENT, DEFAULT_PRIMARY } from "../theme.ts";

/** Mantine with the clinic's colours once the signed-in clinic is known; Stipple's teal before. */
export function ThemedProviders({ children }: { children: ReactNode }) {
  const me = useCachedMe();
  const primary = me?.clinic.primaryColour ?? DEFAULT_PRIMARY;
  const accent = me?.clinic.accentColour ?? DEFAULT_ACCENT;
  const theme = useMemo(() => buildTheme(primary, accent), [primary, accent]);
  const locale = me?.clinic.locale ?? "en-GB";

  useEffect(() => {
    document.documentElement.lang = locale;
    document.querySelector('meta[name="theme-color"]')?.setAttribute("content", primary);
  }, [locale, primary]);

  return (
    <MantineProvider
      theme={theme}
      defaultColorScheme="light"
      cssVariablesResolver={cssVariablesResolver}
    >
      <DatesProvider settings={{ firstDayOfWeek: 1, weekendDays: [0, 6] }}>
        <Notifications position="top-right" limit={4} />
        {children}
      </DatesProvider>
    </MantineProvider>
  );
}
