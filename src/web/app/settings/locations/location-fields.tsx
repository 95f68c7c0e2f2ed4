import { Select, SimpleGrid, TextInput } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import type { Location } from "../../../../shared/contracts/locations.ts";
import { countryOptions, timeZoneOptions } from "./place-options.ts";

export interface LocationValues {
  name: string;
  addressLine1: string;
  addressLine2: string;
  city: string;
  postcode: string;
  country: string;
  phone: string;
  timeZone: string;
}

export const locationValues = (l: Location): LocationValues => ({
  name: l.name,
  addressLine1: l.addressLine1,
  addressLine2: l.addressLine2,
  city: l.city,
  postcode: l.postcode,
  country: l.country || "GB",
  phone: l.phone,
  timeZone: l.timeZone,
});

/** Name, address, phone and time zone of a location (shared by "Add location" and its details). */
export function LocationFields({ form }: { form: UseFormReturnType<LocationValues> }) {
  const { country, timeZone } = form.getValues();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="md">
      <TextInput label="Location name" required {...form.getInputProps("name")} />
      <TextInput label="Phone" type="tel" autoComplete="off" {...form.getInputProps("phone")} />
      <TextInput
        label="Address line 1"
        autoComplete="off"
        {...form.getInputProps("addressLine1")}
      />
      <TextInput
        label="Address line 2"
        autoComplete="off"
        {...form.getInputProps("addressLine2")}
      />
      <TextInput label="Town or city" autoComplete="off" {...form.getInputProps("city")} />
      <TextInput label="Postcode" autoComplete="off" {...form.getInputProps("postcode")} />
      <Select
        comboboxProps={{ keepMounted: false }}
        label="Country"
        data={countryOptions(country)}
        searchable
        allowDeselect={false}
        nothingFoundMessage="No matching country"
        {...form.getInputProps("country")}
      />
      <Select
        comboboxProps={{ keepMounted: false }}
        label="Time zone"
        description="Appointments and opening hours at this location use it"
        data={timeZoneOptions(timeZone)}
        searchable
        allowDeselect={false}
        limit={60}
        nothingFoundMessage="No matching time zone"
        {...form.getInputProps("timeZone")}
      />
    </SimpleGrid>
  );
}
