import { Divider, Input, SegmentedControl, SimpleGrid, Stack, Text } from "@mantine/core";
import type { PriceTier } from "../../../../domain/settings/clinical-settings.ts";
import { useFormatter } from "../../../lib/format.ts";
import {
  FieldHelp,
  MoneyField,
  NumField,
  SwitchField,
  useDefaultAt,
  useDefaults,
} from "./clinical-fields.tsx";
import { type ClinicalForm, whole } from "./clinical-form.ts";
import { ClinicalSection } from "./clinical-section.tsx";
import { IncludedItems, PriceTiers } from "./pricing-lists.tsx";

const MODES = [
  { value: "tier", label: "By area tier" },
  { value: "per_session", label: "Per session" },
];
const DEPOSIT_KINDS = [
  { value: "fixed", label: "Fixed amount" },
  { value: "percent", label: "Percentage" },
];

/** How a plan's quote is priced (reference §8). */
export function PricingSection({ form }: { form: ClinicalForm }) {
  const { pricing } = form.getValues();
  const formatter = useFormatter();
  const defaults = useDefaults();
  const tiers = useDefaultAt(form, "pricing.tiers");
  const included = useDefaultAt(form, "pricing.included");

  return (
    <ClinicalSection
      form={form}
      keys={["pricing"]}
      title="Pricing"
      description="What new quotes charge. UK price data are thin, so the defaults are placeholders to replace with your own prices."
    >
      <Stack gap="lg">
        <Input.Wrapper
          label="Price the course"
          description="Reference §8.4: UK clinics price by the size of the area (Norwood stage) or per session."
        >
          <SegmentedControl
            mt={6}
            data={MODES}
            aria-label="Price the course"
            {...form.getInputProps("pricing.mode")}
          />
        </Input.Wrapper>

        {pricing.mode === "tier" ? (
          <Stack gap="xs">
            <div>
              <Text size="sm" fw={600}>
                Price tiers
              </Text>
              <Text size="xs" c="dimmed">
                <FieldHelp
                  help="Reference §8.4: about £400–£850 for Norwood II–III, £850–£1,500 for IV–V, £1,500–£2,500 for VI–VII. The whole treated area picks the tier."
                  changedFrom={
                    tiers.changed
                      ? tiersText(defaults.pricing.tiers, (p) => whole(formatter.money(p)))
                      : null
                  }
                />
              </Text>
            </div>
            <PriceTiers form={form} />
          </Stack>
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <MoneyField
              form={form}
              path="pricing.perSessionPence"
              label="Price per session"
              help="Reference §8.4: from £500 a session near Southampton."
            />
          </SimpleGrid>
        )}

        <Divider label="Deposit" labelPosition="left" />

        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="md">
          <Input.Wrapper
            label="Deposit taken as"
            description="Reference §8.1, §7.7: £50–£100 is the UK norm; keep any non-refundable part small."
          >
            <SegmentedControl
              mt={6}
              data={DEPOSIT_KINDS}
              aria-label="Deposit taken as"
              {...form.getInputProps("pricing.deposit.kind")}
            />
          </Input.Wrapper>
          {pricing.deposit.kind === "fixed" ? (
            <MoneyField form={form} path="pricing.deposit.fixedPence" label="Deposit amount" />
          ) : (
            <NumField
              form={form}
              path="pricing.deposit.percent"
              label="Deposit percentage"
              help="Of the course price."
              unit="%"
              min={0}
              max={100}
            />
          )}
        </SimpleGrid>

        <Divider label="On the quote" labelPosition="left" />

        <Stack gap="xs">
          <div>
            <Text size="sm" fw={600}>
              Included in the price
            </Text>
            <Text size="xs" c="dimmed">
              <FieldHelp
                help="Listed on every quote."
                changedFrom={included.changed ? defaults.pricing.included.join("; ") : null}
              />
            </Text>
          </div>
          <IncludedItems form={form} />
        </Stack>

        <Stack gap="sm">
          <SwitchField
            form={form}
            path="pricing.hairTransplant.show"
            label="Compare with a hair transplant"
            help={`Reference §8.5: a UK hair transplant costs about ${whole(formatter.money(300_000))} to ${whole(formatter.money(1_200_000))}.`}
          />
          {pricing.hairTransplant.show && (
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <MoneyField
                form={form}
                path="pricing.hairTransplant.minPence"
                label="Transplant from"
              />
              <MoneyField
                form={form}
                path="pricing.hairTransplant.maxPence"
                label="Transplant up to"
              />
            </SimpleGrid>
          )}
        </Stack>
      </Stack>
    </ClinicalSection>
  );
}

/** "£850 up to 130 cm², £1,500 up to 300 cm², £2,500 above". */
function tiersText(tiers: PriceTier[], money: (pence: number) => string): string {
  return tiers
    .map((t) =>
      t.maxAreaCm2 === null
        ? `${money(t.pricePence)} above`
        : `${money(t.pricePence)} up to ${t.maxAreaCm2} cm²`,
    )
    .join(", ");
}
