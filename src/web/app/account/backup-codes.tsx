import { Button, CopyButton, Group, Paper, SimpleGrid, Stack, Text } from "@mantine/core";
import { IconCheck, IconCopy, IconDownload } from "@tabler/icons-react";

/** Backup codes in a grid, with copy and download; each code signs in once without the app. */
export function BackupCodes({ codes, clinicName }: { codes: string[]; clinicName: string }) {
  const text = codes.join("\n");

  const download = () => {
    const body = [
      `Stipple backup codes (${clinicName})`,
      "Each code can be used once to sign in if you cannot use your authenticator app.",
      "Keep them somewhere safe, such as a password manager.",
      "",
      ...codes,
      "",
    ].join("\n");
    const url = URL.createObjectURL(new Blob([body], { type: "text/plain;charset=utf-8" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = "stipple-backup-codes.txt";
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  return (
    <Stack gap="sm">
      <Paper withBorder p="md" bg="slate.0">
        <SimpleGrid
          cols={{ base: 2, xs: 2 }}
          spacing="xs"
          verticalSpacing={6}
          component="ul"
          m={0}
          p={0}
          aria-label="Backup codes"
          style={{ listStyle: "none" }}
        >
          {codes.map((code) => (
            <Text key={code} component="li" ff="monospace" fz="md" ta="center" lts={1}>
              {code}
            </Text>
          ))}
        </SimpleGrid>
      </Paper>
      <Group gap="sm">
        <CopyButton value={text} timeout={2000}>
          {({ copied, copy }) => (
            <Button
              variant="default"
              size="sm"
              onClick={copy}
              leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
            >
              {copied ? "Copied" : "Copy codes"}
            </Button>
          )}
        </CopyButton>
        <Button
          variant="default"
          size="sm"
          onClick={download}
          leftSection={<IconDownload size={16} />}
        >
          Download
        </Button>
      </Group>
    </Stack>
  );
}
