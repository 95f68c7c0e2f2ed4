import type { MantineSize } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";

/** "md" controls (42px) on touch screens so every target is easy to hit; "sm" with a mouse. */
export function useTouchSize(): MantineSize {
  return useMediaQuery("(pointer: coarse)") ? "md" : "sm";
}
