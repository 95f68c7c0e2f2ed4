import type { Service, ServiceInput, ServiceKind } from "../../../../shared/contracts/services.ts";

export interface ServiceValues {
  name: string;
  kind: ServiceKind;
  description: string;
  durationMin: number | string;
  bufferBeforeMin: number | string;
  bufferAfterMin: number | string;
  needsRoom: boolean;
  /** In pounds (major units), as typed; saved as whole pence. */
  price: number | string;
  colour: string;
  /** Minimum notice in hours, as typed (decimals allowed); saved as whole minutes. */
  minNoticeHours: number | string;
  maxHorizonDays: number | string;
}

export const emptyService: ServiceValues = {
  name: "",
  kind: "treatment",
  description: "",
  durationMin: 60,
  bufferBeforeMin: 0,
  bufferAfterMin: 15,
  needsRoom: true,
  price: "",
  colour: "#1f6f78",
  minNoticeHours: 0,
  maxHorizonDays: 365,
};

export function fromService(s: Service): ServiceValues {
  return {
    name: s.name,
    kind: s.kind,
    description: s.description,
    durationMin: s.durationMin,
    bufferBeforeMin: s.bufferBeforeMin,
    bufferAfterMin: s.bufferAfterMin,
    needsRoom: s.needsRoom,
    price: s.pricePence / 100,
    colour: s.colour,
    minNoticeHours: Math.round((s.minNoticeMin / 60) * 100) / 100,
    maxHorizonDays: s.maxHorizonDays,
  };
}

const num = (v: number | string) =>
  typeof v === "number" ? v : v.trim() === "" ? Number.NaN : Number(v);

/** Major units to integer minor units without float drift (12.3 → 1230). */
export function toPence(price: number | string): number {
  const value = num(price);
  return Number.isFinite(value) ? Math.round(value * 100) : 0;
}

export function toServiceInput(v: ServiceValues): ServiceInput {
  return {
    name: v.name.trim(),
    kind: v.kind,
    description: v.description.trim(),
    durationMin: num(v.durationMin),
    bufferBeforeMin: num(v.bufferBeforeMin) || 0,
    bufferAfterMin: num(v.bufferAfterMin) || 0,
    needsRoom: v.needsRoom,
    pricePence: toPence(v.price),
    colour: v.colour.toLowerCase(),
    minNoticeMin: Math.round((num(v.minNoticeHours) || 0) * 60),
    maxHorizonDays: num(v.maxHorizonDays),
  };
}

const wholeMinutes =
  (label: string, min: number, max: number, required: boolean) => (value: number | string) => {
    const n = num(value);
    if (!Number.isFinite(n)) return required ? `Enter the ${label} in minutes` : null;
    if (!Number.isInteger(n)) return "Use whole minutes";
    if (n < min) return `Must be at least ${min} minutes`;
    if (n > max) return `Must be at most ${max} minutes`;
    return null;
  };

export const validateService = {
  name: (v: string) =>
    v.trim() ? (v.trim().length > 120 ? "Must be at most 120 characters" : null) : "Enter a name",
  durationMin: wholeMinutes("duration", 5, 720, true),
  bufferBeforeMin: wholeMinutes("buffer", 0, 240, false),
  bufferAfterMin: wholeMinutes("buffer", 0, 240, false),
  price: (v: number | string) => {
    const n = num(v);
    if (!Number.isFinite(n))
      return typeof v === "string" && v.trim() === "" ? null : "Enter a price like 450.00";
    if (n < 0) return "Must not be negative";
    if (n > 100_000) return "Must be at most 100,000";
    return null;
  },
  colour: (v: string) => (/^#[0-9a-fA-F]{6}$/.test(v) ? null : "Enter a colour like #1f6f78"),
  minNoticeHours: (v: number | string) => {
    const n = num(v);
    if (!Number.isFinite(n)) return typeof v === "string" && v.trim() === "" ? null : "Enter hours";
    if (n < 0) return "Must not be negative";
    if (n > 720) return "Must be at most 720 hours (30 days)";
    return null;
  },
  maxHorizonDays: (v: number | string) => {
    const n = num(v);
    if (!Number.isFinite(n)) return "Enter how many days ahead";
    if (!Number.isInteger(n)) return "Use whole days";
    if (n < 1) return "Must be at least 1 day";
    if (n > 1095) return "Must be at most 1095 days (3 years)";
    return null;
  },
};

/** Server field names → form field names (the API speaks pence). */
export function formField(field: string): string {
  if (field === "minNoticeMin") return "minNoticeHours";
  return field === "pricePence" ? "price" : field;
}
