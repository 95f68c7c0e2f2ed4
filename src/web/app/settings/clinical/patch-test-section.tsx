import { SimpleGrid } from "@mantine/core";
import { NumField, SwitchField } from "./clinical-fields.tsx";
import type { ClinicalForm } from "./clinical-form.ts";
import { ClinicalSection } from "./clinical-section.tsx";

const hoursText = (n: number) => `${n} ${n === 1 ? "hour" : "hours"}`;

/** Whether a negative patch test must be on record before the first session (reference §4.6). */
export function PatchTestSection({ form }: { form: ClinicalForm }) {
  const required = form.getValues().patchTest.required;
  return (
    <ClinicalSection
      form={form}
      keys={["patchTest"]}
      title="Patch test"
      description="Screening always advises a patch test for clients with allergies. Here you choose whether every client needs one."
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="md">
        <SwitchField
          form={form}
          path="patchTest.required"
          label="Require a patch test for every client"
          help="Reference §4.6: not universal in the UK; some clinics always test."
        />
        <NumField
          form={form}
          path="patchTest.minHoursBeforeSession"
          label="Read the test at least"
          help={
            required
              ? "Reference §4.6: 48 hours before the first session is usual."
              : "Reference §4.6: 48 hours is usual. Used when a patch test is done."
          }
          unit="hours before"
          min={0}
          max={24 * 14}
          step={24}
          describe={hoursText}
        />
      </SimpleGrid>
    </ClinicalSection>
  );
}
