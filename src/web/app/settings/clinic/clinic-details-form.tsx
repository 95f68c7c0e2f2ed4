import { Button, Group, Select, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import type { Clinic } from "../../../../shared/contracts/clinic.ts";
import { clinicPatch } from "../../../../shared/contracts/clinic.ts";
import { applyFieldErrors } from "../../../lib/api.ts";
import { zodValidate } from "../../../lib/form-validation.ts";
import { useMe } from "../../../lib/use-me.ts";
import { FormProblem } from "../common/form-problem.tsx";
import { notifySaved } from "../common/notify.ts";
import { SettingsSection } from "../common/settings-section.tsx";
import { useUpdateClinic } from "./clinic-api.ts";
import { currencyOptions, localeOptions, regionalExample } from "./regional-options.ts";

interface DetailsValues {
  name: string;
  legalName: string;
  email: string;
  phone: string;
  website: string;
  locale: string;
  currency: string;
}

const fromClinic = (c: Clinic): DetailsValues => ({
  name: c.name,
  legalName: c.legalName ?? "",
  email: c.email ?? "",
  phone: c.phone ?? "",
  website: c.website ?? "",
  locale: c.locale,
  currency: c.currency,
});

/** Name, contact details, language and currency. */
export function ClinicDetailsForm({ clinic }: { clinic: Clinic }) {
  const me = useMe();
  const update = useUpdateClinic();
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<DetailsValues>({
    initialValues: fromClinic(clinic),
    validate: zodValidate(clinicPatch),
  });
  const { locale, currency } = form.getValues();
  const example = regionalExample(locale, currency, me.clinic.timeZone, Date.now());

  const submit = form.onSubmit((values) => {
    setProblem(null);
    const patch = { ...values, name: values.name.trim() };
    update.mutate(patch, {
      onSuccess: (saved) => {
        form.setInitialValues(fromClinic(saved));
        form.setValues(fromClinic(saved));
        notifySaved("Clinic details saved");
      },
      onError: (error) => setProblem(applyFieldErrors(form, error)),
    });
  });

  return (
    <SettingsSection
      title="Clinic details"
      description="How your clinic appears to clients on emails, confirmations, invoices and the booking widget."
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormProblem problem={problem} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="md">
            <TextInput label="Clinic name" required {...form.getInputProps("name")} />
            <TextInput
              label="Legal name"
              description="For invoices, if different from the clinic name"
              {...form.getInputProps("legalName")}
            />
            <TextInput
              label="Email"
              type="email"
              autoComplete="off"
              {...form.getInputProps("email")}
            />
            <TextInput
              label="Phone"
              type="tel"
              autoComplete="off"
              {...form.getInputProps("phone")}
            />
            <TextInput
              label="Website"
              placeholder="https://"
              autoComplete="off"
              {...form.getInputProps("website")}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <Select
              comboboxProps={{ keepMounted: false }}
              label="Language and formats"
              description={
                example ? `For example ${example}` : "Dates, times and numbers follow this"
              }
              data={localeOptions(clinic.locale)}
              searchable
              allowDeselect={false}
              nothingFoundMessage="No matching language"
              {...form.getInputProps("locale")}
            />
            <Select
              comboboxProps={{ keepMounted: false }}
              label="Currency"
              description="Used for prices, quotes and payments"
              data={currencyOptions(clinic.currency)}
              searchable
              allowDeselect={false}
              nothingFoundMessage="No matching currency"
              {...form.getInputProps("currency")}
            />
          </SimpleGrid>
          <Group justify="flex-end" gap="sm">
            {form.isDirty() && (
              <Button variant="default" onClick={() => form.reset()}>
                Discard changes
              </Button>
            )}
            <Button type="submit" loading={update.isPending}>
              Save clinic details
            </Button>
          </Group>
        </Stack>
      </form>
    </SettingsSection>
  );
}
