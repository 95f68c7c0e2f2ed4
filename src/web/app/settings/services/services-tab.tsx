import { Button, EmptyState, Group, Skeleton, Stack } from "@mantine/core";
import { IconClipboardList, IconPlus } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import type { Service } from "../../../../shared/contracts/services.ts";
import { ConfirmDialog } from "../../../components/confirm-dialog.tsx";
import { QueryError } from "../../../components/route-states.tsx";
import { notifyFailed, notifySaved } from "../common/notify.ts";
import { SettingsSection } from "../common/settings-section.tsx";
import { ServiceModal } from "./service-modal.tsx";
import { servicesQuery, useUpdateService } from "./services-api.ts";
import { ServicesTable } from "./services-table.tsx";

export function ServicesTab() {
  const services = useQuery(servicesQuery);
  const update = useUpdateService();
  // A fresh form every time the modal opens.
  const [editing, setEditing] = useState<{ service: Service | null; key: number } | null>(null);
  const [archiving, setArchiving] = useState<Service | null>(null);
  const open = (service: Service | null) => setEditing({ service, key: Date.now() });

  const setActive = (service: Service, active: boolean) =>
    update.mutate(
      { id: service.id, patch: { active } },
      {
        onSuccess: () =>
          active
            ? notifySaved("Service restored", `Clients can book ${service.name} again.`)
            : notifySaved(
                "Service archived",
                `${service.name} can no longer be booked. Past appointments keep it.`,
              ),
        onError: (error) =>
          notifyFailed(active ? "Service not restored" : "Service not archived", error),
        onSettled: () => setArchiving(null),
      },
    );

  const count = services.data?.items.filter((s) => s.active).length ?? 0;

  return (
    <SettingsSection
      title="Services"
      description={
        services.data && services.data.items.length > 0
          ? `${count} bookable ${count === 1 ? "service" : "services"}. Buffers keep time free before and after without showing to clients.`
          : "Consultations, treatment sessions and touch-ups clients can book."
      }
      actions={
        <Button leftSection={<IconPlus size={16} />} onClick={() => open(null)}>
          New service
        </Button>
      }
    >
      {services.isPending ? (
        <Stack gap="sm" aria-busy="true" aria-label="Loading services">
          {[0, 1, 2, 3, 4].map((i) => (
            <Group key={i} gap="md" wrap="nowrap">
              <Skeleton h={14} w="28%" />
              <Skeleton h={14} w="12%" />
              <Skeleton h={14} w="10%" />
              <Skeleton h={14} w="18%" />
              <Skeleton h={14} w="10%" />
            </Group>
          ))}
        </Stack>
      ) : services.isError ? (
        <QueryError
          error={services.error}
          onRetry={() => void services.refetch()}
          title="Could not load services"
        />
      ) : services.data.items.length === 0 ? (
        <EmptyState
          py="xl"
          variant="light"
          icon={<IconClipboardList size={28} aria-hidden="true" />}
          title="No services yet"
          description="Add a consultation first, so new clients can book one."
        >
          <EmptyState.Actions>
            <Button leftSection={<IconPlus size={16} />} onClick={() => open(null)}>
              New service
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      ) : (
        <ServicesTable
          items={services.data.items}
          onEdit={open}
          onArchive={setArchiving}
          onRestore={(s) => setActive(s, true)}
          restoringId={
            update.isPending && update.variables?.patch.active === true ? update.variables.id : null
          }
        />
      )}
      {editing && (
        <ServiceModal
          key={editing.key}
          service={editing.service}
          opened
          onClose={() => setEditing(null)}
        />
      )}
      <ConfirmDialog
        opened={archiving !== null}
        title={`Archive ${archiving?.name ?? "this service"}?`}
        confirmLabel="Archive service"
        destructive
        loading={update.isPending}
        onConfirm={() => archiving && setActive(archiving, false)}
        onClose={() => setArchiving(null)}
      >
        Clients and staff can no longer book it. Appointments already booked keep it, and you can
        restore it at any time.
      </ConfirmDialog>
    </SettingsSection>
  );
}
