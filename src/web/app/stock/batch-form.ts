import type {
  CreateStockBatchInput,
  StockBatch,
  StockKind,
  UpdateStockBatchInput,
} from "../../../shared/contracts/stock.ts";
import {
  NEEDLE_DIAMETER_MAX_MM,
  NEEDLE_DIAMETER_MIN_MM,
  needleConfigPattern,
} from "../../../shared/contracts/stock.ts";

export interface BatchFormValues {
  kind: StockKind;
  brand: string;
  product: string;
  lot: string;
  expiresOn: string | null;
  receivedOn: string | null;
  needleConfig: string;
  needleDiameterMm: number | string;
  quantity: number | string;
  notes: string;
}

export function batchFormValues(kind: StockKind, b?: StockBatch): BatchFormValues {
  return {
    kind: b?.kind ?? kind,
    brand: b?.brand ?? "",
    product: b?.product ?? "",
    lot: b?.lot ?? "",
    expiresOn: b?.expiresOn ?? null,
    receivedOn: b?.receivedOn ?? null,
    needleConfig: b?.needleConfig ?? "",
    needleDiameterMm: b?.needleDiameterMm ?? "",
    quantity: b?.quantity ?? "",
    notes: b?.notes ?? "",
  };
}

const required = (label: string) => (v: string) => (v.trim() ? null : `${label} is required`);

/** The same rules the API applies, so most mistakes show before saving. */
export const validateBatchForm = {
  brand: required("Brand"),
  product: required("Product"),
  lot: required("Lot number"),
  expiresOn: (v: string | null) => (v ? null : "Expiry date is required"),
  receivedOn: (v: string | null, values: BatchFormValues) =>
    v && values.expiresOn && v > values.expiresOn ? "Must be on or before the expiry date" : null,
  needleConfig: (v: string, values: BatchFormValues) => {
    if (values.kind !== "needle") return null;
    if (!v.trim()) return "Needle configuration is required";
    return needleConfigPattern.test(v.trim().toUpperCase())
      ? null
      : "Use a configuration like 1RL, 3RL, 5RS or 5M1";
  },
  needleDiameterMm: (v: number | string, values: BatchFormValues) => {
    if (values.kind !== "needle") return null;
    if (v === "") return "Needle diameter is required";
    const n = Number(v);
    return n >= NEEDLE_DIAMETER_MIN_MM && n <= NEEDLE_DIAMETER_MAX_MM
      ? null
      : `Must be between ${NEEDLE_DIAMETER_MIN_MM.toFixed(2)} and ${NEEDLE_DIAMETER_MAX_MM.toFixed(2)} mm`;
  },
};

const numberOrNull = (v: number | string) => (v === "" ? null : Number(v));

export function toCreateInput(v: BatchFormValues): CreateStockBatchInput {
  const needle = v.kind === "needle";
  return {
    kind: v.kind,
    brand: v.brand.trim(),
    product: v.product.trim(),
    lot: v.lot.trim(),
    expiresOn: v.expiresOn ?? "",
    receivedOn: v.receivedOn || null,
    needleConfig: needle ? v.needleConfig.trim().toUpperCase() : null,
    needleDiameterMm: needle ? numberOrNull(v.needleDiameterMm) : null,
    quantity: numberOrNull(v.quantity),
    notes: v.notes.trim(),
  };
}

export function toUpdateInput(v: BatchFormValues): UpdateStockBatchInput {
  const { kind: _kind, ...rest } = toCreateInput(v);
  return rest;
}
