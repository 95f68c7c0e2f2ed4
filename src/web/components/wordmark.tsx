import { Group, Text } from "@mantine/core";

/** The Stipple mark: a dot grid fading like a stippled hairline. */
export function StippleMark({ size = 28 }: { size?: number }) {
  const dots: { x: number; y: number; r: number; o: number }[] = [];
  for (let row = 0; row < 4; row++) {
    for (let col = 0; col < 4; col++) {
      const t = (row + col) / 6;
      dots.push({ x: 8 + col * 9.3, y: 8 + row * 9.3, r: 3.6 - 2.6 * t, o: 1 - 0.35 * t });
    }
  }
  return (
    <svg width={size} height={size} viewBox="0 0 44 44" aria-hidden="true" focusable="false">
      <rect width="44" height="44" rx="10" fill="var(--mantine-primary-color-filled)" />
      {dots.map((d) => (
        <circle key={`${d.x}-${d.y}`} cx={d.x} cy={d.y} r={d.r} fill="#f4efe6" fillOpacity={d.o} />
      ))}
    </svg>
  );
}

/** Mark and name together, as on the sign-in card. */
export function Wordmark({ size = "xl" }: { size?: "md" | "lg" | "xl" }) {
  const mark = { md: 24, lg: 28, xl: 36 }[size];
  return (
    <Group gap="xs" wrap="nowrap" aria-label="Stipple" role="img">
      <StippleMark size={mark} />
      <Text
        component="span"
        fw={700}
        fz={size === "xl" ? 26 : size}
        lts={-0.4}
        c="slate.9"
        aria-hidden="true"
      >
        Stipple
      </Text>
    </Group>
  );
}
