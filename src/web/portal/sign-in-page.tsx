import {
  Anchor,
  Box,
  Button,
  Card,
  Group,
  Image,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { ApiError, errorMessage } from "../lib/api.ts";
import classes from "./portal.module.css";
import { portalLogoUrl, requestPortalCode, verifyPortalCode } from "./portal-api.ts";
import { usePortalTheme } from "./portal-brand.tsx";

const route = getRouteApi("/portal/$slug");
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Why a code was refused, in words a client understands. */
function codeError(error: unknown): { message: string; needsNewCode: boolean } {
  if (error instanceof ApiError) {
    if (error.status === 429)
      return {
        message: "Too many attempts. Please wait a minute, then try again.",
        needsNewCode: false,
      };
    if (error.status === 410) {
      const reason = error.problem.reason;
      return {
        message:
          reason === "too-many-attempts"
            ? "That code was tried too many times. Send yourself a new code."
            : "That code has expired. Send yourself a new code.",
        needsNewCode: true,
      };
    }
    if (error.status === 400 && !error.fieldErrors.length)
      return {
        message: "That code is not right. Check the latest email, or send a new code.",
        needsNewCode: false,
      };
  }
  return { message: errorMessage(error), needsNewCode: false };
}

/** Sign in to the clinic's portal: email, then the six-digit code from the email. */
export function PortalSignInPage() {
  const { slug } = route.useParams();
  const { brand, strong } = usePortalTheme();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [step, setStep] = useState<"email" | "code">("email");
  const [email, setEmail] = useState("");
  const [code, setCode] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const codeRef = useRef<HTMLInputElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `Sign in · ${brand.name}`;
  }, [brand.name]);

  useEffect(() => {
    if (step === "code") codeRef.current?.focus();
  }, [step]);

  async function sendCode(again: boolean) {
    const trimmed = email.trim();
    if (!EMAIL.test(trimmed)) {
      setError("Enter your email address, like name@example.com.");
      return;
    }
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      const sent = await requestPortalCode(slug, trimmed);
      setStep("code");
      setCode("");
      setNotice(
        `${again ? "A new code is on its way" : "We have emailed a code"} to ${trimmed} if it is the address ${brand.name} has for you. It works for ${sent.expiresInMinutes} minutes.`,
      );
    } catch (err) {
      setError(
        err instanceof ApiError && err.status === 429
          ? "Too many codes asked for. Please wait a minute, then try again."
          : errorMessage(err),
      );
    } finally {
      setBusy(false);
    }
  }

  async function verify(event: FormEvent) {
    event.preventDefault();
    const digits = code.replace(/\s+/g, "");
    if (!/^\d{6}$/.test(digits)) {
      setError("Enter the 6-digit code from the email.");
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await verifyPortalCode(slug, email.trim(), digits);
      queryClient.removeQueries({ queryKey: ["portal", slug] });
      await navigate({ to: "/portal/$slug", params: { slug } });
    } catch (err) {
      const problem = codeError(err);
      setError(problem.message);
      if (problem.needsNewCode) setCode("");
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className={classes.signIn}>
      <Stack gap="lg" align="center" w="100%" maw={460}>
        <Group gap="sm" wrap="nowrap" justify="center">
          {brand.hasLogo && (
            <Image src={portalLogoUrl(slug)} alt="" h={40} w="auto" maw={160} fit="contain" />
          )}
          <Text component="p" fw={650} fz="lg" m={0}>
            {brand.name}
          </Text>
        </Group>
        <Card className={classes.signInCard} padding={0} radius="lg">
          <Box h={6} bg={brand.primaryColour} />
          <Box p={{ base: "lg", xs: "xl" }}>
            {step === "email" ? (
              <form
                noValidate
                onSubmit={(event) => {
                  event.preventDefault();
                  void sendCode(false);
                }}
              >
                <Stack gap="md">
                  <Title order={1} fz="h3" ref={headingRef}>
                    Sign in to your client portal
                  </Title>
                  <Text c="gray.7">
                    Enter the email address you gave {brand.name}. We will email you a 6-digit code;
                    no password needed.
                  </Text>
                  <TextInput
                    label="Email address"
                    type="email"
                    autoComplete="email"
                    inputMode="email"
                    value={email}
                    onChange={(e) => setEmail(e.currentTarget.value)}
                    error={error}
                    required
                    size="md"
                  />
                  <Button type="submit" size="md" color={strong} loading={busy}>
                    Email me a code
                  </Button>
                </Stack>
              </form>
            ) : (
              <form noValidate onSubmit={(e) => void verify(e)}>
                <Stack gap="md">
                  <Title order={1} fz="h3">
                    Check your email
                  </Title>
                  {notice && (
                    <Text c="gray.7" role="status">
                      {notice}
                    </Text>
                  )}
                  <TextInput
                    ref={codeRef}
                    label="6-digit code"
                    className={classes.codeInput}
                    autoComplete="one-time-code"
                    inputMode="numeric"
                    maxLength={7}
                    value={code}
                    onChange={(e) => setCode(e.currentTarget.value)}
                    error={error}
                    required
                    size="lg"
                  />
                  <Button type="submit" size="md" color={strong} loading={busy}>
                    Sign in
                  </Button>
                  <Group justify="space-between" gap="xs">
                    <Anchor
                      component="button"
                      type="button"
                      c={strong}
                      onClick={() => void sendCode(true)}
                      disabled={busy}
                    >
                      Send a new code
                    </Anchor>
                    <Anchor
                      component="button"
                      type="button"
                      c={strong}
                      onClick={() => {
                        setStep("email");
                        setError(null);
                        setNotice(null);
                      }}
                    >
                      Use a different email
                    </Anchor>
                  </Group>
                </Stack>
              </form>
            )}
          </Box>
        </Card>
        <Text size="sm" c="gray.7" ta="center">
          The code only works for you and only once. Never share it.
        </Text>
      </Stack>
    </main>
  );
}
