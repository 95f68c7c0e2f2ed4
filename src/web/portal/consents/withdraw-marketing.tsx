import { Alert, Button, Card, Group, Modal, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { errorMessage } from "../../lib/api.ts";
import { usePortalWithdrawMarketing } from "./consents-api.ts";

/** One click (after a clear confirmation) to stop the clinic using the client's photos for marketing. */
export function WithdrawMarketing({ slug, onDone }: { slug: string; onDone: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const withdraw = usePortalWithdrawMarketing(slug);
  return (
    <Card withBorder padding="md">
      <Stack gap="sm">
        <Title order={2} fz="h4">
          Your photos in marketing
        </Title>
        <Text size="sm">
          You agreed that the clinic may use anonymised photos of your scalp to show its work. You
          can stop this at any time.
        </Text>
        <Group>
          <Button color="red" variant="light" onClick={() => setConfirming(true)}>
            Stop using my photos for marketing
          </Button>
        </Group>
      </Stack>
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title="Stop using your photos for marketing?"
        centered
      >
        <Stack gap="sm">
          <Text size="sm">
            From now on, none of your photos will be used for marketing. They stay in your clinical
            record only, for your treatment. Photos already published cannot always be recalled, but
            they will not be used again.
          </Text>
          <Text size="sm">Your treatment is not affected in any way.</Text>
          {withdraw.isError && (
            <Alert color="red" role="alert">
              {errorMessage(withdraw.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              Keep as it is
            </Button>
            <Button
              color="red"
              loading={withdraw.isPending}
              onClick={() =>
                withdraw.mutate(undefined, {
                  onSuccess: () => {
                    setConfirming(false);
                    onDone();
                  },
                })
              }
            >
              Yes, stop using my photos
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}
