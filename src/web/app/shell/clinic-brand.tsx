import { Group, Image, Text, UnstyledButton } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { StippleMark } from "../../components/wordmark.tsx";
import type { Me } from "../../lib/use-me.ts";

/** The clinic's logo (or the Stipple mark) and name, linking to the start page. */
export function ClinicBrand({ clinic }: { clinic: Me["clinic"] }) {
  return (
    <UnstyledButton
      component={Link}
      to="/appointments"
      aria-label={`${clinic.name}: appointments`}
      miw={0}
    >
      <Group gap="sm" wrap="nowrap" miw={0}>
        {clinic.logoUrl ? (
          <Image src={clinic.logoUrl} alt="" h={34} w="auto" maw={120} fit="contain" />
        ) : (
          <StippleMark size={30} />
        )}
        <Text fw={650} size="lg" truncate="end" lh={1.2}>
          {clinic.name}
        </Text>
      </Group>
    </UnstyledButton>
  );
}
