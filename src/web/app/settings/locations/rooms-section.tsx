import { ActionIcon, Badge, Button, Group, Stack, Text, TextInput, Tooltip } from "@mantine/core";
import { IconCheck, IconDoor, IconPencil, IconPlus, IconX } from "@tabler/icons-react";
import { type FormEvent, useState } from "react";
import type { Location, Room } from "../../../../shared/contracts/locations.ts";
import { ConfirmDialog } from "../../../components/confirm-dialog.tsx";
import { errorMessage } from "../../../lib/api.ts";
import { notifyFailed, notifySaved } from "../common/notify.ts";
import { SettingsSection } from "../common/settings-section.tsx";
import { useAddRoom, useUpdateRoom } from "./locations-api.ts";

/** Treatment rooms at a location: add, rename, take out of use and back. */
export function RoomsSection({ location }: { location: Location }) {
  const add = useAddRoom(location.id);
  const update = useUpdateRoom();
  const [name, setName] = useState("");
  const [addError, setAddError] = useState<string | null>(null);
  const [deactivating, setDeactivating] = useState<Room | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setAddError("Enter a room name");
      return;
    }
    setAddError(null);
    add.mutate(trimmed, {
      onSuccess: (room) => {
        setName("");
        notifySaved("Room added", `${room.name} can now be booked at ${location.name}.`);
      },
      onError: (error) => setAddError(errorMessage(error)),
    });
  };

  const setActive = (room: Room, active: boolean) =>
    update.mutate(
      { roomId: room.id, patch: { active } },
      {
        onSuccess: () =>
          notifySaved(
            active ? "Room back in use" : "Room taken out of use",
            active ? `${room.name} can be booked again.` : `${room.name} can no longer be booked.`,
          ),
        onError: (error) =>
          notifyFailed(active ? "Room not reactivated" : "Room not deactivated", error),
        onSettled: () => setDeactivating(null),
      },
    );

  return (
    <SettingsSection
      title="Rooms"
      description="Services that need a room are booked into one that is free."
    >
      <Stack gap="md">
        {location.rooms.length === 0 ? (
          <Text size="sm" c="dimmed">
            No rooms yet. Add the rooms where treatments happen.
          </Text>
        ) : (
          <Stack
            gap={0}
            component="ul"
            p={0}
            m={0}
            style={{ listStyle: "none" }}
            aria-label="Rooms"
          >
            {location.rooms.map((room) => (
              <RoomRow
                key={room.id}
                room={room}
                onDeactivate={() => setDeactivating(room)}
                onReactivate={() => setActive(room, true)}
              />
            ))}
          </Stack>
        )}
        <form onSubmit={submit} noValidate>
          <Group align="flex-start" gap="sm">
            <TextInput
              aria-label="Room name"
              placeholder="New room name"
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={addError}
              maxLength={100}
              style={{ flex: "1 1 200px" }}
            />
            <Button
              type="submit"
              variant="default"
              leftSection={<IconPlus size={16} />}
              loading={add.isPending}
            >
              Add room
            </Button>
          </Group>
        </form>
      </Stack>
      <ConfirmDialog
        opened={deactivating !== null}
        title={`Take ${deactivating?.name ?? "this room"} out of use?`}
        confirmLabel="Deactivate room"
        destructive
        loading={update.isPending}
        onConfirm={() => deactivating && setActive(deactivating, false)}
        onClose={() => setDeactivating(null)}
      >
        New appointments can no longer use this room. A room with future bookings cannot be
        deactivated: move those appointments first. You can reactivate it at any time.
      </ConfirmDialog>
    </SettingsSection>
  );
}

function RoomRow({
  room,
  onDeactivate,
  onReactivate,
}: {
  room: Room;
  onDeactivate: () => void;
  onReactivate: () => void;
}) {
  const update = useUpdateRoom();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(room.name);
  const [error, setError] = useState<string | null>(null);

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setError("Enter a room name");
      return;
    }
    update.mutate(
      { roomId: room.id, patch: { name: name.trim() } },
      {
        onSuccess: () => {
          setEditing(false);
          notifySaved("Room renamed", `It is now called ${name.trim()}.`);
        },
        onError: (e) => setError(errorMessage(e)),
      },
    );
  };

  return (
    <Group
      component="li"
      justify="space-between"
      gap="sm"
      py="xs"
      wrap="nowrap"
      style={{ borderBottom: "1px solid var(--mantine-color-default-border)" }}
    >
      {editing ? (
        <form onSubmit={save} noValidate style={{ flex: 1 }}>
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <TextInput
              aria-label={`New name for ${room.name}`}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={error}
              size="sm"
              maxLength={100}
              data-autofocus
              autoFocus
              style={{ flex: 1 }}
            />
            <ActionIcon
              type="submit"
              size="lg"
              variant="light"
              aria-label="Save room name"
              loading={update.isPending}
            >
              <IconCheck size={16} />
            </ActionIcon>
            <ActionIcon
              size="lg"
              variant="subtle"
              color="slate"
              aria-label="Cancel renaming"
              onClick={() => setEditing(false)}
            >
              <IconX size={16} />
            </ActionIcon>
          </Group>
        </form>
      ) : (
        <>
          <Group gap="sm" wrap="nowrap" miw={0}>
            <IconDoor size={18} color="var(--mantine-color-dimmed)" aria-hidden="true" />
            <Text size="sm" fw={500} truncate c={room.active ? undefined : "dimmed"}>
              {room.name}
            </Text>
            {!room.active && (
              <Badge color="slate" variant="light" size="sm">
                Inactive
              </Badge>
            )}
          </Group>
          <Group gap={4} wrap="nowrap">
            <Tooltip label="Rename">
              <ActionIcon
                variant="subtle"
                color="slate"
                aria-label={`Rename ${room.name}`}
                onClick={() => {
                  setName(room.name);
                  setError(null);
                  setEditing(true);
                }}
              >
                <IconPencil size={16} />
              </ActionIcon>
            </Tooltip>
            {room.active ? (
              <Button
                variant="subtle"
                color="slate"
                size="xs"
                onClick={onDeactivate}
                aria-label={`Deactivate ${room.name}`}
              >
                Deactivate
              </Button>
            ) : (
              <Button
                variant="subtle"
                size="xs"
                onClick={onReactivate}
                aria-label={`Reactivate ${room.name}`}
              >
                Reactivate
              </Button>
            )}
          </Group>
        </>
      )}
    </Group>
  );
}
