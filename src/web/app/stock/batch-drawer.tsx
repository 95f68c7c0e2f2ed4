import {
  Alert,
  Button,
  Drawer,
  Group,
  NumberInput,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from "@mantine/core";
import { DateInput } from "@mantine/dates";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { IconAlertCircle, IconCalendar, IconLock } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import type { StockBatch, StockKind } from "../../../shared/contracts/stock.ts";
import { applyFieldErrors } from "../../lib/api.ts";
import { parseDayMonthYear } from "../clients/client-form.ts";
import {
  type BatchFormValues,
  batchFormValues,
  toCreateInput,
  toUpdateInput,
  validateBatchForm,
} from "./batch-form.ts";
import { useCreateBatch, useUpdateBatch } from "./stock-api.ts";
import { kindLabels } from "./stock-labels.ts";

interface BatchDrawerProps {
  opened: boolean;
  onClose: () => void;
  /** Editing this batch; omitted: adding a new one of `kind`. */
  batch?: StockBatch;
  kind: StockKind;
}

/** Add a batch as received, or correct one's label; the list stays visible behind it. */
export function BatchDrawer({ opened, onClose, batch, kind }: BatchDrawerProps) {
  const create = useCreateBatch();
  const update = useUpdateBatch(batch?.id ?? "");
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<BatchFormValues>({
    initialValues: batchFormValues(kind, batch),
    validate: validateBatchForm,
  });

  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only on open
  useEffect(() => {
    if (opened) {
      form.setValues(batchFormValues(kind, batch));
      form.resetDirty(batchFormValues(kind, batch));
      form.clearErrors();
      setProblem(null);
    }
  }, [opened]);

  const locked = batch?.identityLocked ?? false;
  const isNeedle = form.values.kind === "needle";
  const pending = create.isPending || update.isPending;

  const submit = form.onSubmit((values) => {
    setProblem(null);
    const onError = (error: unknown) => setProblem(applyFieldErrors(form, error));
    const onSuccess = (saved: StockBatch) => {
      notifications.show({
        color: "green",
        title: batch ? "Batch saved" : "Batch added",
        message: `${saved.brand} ${saved.product}, lot ${saved.lot}.`,
      });
      onClose();
    };
    if (batch) update.mutate(toUpdateInput(values), { onSuccess, onError });
    else create.mutate(toCreateInput(values), { onSuccess, onError });
  });

  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      size="md"
      title={batch ? `Edit ${kindLabels[batch.kind].toLowerCase()} batch` : "Add a batch"}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {!batch && (
            <SegmentedControl
              aria-label="Kind"
              fullWidth
              data={(["pigment", "needle", "anaesthetic"] as const).map((k) => ({
                value: k,
                label: kindLabels[k],
              }))}
              {...form.getInputProps("kind")}
            />
          )}
          {locked && (
            <Alert color="gray" icon={<IconLock size={16} />} title="Used in signed sessions">
              Brand, product, lot and needle details are fixed so treatment records keep pointing at
              the batch actually used. If they were entered wrongly, archive this batch and add the
              correct one.
            </Alert>
          )}
          <TextInput label="Brand" required disabled={locked} {...form.getInputProps("brand")} />
          <TextInput
            label={form.values.kind === "pigment" ? "Product and shade" : "Product"}
            placeholder={form.values.kind === "pigment" ? "e.g. Shade 2 Dark Ash" : undefined}
            required
            disabled={locked}
            {...form.getInputProps("product")}
          />
          <TextInput
            label="Lot number"
            description="As printed on the bottle, box or cartridge"
            required
            disabled={locked}
            {...form.getInputProps("lot")}
          />
          {isNeedle && (
            <SimpleGrid cols={2}>
              <TextInput
                label="Configuration"
                placeholder="1RL, 3RL…"
                required
                disabled={locked}
                {...form.getInputProps("needleConfig")}
              />
              <NumberInput
                label="Diameter (mm)"
                placeholder="0.25"
                decimalScale={2}
                step={0.01}
                min={0.18}
                max={0.4}
                required
                disabled={locked}
                {...form.getInputProps("needleDiameterMm")}
              />
            </SimpleGrid>
          )}
          <SimpleGrid cols={2}>
            <DateInput
              label="Expiry date"
              description="Usable up to and including this day"
              placeholder="dd/mm/yyyy"
              valueFormat="DD/MM/YYYY"
              dateParser={parseDayMonthYear}
              required
              leftSection={<IconCalendar size={16} aria-hidden="true" />}
              {...form.getInputProps("expiresOn")}
            />
            <DateInput
              label="Received"
              description="Optional"
              placeholder="dd/mm/yyyy"
              valueFormat="DD/MM/YYYY"
              dateParser={parseDayMonthYear}
              clearable
              leftSection={<IconCalendar size={16} aria-hidden="true" />}
              {...form.getInputProps("receivedOn")}
            />
          </SimpleGrid>
          <NumberInput
            label="Quantity"
            description="Bottles, boxes or tubes received; leave empty if not counted"
            min={0}
            allowDecimal={false}
            {...form.getInputProps("quantity")}
          />
          <Textarea label="Notes" autosize minRows={2} {...form.getInputProps("notes")} />
          {problem && (
            <Alert color="red" icon={<IconAlertCircle size={16} />} role="alert">
              {problem}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={pending}>
              {batch ? "Save" : "Add batch"}
            </Button>
          </Group>
        </Stack>
      </form>
    </Drawer>
  );
}
