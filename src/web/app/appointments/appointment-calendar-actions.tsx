import { Button, CopyButton, Group, Modal, Stack, Text, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconCheck, IconCopy, IconDownload, IconLink } from "@tabler/icons-react";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import type { AppointmentCalendarLink } from "../../../shared/contracts/calendar-feeds.ts";
import { api, errorMessage } from "../../lib/api.ts";

/**
 * The client's calendar entry for one appointment: download the .ics (to attach or import), or
 * copy a signed link the client can open without an account. Both name only the clinic.
 */
export function AppointmentCalendarActions({ appointmentId }: { appointmentId: string }) {
  const [shown, setShown] = useState<string | null>(null);
  const link = useMutation({
    mutationFn: () =>
      api<AppointmentCalendarLink>(
        "GET",
        `/appointments/${encodeURIComponent(appointmentId)}/calendar-link`,
      ),
    onSuccess: async ({ url }) => {
      try {
        await navigator.clipboard.writeText(url);
        notifications.show({
          color: "green",
          title: "Client calendar link copied",
          message:
            "Paste it into a message to the client. It adds this appointment to any calendar.",
        });
      } catch {
        // No clipboard (an insecure address or a refused permission): show it to copy by hand.
        setShown(url);
      }
    },
    onError: (error) =>
      notifications.show({ color: "red", title: "No link", message: errorMessage(error) }),
  });

  return (
    <>
      <Group gap="sm">
        <Button
          component="a"
          href={`/api/appointments/${encodeURIComponent(appointmentId)}/calendar.ics`}
          download
          variant="subtle"
          size="sm"
          leftSection={<IconDownload size={16} />}
        >
          Download .ics
        </Button>
        <Button
          variant="subtle"
          size="sm"
          leftSection={<IconLink size={16} />}
          loading={link.isPending}
          onClick={() => link.mutate()}
        >
          Copy client calendar link
        </Button>
      </Group>
      <Modal opened={shown !== null} onClose={() => setShown(null)} title="Client calendar link">
        <Stack gap="sm">
          <Text size="sm">
            Send this link to the client. Opening it adds the appointment to their calendar; it
            shows only the clinic's name, address and time.
          </Text>
          <TextInput
            label="Link"
            value={shown ?? ""}
            readOnly
            data-autofocus
            onFocus={(e) => e.currentTarget.select()}
          />
          <Group justify="flex-end">
            <CopyButton value={shown ?? ""}>
              {({ copied, copy }) => (
                <Button
                  onClick={copy}
                  leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                >
                  {copied ? "Copied" : "Copy link"}
                </Button>
              )}
            </CopyButton>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
