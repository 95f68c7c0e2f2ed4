import { Anchor, Box, Card, Group, Image, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";
import type { PublicWaitlistOffer } from "../../shared/contracts/waitlist.ts";
import classes from "../auth/auth-layout.module.css";
import { StippleMark } from "../components/wordmark.tsx";

interface OfferLayoutProps {
  clinic: PublicWaitlistOffer["clinic"] | null;
  logoUrl: string | null;
  children: ReactNode;
}

/**
 * The client's page: the clinic's logo and name over one card, in the clinic's colour, sized for
 * a phone first. Before the offer has loaded, the Stipple mark stands in.
 */
export function OfferLayout({ clinic, logoUrl, children }: OfferLayoutProps) {
  return (
    <main className={classes.page}>
      <Stack gap="lg" align="center" w="100%" maw={460}>
        <Group gap="sm" wrap="nowrap" justify="center">
          {clinic && logoUrl ? (
            <Image src={logoUrl} alt="" h={40} w="auto" maw={160} fit="contain" />
          ) : (
            <StippleMark size={32} />
          )}
          <Text component="p" fw={650} fz="lg" m={0}>
            {clinic?.name ?? "Your clinic"}
          </Text>
        </Group>
        <Card className={classes.card} padding={0} radius="lg">
          <Box h={6} bg={clinic?.primaryColour ?? "var(--mantine-primary-color-filled)"} />
          <Box p={{ base: "lg", xs: "xl" }}>{children}</Box>
        </Card>
        {clinic && (clinic.phone || clinic.email) && (
          <Text size="sm" c="dimmed" ta="center">
            Questions? Contact {clinic.name}
            {clinic.phone && (
              <>
                {" on "}
                <Anchor href={`tel:${clinic.phone.replace(/\s+/g, "")}`} inherit>
                  {clinic.phone}
                </Anchor>
              </>
            )}
            {clinic.email && (
              <>
                {clinic.phone ? " or " : " at "}
                <Anchor href={`mailto:${clinic.email}`} inherit>
                  {clinic.email}
                </Anchor>
              </>
            )}
            .
          </Text>
        )}
      </Stack>
    </main>
  );
}
