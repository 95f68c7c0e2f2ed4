import { Box, Button, Center, FileButton, Group, Image, Stack, Text } from "@mantine/core";
import { IconPhoto, IconTrash, IconUpload } from "@tabler/icons-react";
import { useState } from "react";
import { LOGO_MAX_BYTES, LOGO_TYPES } from "../../../../shared/contracts/clinic.ts";
import { ConfirmDialog } from "../../../components/confirm-dialog.tsx";
import { errorMessage } from "../../../lib/api.ts";
import { notifyFailed, notifySaved } from "../common/notify.ts";
import { useLogo } from "./clinic-api.ts";

function fileProblem(file: File): string | null {
  if (!(LOGO_TYPES as readonly string[]).includes(file.type))
    return "Choose a PNG, JPEG or WebP image.";
  if (file.size > LOGO_MAX_BYTES)
    return `That image is ${(file.size / 1024 / 1024).toFixed(1)} MB: the limit is 2 MB.`;
  return null;
}

/** The clinic logo: a preview, upload (replaces) and remove. */
export function LogoField({ logoUrl, clinicName }: { logoUrl: string | null; clinicName: string }) {
  const { upload, remove } = useLogo();
  const [problem, setProblem] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);

  const choose = (file: File | null) => {
    if (!file) return;
    setProblem(null);
    const bad = fileProblem(file);
    if (bad) {
      setProblem(bad);
      return;
    }
    upload.mutate(file, {
      onSuccess: () =>
        notifySaved("Logo updated", "Your logo now shows in the app and on client emails."),
      onError: (error) => setProblem(errorMessage(error)),
    });
  };

  const removeLogo = () =>
    remove.mutate(undefined, {
      onSuccess: () => {
        setConfirming(false);
        notifySaved("Logo removed", "The clinic name is shown on its own instead.");
      },
      onError: (error) => {
        setConfirming(false);
        notifyFailed("Logo not removed", error);
      },
    });

  return (
    <Group align="center" gap="lg" wrap="wrap">
      <Center
        w={168}
        h={104}
        bg="var(--mantine-color-gray-0)"
        style={{
          border: "1px dashed var(--mantine-color-default-border)",
          borderRadius: "var(--mantine-radius-md)",
        }}
      >
        {logoUrl ? (
          <Image src={logoUrl} alt={`${clinicName} logo`} mah={80} maw={140} fit="contain" />
        ) : (
          <Stack gap={4} align="center">
            <IconPhoto size={28} color="var(--mantine-color-dimmed)" aria-hidden="true" />
            <Text size="xs" c="dimmed">
              No logo yet
            </Text>
          </Stack>
        )}
      </Center>
      <Stack gap={8} style={{ flex: "1 1 240px" }}>
        <Box>
          <Text size="sm" fw={500}>
            Logo
          </Text>
          <Text size="xs" c="dimmed">
            PNG, JPEG or WebP, at most 2 MB. A wide logo on a transparent background looks best.
          </Text>
        </Box>
        <Group gap="sm">
          <FileButton onChange={choose} accept={LOGO_TYPES.join(",")}>
            {(props) => (
              <Button
                {...props}
                variant="default"
                leftSection={<IconUpload size={16} />}
                loading={upload.isPending}
              >
                {logoUrl ? "Replace logo" : "Upload logo"}
              </Button>
            )}
          </FileButton>
          {logoUrl && (
            <Button
              variant="subtle"
              color="red"
              leftSection={<IconTrash size={16} />}
              onClick={() => setConfirming(true)}
            >
              Remove logo
            </Button>
          )}
        </Group>
        {problem && (
          <Text size="sm" c="red.7" role="alert">
            {problem}
          </Text>
        )}
      </Stack>
      <ConfirmDialog
        opened={confirming}
        title="Remove the logo?"
        confirmLabel="Remove logo"
        destructive
        loading={remove.isPending}
        onConfirm={removeLogo}
        onClose={() => setConfirming(false)}
      >
        The app header and client emails will show the clinic name without a logo. You can upload a
        new logo at any time.
      </ConfirmDialog>
    </Group>
  );
}
