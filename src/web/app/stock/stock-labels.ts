import type { StockBatch, StockKind } from "../../../shared/contracts/stock.ts";

export const kindLabels: Record<StockKind, string> = {
  pigment: "Pigment",
  needle: "Needle",
  anaesthetic: "Anaesthetic",
};

export const kindPlural: Record<StockKind, string> = {
  pigment: "Pigments",
  needle: "Needles",
  anaesthetic: "Anaesthetics",
};

/** Days before expiry from which a batch is flagged amber. */
export const EXPIRY_WARNING_DAYS = 30;

export type ExpiryTone = "expired" | "soon" | "ok" | "archived";

/** Red once expired, amber within 30 days of expiry (inclusive), neutral otherwise. */
export function expiryTone(b: Pick<StockBatch, "state" | "daysToExpiry">): ExpiryTone {
  if (b.state === "archived") return "archived";
  if (b.state === "expired") return "expired";
  return b.daysToExpiry <= EXPIRY_WARNING_DAYS ? "soon" : "ok";
}

/** A short phrase for the expiry column: "Expired 3 days ago", "Expires today", "in 12 days". */
export function expiryNote(b: Pick<StockBatch, "state" | "daysToExpiry">): string | null {
  const d = b.daysToExpiry;
  if (b.state === "archived") return "Archived";
  if (d < 0) return d === -1 ? "Expired yesterday" : `Expired ${-d} days ago`;
  if (d === 0) return "Expires today";
  if (d <= EXPIRY_WARNING_DAYS) return d === 1 ? "Expires tomorrow" : `Expires in ${d} days`;
  return null;
}

/** "3RL · 0.25 mm" for needles; empty for other kinds. */
export function needleSpec(b: Pick<StockBatch, "needleConfig" | "needleDiameterMm">): string {
  if (!b.needleConfig) return "";
  return b.needleDiameterMm === null
    ? b.needleConfig
    : `${b.needleConfig} · ${b.needleDiameterMm.toFixed(2)} mm`;
}
