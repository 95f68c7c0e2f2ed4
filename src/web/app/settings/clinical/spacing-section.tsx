import { SimpleGrid } from "@mantine/core";
import { NumField } from "./clinical-fields.tsx";
import type { ClinicalForm } from "./clinical-form.ts";
import { ClinicalSection } from "./clinical-section.tsx";

const daysText = (n: number) => `${n} ${n === 1 ? "day" : "days"}`;

/** Gaps between sessions (reference §3.2). */
export function SpacingSection({ form }: { form: ClinicalForm }) {
  return (
    <ClinicalSection
      form={form}
      keys={["spacing"]}
      title="Spacing"
      description="Days between sessions: scabs must have shed before the next layer goes in."
    >
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" verticalSpacing="md">
        <NumField
          form={form}
          path="spacing.hardMinimumDays"
          label="Never closer than"
          help="Reference §3.2: 7 days at the very least."
          unit="days"
          min={1}
          max={90}
          describe={daysText}
        />
        <NumField
          form={form}
          path="spacing.warnBelowDays"
          label="Warn when closer than"
          help="Reference §3.2: under 10 days is early."
          unit="days"
          min={1}
          max={90}
          describe={daysText}
        />
        <NumField
          form={form}
          path="spacing.defaultGapDays"
          label="Usual gap"
          help="Reference §3.2: 14 days is typical."
          unit="days"
          min={1}
          max={180}
          describe={daysText}
        />
        <NumField
          form={form}
          path="spacing.finalGapDays"
          label="Gap before the final session"
          help="Reference §3.2: often 3 to 4 weeks, to let the pigment settle."
          unit="days"
          min={1}
          max={180}
          describe={daysText}
        />
        <NumField
          form={form}
          path="spacing.flexDays"
          label="Flexibility"
          help="How much later than planned a session may be booked before the course needs re-planning."
          unit="days"
          min={0}
          max={90}
          describe={daysText}
        />
      </SimpleGrid>
    </ClinicalSection>
  );
}
