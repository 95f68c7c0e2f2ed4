import { Button, Group, Stack } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { type Location, locationPatch } from "../../../../shared/contracts/locations.ts";
import { applyFieldErrors } from "../../../lib/api.ts";
import { zodValidate } from "../../../lib/form-validation.ts";
import { FormProblem } from "../common/form-problem.tsx";
import { notifySaved } from "../common/notify.ts";
import { SettingsSection } from "../common/settings-section.tsx";
import { LocationFields, type LocationValues, locationValues } from "./location-fields.tsx";
import { useUpdateLocation } from "./locations-api.ts";

export function LocationDetailsSection({ location }: { location: Location }) {
  const update = useUpdateLocation(location.id);
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<LocationValues>({
    initialValues: locationValues(location),
    validate: zodValidate(locationPatch),
  });

  const submit = form.onSubmit((values) => {
    setProblem(null);
    update.mutate(values, {
      onSuccess: (saved) => {
        form.setInitialValues(locationValues(saved));
        form.setValues(locationValues(saved));
        notifySaved("Location saved", `${saved.name} is up to date.`);
      },
      onError: (error) => setProblem(applyFieldErrors(form, error)),
    });
  });

  return (
    <SettingsSection
      title="Location details"
      description="The address clients see on confirmations and reminders, and the time zone for this location's diary."
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormProblem problem={problem} />
          <LocationFields form={form} />
          <Group justify="flex-end" gap="sm">
            {form.isDirty() && (
              <Button variant="default" onClick={() => form.reset()}>
                Discard changes
              </Button>
            )}
            <Button type="submit" loading={update.isPending}>
              Save location
            </Button>
          </Group>
        </Stack>
      </form>
    </SettingsSection>
  );
}
