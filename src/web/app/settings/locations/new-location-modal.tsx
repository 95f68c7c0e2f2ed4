import { Button, Checkbox, Group, Modal, Stack, Text } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { type Location, locationInput } from "../../../../shared/contracts/locations.ts";
import { applyFieldErrors } from "../../../lib/api.ts";
import { zodValidate } from "../../../lib/form-validation.ts";
import { useMe } from "../../../lib/use-me.ts";
import { FormProblem } from "../common/form-problem.tsx";
import { summariseHours } from "../common/hours-model.ts";
import { notifySaved } from "../common/notify.ts";
import { LocationFields, type LocationValues } from "./location-fields.tsx";
import { useCreateLocation } from "./locations-api.ts";

interface NewLocationModalProps {
  /** An existing location whose weekly hours the new one can start with. */
  copyFrom?: Location;
  opened: boolean;
  onClose: () => void;
  onCreated: (id: string) => void;
}

/** "Add location": the address first; hours, special days and rooms follow on its page. */
export function NewLocationModal({ copyFrom, opened, onClose, onCreated }: NewLocationModalProps) {
  const { clinic } = useMe();
  const create = useCreateLocation();
  const [problem, setProblem] = useState<string | null>(null);
  const [copyHours, setCopyHours] = useState(true);
  const form = useForm<LocationValues>({
    initialValues: {
      name: "",
      addressLine1: "",
      addressLine2: "",
      city: "",
      postcode: "",
      country: "GB",
      phone: "",
      timeZone: clinic.timeZone || "Europe/London",
    },
    validate: zodValidate(locationInput),
  });

  const close = () => {
    form.reset();
    setProblem(null);
    onClose();
  };

  const submit = form.onSubmit((values) => {
    setProblem(null);
    const hours = copyHours && copyFrom ? copyFrom.hours : undefined;
    create.mutate(
      { ...values, hours },
      {
        onSuccess: (location) => {
          notifySaved(
            "Location added",
            `Now set the opening hours and rooms for ${location.name}.`,
          );
          close();
          onCreated(location.id);
        },
        onError: (error) => setProblem(applyFieldErrors(form, error)),
      },
    );
  });

  return (
    <Modal opened={opened} onClose={close} title="Add a location" size="xl">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            Opening hours, special days and rooms can be changed once the location is added.
          </Text>
          <FormProblem problem={problem} />
          <LocationFields form={form} />
          {copyFrom && copyFrom.hours.length > 0 && (
            <Checkbox
              label={`Start with the opening hours of ${copyFrom.name}`}
              description={summariseHours(copyFrom.hours)}
              checked={copyHours}
              onChange={(e) => setCopyHours(e.currentTarget.checked)}
            />
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Save location
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
