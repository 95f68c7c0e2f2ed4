import { SimpleGrid, Stack, TextInput } from "@mantine/core";
import { DateInput } from "@mantine/dates";
import type { UseFormReturnType } from "@mantine/form";
import { IconCalendar } from "@tabler/icons-react";
import { type ClientFormValues, parseDayMonthYear } from "./client-form.ts";

// YYYY-MM-DD in the device's own zone (Swedish locale formats dates in ISO order).
const today = () => new Date().toLocaleDateString("sv-SE");

/** The client's identity, contact and address fields, laid out in two columns on wide screens. */
export function ClientFormFields({ form }: { form: UseFormReturnType<ClientFormValues> }) {
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput
          label="First name"
          required
          autoComplete="off"
          data-autofocus
          {...form.getInputProps("firstName")}
        />
        <TextInput
          label="Last name"
          required
          autoComplete="off"
          {...form.getInputProps("lastName")}
        />
        <TextInput
          label="Preferred name"
          description="What the client likes to be called"
          autoComplete="off"
          {...form.getInputProps("preferredName")}
        />
        <DateInput
          label="Date of birth"
          placeholder="dd/mm/yyyy"
          valueFormat="DD/MM/YYYY"
          dateParser={parseDayMonthYear}
          maxDate={today()}
          defaultLevel="decade"
          clearable
          leftSection={<IconCalendar size={16} aria-hidden="true" />}
          {...form.getInputProps("dateOfBirth")}
        />
        <TextInput label="Email" type="email" autoComplete="off" {...form.getInputProps("email")} />
        <TextInput
          label="Phone"
          type="tel"
          autoComplete="off"
          placeholder="07700 900123"
          {...form.getInputProps("phone")}
        />
      </SimpleGrid>
      <TextInput label="Address" autoComplete="off" {...form.getInputProps("addressLine1")} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput label="Town or city" autoComplete="off" {...form.getInputProps("city")} />
        <TextInput label="Postcode" autoComplete="off" {...form.getInputProps("postcode")} />
      </SimpleGrid>
    </Stack>
  );
}
