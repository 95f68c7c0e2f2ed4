import type { Location } from "../../../../shared/contracts/locations.ts";
import { SettingsSection } from "../common/settings-section.tsx";
import { WeeklyHoursEditor } from "../common/weekly-hours-editor.tsx";
import { useSaveLocationHours } from "./locations-api.ts";

export function OpeningHoursSection({ location }: { location: Location }) {
  const save = useSaveLocationHours(location.id);
  return (
    <SettingsSection
      title="Opening hours"
      description="Clients can book only while the location is open. Practitioners without their own hours follow these."
    >
      <WeeklyHoursEditor
        hours={location.hours}
        onSave={(hours) => save.mutateAsync(hours)}
        saveLabel="Save opening hours"
        savedTitle="Opening hours saved"
      />
    </SettingsSection>
  );
}
