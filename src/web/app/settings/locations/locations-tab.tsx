import {
  Badge,
  Button,
  Card,
  EmptyState,
  Group,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
} from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconMapPin, IconPlus } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import type { Location } from "../../../../shared/contracts/locations.ts";
import { QueryError } from "../../../components/route-states.tsx";
import { LocationDetailsSection } from "./location-details-section.tsx";
import { addressLine, locationsQuery } from "./locations-api.ts";
import { NewLocationModal } from "./new-location-modal.tsx";
import { OpeningHoursSection } from "./opening-hours-section.tsx";
import { RoomsSection } from "./rooms-section.tsx";
import { SpecialDaysSection } from "./special-days-section.tsx";

interface LocationsTabProps {
  locationId?: string;
  onSelect: (id: string) => void;
}

export function LocationsTab({ locationId, onSelect }: LocationsTabProps) {
  const locations = useQuery(locationsQuery);
  const [adding, addModal] = useDisclosure(false);

  if (locations.isPending) return <LocationsSkeleton />;
  if (locations.isError) {
    return (
      <QueryError
        error={locations.error}
        onRetry={() => void locations.refetch()}
        title="Could not load locations"
      />
    );
  }

  const items = locations.data.items;
  const selected = items.find((l) => l.id === locationId) ?? items[0];
  const modal = (
    <NewLocationModal
      copyFrom={items.find((l) => l.active) ?? items[0]}
      opened={adding}
      onClose={addModal.close}
      onCreated={onSelect}
    />
  );

  if (!selected) {
    return (
      <Card padding="xl">
        <EmptyState
          variant="light"
          icon={<IconMapPin size={28} aria-hidden="true" />}
          title="Add your first location"
          description="Where clients come for consultations and treatments. Opening hours and rooms are set per location."
        >
          <EmptyState.Actions>
            <Button leftSection={<IconPlus size={16} />} onClick={addModal.open}>
              Add location
            </Button>
          </EmptyState.Actions>
        </EmptyState>
        {modal}
      </Card>
    );
  }

  return (
    <Stack gap="lg">
      <LocationBar items={items} selected={selected} onSelect={onSelect} onAdd={addModal.open} />
      <Stack gap="lg" key={selected.id}>
        <LocationDetailsSection location={selected} />
        <OpeningHoursSection location={selected} />
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
          <SpecialDaysSection location={selected} />
          <RoomsSection location={selected} />
        </SimpleGrid>
      </Stack>
      {modal}
    </Stack>
  );
}

function LocationBar(props: {
  items: Location[];
  selected: Location;
  onSelect: (id: string) => void;
  onAdd: () => void;
}) {
  const { items, selected, onSelect, onAdd } = props;
  return (
    <Group justify="space-between" align="flex-end" gap="md">
      {items.length > 1 ? (
        <Select
          comboboxProps={{ keepMounted: false }}
          label="Location"
          data={items.map((l) => ({
            value: l.id,
            label: l.active ? l.name : `${l.name} (closed)`,
          }))}
          value={selected.id}
          onChange={(id) => id && onSelect(id)}
          allowDeselect={false}
          w={{ base: "100%", sm: 320 }}
        />
      ) : (
        <Stack gap={2} miw={0}>
          <Group gap="xs">
            <IconMapPin size={18} aria-hidden="true" />
            <Text fw={600}>{selected.name}</Text>
            {!selected.active && (
              <Badge color="slate" variant="light">
                Closed
              </Badge>
            )}
          </Group>
          <Text size="sm" c="dimmed">
            {addressLine(selected) || "No address yet"}
          </Text>
        </Stack>
      )}
      <Button variant="default" leftSection={<IconPlus size={16} />} onClick={onAdd}>
        Add location
      </Button>
    </Group>
  );
}

function LocationsSkeleton() {
  return (
    <Stack gap="lg" aria-busy="true" aria-label="Loading locations">
      <Skeleton h={40} w={320} />
      {[0, 1].map((i) => (
        <Card key={i} padding="lg">
          <Skeleton h={20} w={200} mb="xs" />
          <Skeleton h={12} w="50%" mb="lg" />
          <Stack gap="sm">
            {[0, 1, 2, 3].map((j) => (
              <Skeleton key={j} h={36} />
            ))}
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
