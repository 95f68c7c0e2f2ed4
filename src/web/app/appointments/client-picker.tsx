import {
  Combobox,
  Group,
  InputBase,
  Loader,
  type MantineSize,
  Stack,
  Text,
  useCombobox,
} from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconSearch } from "@tabler/icons-react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import type { ClientSummary } from "../../../shared/contracts/clients.ts";
import { clientSearchQuery } from "./appointments-api.ts";

interface ClientPickerProps {
  value: string | null;
  onChange: (clientId: string | null) => void;
  /** The name shown for a client chosen before the form opened (e.g. from a client's page). */
  presetName?: string;
  error?: React.ReactNode;
  size?: MantineSize;
  autoFocus?: boolean;
}

const nameOf = (c: Pick<ClientSummary, "firstName" | "lastName">) =>
  `${c.firstName} ${c.lastName}`.trim();
const contactOf = (c: ClientSummary) => [c.phone, c.email].filter(Boolean).join(" · ");

/** "Client": type part of a name, phone number or email and pick from the clinic's clients. */
export function ClientPicker(props: ClientPickerProps) {
  const { value, onChange, presetName, error, size, autoFocus } = props;
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const [chosenName, setChosenName] = useState(presetName ?? "");
  const [search, setSearch] = useState(presetName ?? "");
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const typed = debounced === chosenName && value ? "" : debounced;
  const results = useQuery({
    ...clientSearchQuery(typed),
    enabled: combobox.dropdownOpened,
    placeholderData: keepPreviousData,
  });
  const items = results.data?.items ?? [];

  // A preset arriving after the first render (the client is still loading) fills the box.
  useEffect(() => {
    if (presetName && value) {
      setChosenName(presetName);
      setSearch(presetName);
    }
  }, [presetName, value]);
  useEffect(() => {
    if (value === null && !combobox.dropdownOpened) setSearch("");
  }, [value, combobox.dropdownOpened]);

  return (
    <Combobox
      store={combobox}
      onOptionSubmit={(id) => {
        const client = items.find((c) => c.id === id);
        if (!client) return;
        onChange(id);
        setChosenName(nameOf(client));
        setSearch(nameOf(client));
        combobox.closeDropdown();
      }}
    >
      <Combobox.Target>
        <InputBase
          size={size}
          label="Client"
          withAsterisk
          placeholder="Search by name, phone or email"
          leftSection={<IconSearch size={16} aria-hidden="true" />}
          rightSection={
            results.isFetching ? (
              <Loader size={14} aria-label="Searching clients" />
            ) : (
              <Combobox.Chevron />
            )
          }
          rightSectionPointerEvents="none"
          value={search}
          error={error}
          autoComplete="off"
          data-autofocus={autoFocus || undefined}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            if (value) onChange(null);
            combobox.openDropdown();
            combobox.updateSelectedOptionIndex();
          }}
          onClick={() => combobox.openDropdown()}
          onBlur={() => {
            combobox.closeDropdown();
            setSearch(value ? chosenName : search);
          }}
        />
      </Combobox.Target>
      <Combobox.Dropdown>
        <Combobox.Options mah={280} style={{ overflowY: "auto" }}>
          {items.map((client) => (
            <Combobox.Option value={client.id} key={client.id} active={client.id === value}>
              <Stack gap={0}>
                <Group gap={6} wrap="nowrap">
                  <Text size="sm" fw={500}>
                    {nameOf(client)}
                  </Text>
                  {client.preferredName && (
                    <Text size="xs" c="dimmed">
                      ({client.preferredName})
                    </Text>
                  )}
                </Group>
                {contactOf(client) && (
                  <Text size="xs" c="dimmed" className="tabular">
                    {contactOf(client)}
                  </Text>
                )}
              </Stack>
            </Combobox.Option>
          ))}
          {results.isSuccess && items.length === 0 && (
            <Combobox.Empty>
              {typed
                ? `No clients match “${typed}”`
                : "No clients yet. Add one on the Clients page."}
            </Combobox.Empty>
          )}
          {results.isError && <Combobox.Empty>Could not search clients. Try again.</Combobox.Empty>}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
