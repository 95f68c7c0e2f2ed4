import { Alert, Button, Stack, Text } from "@mantine/core";
import { IconClockHour4 } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import type { StaffMember } from "../../../../shared/contracts/staff.ts";
import { ConfirmDialog } from "../../../components/confirm-dialog.tsx";
import { summariseHours } from "../common/hours-model.ts";
import { notifyFailed, notifySaved } from "../common/notify.ts";
import { SettingsSection } from "../common/settings-section.tsx";
import { WeeklyHoursEditor } from "../common/weekly-hours-editor.tsx";
import { locationsQuery } from "../locations/locations-api.ts";
import { useSaveStaffHours } from "./staff-api.ts";

/** A practitioner's own weekly hours; with none they follow the clinic's opening hours. */
export function MemberHoursSection({ member }: { member: StaffMember }) {
  const save = useSaveStaffHours(member.memberId);
  const locations = useQuery(locationsQuery);
  const [customising, setCustomising] = useState(false);
  const [confirmClear, setConfirmClear] = useState(false);
  const own = member.hours.length > 0;
  const location = locations.data?.items.find((l) => l.active) ?? locations.data?.items[0];
  const clinicHours = location?.hours ?? [];
  const firstName = member.name.split(" ")[0] || member.name;

  const clear = () =>
    save.mutate([], {
      onSuccess: () => {
        setCustomising(false);
        notifySaved(
          "Working hours cleared",
          `${firstName} now follows the clinic's opening hours.`,
        );
      },
      onError: (error) => notifyFailed("Working hours not cleared", error),
      onSettled: () => setConfirmClear(false),
    });

  return (
    <SettingsSection
      title="Working hours"
      description={`When ${firstName} can be booked. Clients can only book times inside both these hours and the opening hours.`}
    >
      {!own && !customising ? (
        <Alert
          variant="light"
          color="brand"
          icon={<IconClockHour4 size={18} />}
          title="Follows the clinic's opening hours"
        >
          <Stack gap="sm" align="flex-start">
            <Text size="sm">
              {clinicHours.length > 0
                ? `${location?.name ?? "Clinic"}: ${summariseHours(clinicHours)}.`
                : "The clinic has no opening hours set yet."}{" "}
              Set own hours if {firstName} works part-time or different days.
            </Text>
            <Button size="xs" variant="white" onClick={() => setCustomising(true)}>
              Set own working hours
            </Button>
          </Stack>
        </Alert>
      ) : (
        <WeeklyHoursEditor
          hours={own ? member.hours : clinicHours}
          onSave={(hours) => save.mutateAsync(hours)}
          saveLabel="Save working hours"
          savedTitle="Working hours saved"
          closedLabel="Not working"
          extraActions={
            own ? (
              <Button variant="subtle" color="slate" onClick={() => setConfirmClear(true)}>
                Follow opening hours instead
              </Button>
            ) : (
              <Button variant="subtle" color="slate" onClick={() => setCustomising(false)}>
                Cancel
              </Button>
            )
          }
        />
      )}
      <ConfirmDialog
        opened={confirmClear}
        title="Follow the clinic's opening hours?"
        confirmLabel="Clear own hours"
        destructive
        loading={save.isPending}
        onConfirm={clear}
        onClose={() => setConfirmClear(false)}
      >
        {`${firstName}'s own working hours will be removed, and they can be booked whenever the clinic is open.`}
      </ConfirmDialog>
    </SettingsSection>
  );
}
