import { ActionIcon, Button, Group, Menu } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconCheck, IconDots, IconPhoneX, IconUserMinus } from "@tabler/icons-react";
import { useState } from "react";
import type { Formatter } from "../../../domain/time/format.ts";
import type { WaitlistEntry } from "../../../shared/contracts/waitlist.ts";
import { ConfirmDialog } from "../../components/confirm-dialog.tsx";
import { errorMessage } from "../../lib/api.ts";
import { useAcceptForClient, useDeclineForClient, useWithdrawEntry } from "./waitlist-api.ts";
import { offerWhen } from "./waitlist-labels.ts";

type Pending = "accept" | "decline" | "withdraw" | null;

/** Accept or decline an open offer for the client (a phone call), or take them off the list. */
export function EntryActions({ entry, fmt }: { entry: WaitlistEntry; fmt: Formatter }) {
  const [pending, setPending] = useState<Pending>(null);
  const accept = useAcceptForClient();
  const decline = useDeclineForClient();
  const withdraw = useWithdrawEntry();
  const name = entry.client.name;
  const offer = entry.offer?.status === "pending" ? entry.offer : null;
  const close = () => setPending(null);
  const failed = (title: string) => (error: unknown) => {
    close();
    notifications.show({ color: "red", title, message: errorMessage(error) });
  };

  if (entry.status === "booked" || entry.status === "withdrawn") return null;
  return (
    <>
      <Group gap="xs" wrap="nowrap" justify="flex-end">
        {offer && (
          <Button
            size="xs"
            variant="light"
            leftSection={<IconCheck size={14} aria-hidden="true" />}
            onClick={() => setPending("accept")}
          >
            Accept for client
          </Button>
        )}
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <ActionIcon variant="subtle" color="gray" aria-label={`More for ${name}`}>
              <IconDots size={18} />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            {offer && (
              <Menu.Item
                leftSection={<IconPhoneX size={16} aria-hidden="true" />}
                onClick={() => setPending("decline")}
              >
                Decline for client
              </Menu.Item>
            )}
            <Menu.Item
              color="red"
              leftSection={<IconUserMinus size={16} aria-hidden="true" />}
              onClick={() => setPending("withdraw")}
            >
              Remove from waitlist
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      </Group>

      <ConfirmDialog
        opened={pending === "accept"}
        title="Book this time for the client?"
        confirmLabel={entry.appointment ? "Move appointment" : "Book appointment"}
        loading={accept.isPending}
        onClose={close}
        onConfirm={() =>
          accept.mutate(entry.id, {
            onSuccess: ({ appointment }) => {
              close();
              const start = Date.parse(appointment.startsAt);
              notifications.show({
                color: "green",
                title: entry.appointment ? "Appointment moved earlier" : "Appointment booked",
                message: `${name}: ${appointment.service.name}, ${fmt.weekdayDate(start)} ${fmt.timeRange(start, Date.parse(appointment.endsAt))}`,
              });
            },
            onError: failed("Could not book this time"),
          })
        }
      >
        {offer && `${offerWhen(offer, fmt)}. `}
        Only do this when {name} has said yes, for example on the phone.
        {entry.appointment &&
          ` Their appointment on ${fmt.weekdayDate(Date.parse(entry.appointment.startsAt))} moves to this time.`}
      </ConfirmDialog>

      <ConfirmDialog
        opened={pending === "decline"}
        title="Decline this offer for the client?"
        confirmLabel="Decline offer"
        loading={decline.isPending}
        onClose={close}
        onConfirm={() =>
          decline.mutate(entry.id, {
            onSuccess: () => {
              close();
              notifications.show({
                title: "Offer declined",
                message: `${name} keeps their place; the time goes to the next person waiting.`,
              });
            },
            onError: failed("Could not decline the offer"),
          })
        }
      >
        {name} keeps their place on the waitlist, and the time is offered to the next person
        waiting.
      </ConfirmDialog>

      <ConfirmDialog
        opened={pending === "withdraw"}
        title={`Remove ${name} from the waitlist?`}
        confirmLabel="Remove"
        destructive
        loading={withdraw.isPending}
        onClose={close}
        onConfirm={() =>
          withdraw.mutate(entry.id, {
            onSuccess: () => {
              close();
              notifications.show({ title: "Removed from the waitlist", message: name });
            },
            onError: failed("Could not remove from the waitlist"),
          })
        }
      >
        They will not be offered earlier times any more.
        {offer && " Their open offer is withdrawn and passed to the next person waiting."}
      </ConfirmDialog>
    </>
  );
}
