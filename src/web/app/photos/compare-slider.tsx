import { AspectRatio, Box, Group, Image, Loader, Stack, Text } from "@mantine/core";
import { useId, useState } from "react";

interface Side {
  url: string | null;
  caption: string;
}

function Frame({ side, alt }: { side: Side; alt: string }) {
  return side.url ? (
    <Image src={side.url} alt={alt} fit="contain" h="100%" w="100%" />
  ) : (
    <Group justify="center" h="100%">
      <Loader size="sm" aria-label="Loading photo" />
    </Group>
  );
}

/** The two photos next to each other. */
export function SideBySide({ before, after }: { before: Side; after: Side }) {
  return (
    <Group grow align="flex-start" gap="sm">
      {[before, after].map((side, i) => (
        <Stack key={side.caption + String(i)} gap={4}>
          <AspectRatio ratio={3 / 4}>
            <Box bg="dark.8" style={{ borderRadius: 8, overflow: "hidden" }}>
              <Frame side={side} alt={`${i === 0 ? "Before" : "After"}: ${side.caption}`} />
            </Box>
          </AspectRatio>
          <Text size="sm" ta="center">
            {i === 0 ? "Before" : "After"} · {side.caption}
          </Text>
        </Stack>
      ))}
    </Group>
  );
}

/**
 * Before/after slider: the "after" photo is revealed from the left up to the handle. The handle
 * is a native range input, so arrow keys, Home/End and screen readers work.
 */
export function BeforeAfterSlider({ before, after }: { before: Side; after: Side }) {
  const [position, setPosition] = useState(50);
  const id = useId();
  return (
    <Stack gap="xs">
      <AspectRatio ratio={3 / 4} maw={480} mx="auto" w="100%">
        <Box pos="relative" bg="dark.8" style={{ borderRadius: 8, overflow: "hidden" }}>
          <Box pos="absolute" inset={0}>
            <Frame side={before} alt={`Before: ${before.caption}`} />
          </Box>
          <Box
            pos="absolute"
            inset={0}
            data-testid="after-layer"
            style={{ clipPath: `inset(0 ${100 - position}% 0 0)` }}
          >
            <Frame side={after} alt={`After: ${after.caption}`} />
          </Box>
          <Box
            pos="absolute"
            top={0}
            bottom={0}
            aria-hidden="true"
            style={{
              left: `${position}%`,
              width: 2,
              marginLeft: -1,
              background: "white",
              boxShadow: "0 0 4px rgba(0,0,0,0.7)",
            }}
          />
          <Text
            pos="absolute"
            top={8}
            left={8}
            size="xs"
            c="white"
            bg="rgba(0,0,0,0.55)"
            px={6}
            style={{ borderRadius: 4 }}
          >
            After
          </Text>
          <Text
            pos="absolute"
            top={8}
            right={8}
            size="xs"
            c="white"
            bg="rgba(0,0,0,0.55)"
            px={6}
            style={{ borderRadius: 4 }}
          >
            Before
          </Text>
        </Box>
      </AspectRatio>
      <label
        htmlFor={id}
        style={{ display: "block", maxWidth: 480, margin: "0 auto", width: "100%" }}
      >
        <Text size="sm" mb={4}>
          Slide to compare: after ({after.caption}) on the left, before ({before.caption}) on the
          right
        </Text>
        <input
          id={id}
          type="range"
          min={0}
          max={100}
          step={1}
          value={position}
          aria-valuetext={`${position}% after`}
          onChange={(e) => setPosition(Number(e.currentTarget.value))}
          style={{ width: "100%" }}
        />
      </label>
    </Stack>
  );
}
