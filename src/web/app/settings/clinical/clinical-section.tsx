import { Button, Text } from "@mantine/core";
import { IconRestore } from "@tabler/icons-react";
import type { ReactNode } from "react";
import type { ClinicalSettings } from "../../../../domain/settings/clinical-settings.ts";
import { SettingsSection } from "../common/settings-section.tsx";
import { useDefaults } from "./clinical-fields.tsx";
import { type ClinicalForm, sameValue } from "./clinical-form.ts";

interface ClinicalSectionProps {
  form: ClinicalForm;
  title: string;
  description: ReactNode;
  /** The parts of the settings this card edits; "Restore defaults" puts them all back. */
  keys: (keyof ClinicalSettings)[];
  children: ReactNode;
}

/**
 * One card of clinical settings. Restoring only changes the form: nothing is saved until
 * "Save changes", and "Discard changes" brings the saved values back.
 */
export function ClinicalSection({
  form,
  title,
  description,
  keys,
  children,
}: ClinicalSectionProps) {
  const defaults = useDefaults();
  const values = form.getValues();
  const atDefaults = keys.every((key) => sameValue(values[key], defaults[key]));
  const restore = () => {
    const inside = (path: string) => keys.some((k) => path === k || path.startsWith(`${k}.`));
    for (const key of keys) form.setFieldValue(key, structuredClone(defaults[key]));
    form.setErrors(Object.fromEntries(Object.entries(form.errors).filter(([p]) => !inside(p))));
  };
  return (
    <SettingsSection
      title={title}
      description={description}
      actions={
        atDefaults ? (
          <Text size="xs" c="dimmed" py={6}>
            Reference defaults
          </Text>
        ) : (
          <Button
            variant="default"
            size="xs"
            leftSection={<IconRestore size={14} />}
            onClick={restore}
            aria-label={`Restore defaults: ${title}`}
          >
            Restore defaults
          </Button>
        )
      }
    >
      {children}
    </SettingsSection>
  );
}
