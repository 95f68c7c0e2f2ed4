import {
  ActionIcon,
  Button,
  Group,
  NumberInput,
  Stack,
  Text,
  TextInput,
  Tooltip,
} from "@mantine/core";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import type { PriceTier } from "../../../../domain/settings/clinical-settings.ts";
import { MoneyField } from "./clinical-fields.tsx";
import type { ClinicalForm } from "./clinical-form.ts";
import { OpenEndedRows } from "./open-ended-rows.tsx";

/** Price tiers by total treated area; the last tier covers anything larger. */
export function PriceTiers({ form }: { form: ClinicalForm }) {
  const tiers = form.getValues().pricing.tiers;
  return (
    <OpenEndedRows
      form={form}
      path="pricing.tiers"
      rows={tiers}
      max={10}
      noun="tier"
      make={(largest) => ({
        label: "New tier",
        maxAreaCm2: largest + 100,
        pricePence: tiers.at(-2)?.pricePence ?? tiers.at(-1)?.pricePence ?? 0,
      })}
      renderRow={(tier, i, last) => <TierRow form={form} tier={tier} index={i} last={last} />}
    />
  );
}

function TierRow(props: { form: ClinicalForm; tier: PriceTier; index: number; last: boolean }) {
  const { form, index, last } = props;
  const path = `pricing.tiers.${index}`;
  const n = index + 1;
  return (
    <Group gap="sm" wrap="wrap" align="flex-start">
      <TextInput
        aria-label={`Tier ${n}: name`}
        style={{ flex: "1 1 240px", minWidth: 0 }}
        maxLength={80}
        {...form.getInputProps(`${path}.label`)}
      />
      <Group gap="sm" wrap="nowrap" align="flex-start">
        {last ? (
          <Text size="sm" c="dimmed" w={130} lh="36px">
            Larger areas
          </Text>
        ) : (
          <NumberInput
            aria-label={`Tier ${n}: up to (cm²)`}
            w={130}
            min={1}
            max={2000}
            allowNegative={false}
            decimalScale={1}
            hideControls
            leftSection={
              <Text size="xs" c="dimmed" aria-hidden="true">
                up to
              </Text>
            }
            leftSectionWidth={44}
            rightSection={
              <Text size="sm" c="dimmed" aria-hidden="true" pr={6}>
                cm²
              </Text>
            }
            rightSectionWidth={40}
            {...form.getInputProps(`${path}.maxAreaCm2`)}
          />
        )}
        <MoneyField
          form={form}
          path={`${path}.pricePence`}
          aria-label={`Tier ${n}: price`}
          w={130}
        />
      </Group>
    </Group>
  );
}

const MAX_INCLUDED = 12;

/** Lines listed on the quote under "Included". */
export function IncludedItems({ form }: { form: ClinicalForm }) {
  const items = form.getValues().pricing.included;
  return (
    <Stack gap="xs">
      {items.length === 0 && (
        <Text size="sm" c="dimmed">
          The quote lists nothing as included.
        </Text>
      )}
      {items.map((_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: items have no identity beyond position
        <Group key={i} gap="sm" wrap="nowrap" align="flex-start">
          <TextInput
            aria-label={`Included item ${i + 1}`}
            style={{ flex: 1, minWidth: 0 }}
            maxLength={120}
            {...form.getInputProps(`pricing.included.${i}`)}
          />
          <Tooltip label="Remove this item">
            <ActionIcon
              variant="subtle"
              color="slate"
              mt={4}
              aria-label={`Remove included item ${i + 1}`}
              onClick={() => form.removeListItem("pricing.included", i)}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Tooltip>
        </Group>
      ))}
      {items.length < MAX_INCLUDED && (
        <Button
          variant="subtle"
          size="xs"
          w="fit-content"
          leftSection={<IconPlus size={14} />}
          onClick={() => form.insertListItem("pricing.included", "")}
        >
          Add an item
        </Button>
      )}
    </Stack>
  );
}
