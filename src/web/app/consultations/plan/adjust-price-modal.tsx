import {
  Button,
  Group,
  Modal,
  NumberInput,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
} from "@mantine/core";
import { useState } from "react";
import type { ConsultationDetail, PlanView } from "../../../../shared/contracts/consultations.ts";
import { useSavePlan } from "./plans-api.ts";
import { SaveProblem } from "./save-problem.tsx";
import { useMoney } from "./use-money.ts";

interface AdjustPriceModalProps {
  opened: boolean;
  onClose: () => void;
  consultation: ConsultationDetail;
  view: PlanView;
  onChange: (next: ConsultationDetail) => void;
}

/** The practitioner's discount or extra charge, with the reason the client will see on the quote. */
export function AdjustPriceModal(props: AdjustPriceModalProps) {
  return (
    <Modal opened={props.opened} onClose={props.onClose} title="Adjust the price" size="md">
      {props.opened && <AdjustPriceForm {...props} />}
    </Modal>
  );
}

function AdjustPriceForm({ onClose, consultation, view, onChange }: AdjustPriceModalProps) {
  const money = useMoney();
  const current = view.adjustment;
  const [kind, setKind] = useState<"discount" | "charge">(
    current && current.amountPence > 0 ? "charge" : "discount",
  );
  const [amount, setAmount] = useState<number | string>(
    current ? Math.abs(current.amountPence) / 100 : "",
  );
  const [reason, setReason] = useState(current?.reason ?? "");
  const [tried, setTried] = useState(false);
  const save = useSavePlan(view.id);

  const pence = typeof amount === "number" ? Math.round(amount * 100) : 0;
  const signed = kind === "discount" ? -pence : pence;
  const base = view.quote.totalPence - (current?.amountPence ?? 0);
  const amountError = pence <= 0 ? "Enter an amount" : null;
  const reasonError = reason.trim().length < 3 ? "Give a reason the client will see" : null;

  const submit = (adjustment: { amountPence: number; reason: string } | null) =>
    save.mutate(
      { plan: view.plan, adjustment, version: view.version },
      {
        onSuccess: (saved) => {
          onChange({ ...consultation, plan: saved });
          onClose();
        },
      },
    );

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (!amountError && !reasonError) submit({ amountPence: signed, reason: reason.trim() });
      }}
    >
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          For the practitioner. The reason appears as a line on the client's quote.
        </Text>
        <SaveProblem error={save.error} title="The price could not be changed" />
        <SegmentedControl
          fullWidth
          value={kind}
          onChange={(v) => setKind(v as "discount" | "charge")}
          data={[
            { value: "discount", label: "Discount" },
            { value: "charge", label: "Extra charge" },
          ]}
          aria-label="Kind of adjustment"
        />
        <NumberInput
          label="Amount"
          data-autofocus
          leftSection={<Text size="sm">{money.symbol}</Text>}
          min={0}
          max={100_000}
          decimalScale={2}
          thousandSeparator=","
          value={amount}
          onChange={setAmount}
          error={tried ? amountError : null}
        />
        <TextInput
          label="Reason"
          placeholder={kind === "discount" ? "e.g. Returning client discount" : "e.g. Scar work"}
          maxLength={300}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={tried ? reasonError : null}
        />
        <Text size="sm">
          New total:{" "}
          <Text span fw={650}>
            {money.format(Math.max(0, base + signed))}
          </Text>{" "}
          <Text span c="dimmed" size="sm">
            (was {money.format(view.quote.totalPence)})
          </Text>
        </Text>
        <Group justify="space-between" gap="sm">
          {current ? (
            <Button
              variant="subtle"
              color="red"
              onClick={() => submit(null)}
              disabled={save.isPending}
            >
              Remove adjustment
            </Button>
          ) : (
            <span />
          )}
          <Group gap="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending}>
              Save price
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
