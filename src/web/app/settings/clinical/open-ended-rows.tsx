import { ActionIcon, Box, Button, Group, Stack, Text, Tooltip } from "@mantine/core";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import type { ReactNode } from "react";
import type { ClinicalForm } from "./clinical-form.ts";

interface Row {
  maxAreaCm2: number | null;
}

interface OpenEndedRowsProps<T extends Row> {
  form: ClinicalForm;
  /** The list's form path, e.g. "sessions.durationBands". */
  path: string;
  rows: T[];
  max: number;
  /** "band", "tier": names the add and remove buttons. */
  noun: string;
  /** The new row, given the largest upper limit so far (it goes in before the last row). */
  make: (largest: number) => T;
  /** One row's fields; `last` rows are open-ended ("larger areas"). */
  renderRow: (row: T, index: number, last: boolean) => ReactNode;
}

/**
 * Rows ordered by area where only the last has no upper limit: duration bands and price tiers.
 * New rows go in before the last; the last cannot be removed.
 */
export function OpenEndedRows<T extends Row>(props: OpenEndedRowsProps<T>) {
  const { form, path, rows, max, noun, make, renderRow } = props;
  const largest = Math.max(
    0,
    ...rows.map((r) => (typeof r.maxAreaCm2 === "number" ? r.maxAreaCm2 : 0)),
  );
  const listError = form.errors[path];

  return (
    <Stack gap="xs">
      {rows.map((row, i) => {
        const last = i === rows.length - 1;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity beyond position
          <Box key={i}>
            <Group gap="sm" wrap="nowrap" align="flex-start">
              <Box style={{ flex: 1, minWidth: 0 }}>{renderRow(row, i, last)}</Box>
              {last || rows.length === 1 ? (
                <Box w={28} aria-hidden="true" />
              ) : (
                <Tooltip label={`Remove this ${noun}`}>
                  <ActionIcon
                    variant="subtle"
                    color="slate"
                    mt={4}
                    aria-label={`Remove ${noun} ${i + 1}`}
                    onClick={() => form.removeListItem(path, i)}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Tooltip>
              )}
            </Group>
          </Box>
        );
      })}
      {listError && (
        <Text size="xs" c="red.7">
          {String(listError)}
        </Text>
      )}
      {rows.length < max && (
        <Button
          variant="subtle"
          size="xs"
          w="fit-content"
          leftSection={<IconPlus size={14} />}
          onClick={() => form.insertListItem(path, make(largest), rows.length - 1)}
        >
          Add a {noun}
        </Button>
      )}
    </Stack>
  );
}
