import {
  Button,
  ColorInput,
  Group,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import type { Service, ServiceKind } from "../../../../shared/contracts/services.ts";
import { applyFieldErrors } from "../../../lib/api.ts";
import { useMe } from "../../../lib/use-me.ts";
import { FormProblem } from "../common/form-problem.tsx";
import { notifySaved } from "../common/notify.ts";
import {
  emptyService,
  formField,
  fromService,
  type ServiceValues,
  toServiceInput,
  validateService,
} from "./service-form.ts";
import { kindLabels, minutesText, useCreateService, useUpdateService } from "./services-api.ts";

const KIND_OPTIONS = (Object.keys(kindLabels) as ServiceKind[]).map((k) => ({
  value: k,
  label: kindLabels[k],
}));
const SWATCHES = [
  "#1f6f78",
  "#1971c2",
  "#5f3dc4",
  "#9c36b5",
  "#c2255c",
  "#e8590c",
  "#f08c00",
  "#2f9e44",
];

function currencySymbol(locale: string, currency: string): string {
  try {
    const parts = new Intl.NumberFormat(locale, { style: "currency", currency }).formatToParts(0);
    return parts.find((p) => p.type === "currency")?.value ?? currency;
  } catch {
    return currency;
  }
}

function Suffix({ children }: { children: string }) {
  return (
    <Text size="sm" c="dimmed" aria-hidden="true">
      {children}
    </Text>
  );
}

const MinSuffix = () => <Suffix>min</Suffix>;

interface ServiceModalProps {
  /** The service to edit, or null to create one. */
  service: Service | null;
  opened: boolean;
  onClose: () => void;
}

export function ServiceModal({ service, opened, onClose }: ServiceModalProps) {
  const { clinic } = useMe();
  const create = useCreateService();
  const update = useUpdateService();
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<ServiceValues>({
    initialValues: service ? fromService(service) : emptyService,
    validate: validateService,
  });
  const values = form.getValues();
  const duration = Number(values.durationMin);
  const noticeMin = Math.round(Number(values.minNoticeHours) * 60);
  const horizonDays = Number(values.maxHorizonDays);

  const close = () => {
    setProblem(null);
    onClose();
  };

  const submit = form.onSubmit((v) => {
    setProblem(null);
    const input = toServiceInput(v);
    const onError = (error: unknown) =>
      setProblem(
        applyFieldErrors(
          {
            getValues: () => ({ ...form.getValues(), pricePence: 0, minNoticeMin: 0 }),
            setErrors: (errors) =>
              form.setErrors(
                Object.fromEntries(Object.entries(errors).map(([k, m]) => [formField(k), m])),
              ),
          },
          error,
        ),
      );
    if (service) {
      update.mutate(
        { id: service.id, patch: input },
        {
          onSuccess: (saved) => {
            notifySaved("Service saved", `${saved.name} is up to date.`);
            close();
          },
          onError,
        },
      );
    } else {
      create.mutate(input, {
        onSuccess: (saved) => {
          notifySaved("Service added", `Clients can now book ${saved.name}.`);
          close();
        },
        onError,
      });
    }
  });

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={service ? `Edit ${service.name}` : "New service"}
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormProblem problem={problem} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput label="Name" required data-autofocus {...form.getInputProps("name")} />
            <Select
              comboboxProps={{ keepMounted: false }}
              label="Type"
              data={KIND_OPTIONS}
              allowDeselect={false}
              {...form.getInputProps("kind")}
            />
          </SimpleGrid>
          <Textarea
            label="Description"
            description="Shown to clients when they book"
            autosize
            minRows={2}
            maxRows={5}
            maxLength={2000}
            {...form.getInputProps("description")}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <NumberInput
              label="Duration"
              rightSection={<MinSuffix />}
              rightSectionWidth={44}
              hideControls
              description={
                Number.isFinite(duration) && duration > 0
                  ? minutesText(duration)
                  : "How long it takes"
              }
              min={5}
              max={720}
              step={15}
              allowDecimal={false}
              required
              {...form.getInputProps("durationMin")}
            />
            <NumberInput
              label="Buffer before"
              rightSection={<MinSuffix />}
              rightSectionWidth={44}
              hideControls
              description="Set-up time"
              min={0}
              max={240}
              step={5}
              allowDecimal={false}
              {...form.getInputProps("bufferBeforeMin")}
            />
            <NumberInput
              label="Buffer after"
              rightSection={<MinSuffix />}
              rightSectionWidth={44}
              hideControls
              description="Clean-down time"
              min={0}
              max={240}
              step={5}
              allowDecimal={false}
              {...form.getInputProps("bufferAfterMin")}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <NumberInput
              label="Price"
              description="Leave empty for a free service"
              leftSection={currencySymbol(clinic.locale, clinic.currency)}
              min={0}
              decimalScale={2}
              fixedDecimalScale
              thousandSeparator=","
              hideControls
              {...form.getInputProps("price")}
            />
            <ColorInput
              label="Calendar colour"
              format="hex"
              eyeDropperButtonProps={{ "aria-label": "Pick a colour from the screen" }}
              swatches={SWATCHES}
              swatchesPerRow={8}
              {...form.getInputProps("colour")}
            />
          </SimpleGrid>
          <Switch
            label="Needs a treatment room"
            description="Bookings reserve a free room at the location"
            {...form.getInputProps("needsRoom", { type: "checkbox" })}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <NumberInput
              label="Book at least"
              rightSection={<Suffix>hours ahead</Suffix>}
              rightSectionWidth={104}
              hideControls
              description={
                Number.isFinite(noticeMin) && noticeMin > 0
                  ? `Not bookable less than ${minutesText(noticeMin)} before`
                  : "0 = bookable right up to the start"
              }
              min={0}
              max={720}
              decimalScale={2}
              allowNegative={false}
              {...form.getInputProps("minNoticeHours")}
            />
            <NumberInput
              label="Book up to"
              rightSection={<Suffix>days ahead</Suffix>}
              rightSectionWidth={96}
              hideControls
              description={
                Number.isInteger(horizonDays) && horizonDays > 0
                  ? `Not bookable more than ${horizonDays} ${horizonDays === 1 ? "day" : "days"} ahead`
                  : "How far ahead it can be booked"
              }
              min={1}
              max={1095}
              allowDecimal={false}
              allowNegative={false}
              required
              {...form.getInputProps("maxHorizonDays")}
            />
          </SimpleGrid>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending || update.isPending}>
              {service ? "Save service" : "Add service"}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
