import type { ClinicalSettings } from "../settings/clinical-settings.ts";
import type { Quote, QuoteAdjustment, QuoteLine, TreatmentPlan } from "./types.ts";
import { totalAreaCm2 } from "./zones.ts";

/** "£1,250.00" from 125000 pence; "-£20.00" for a negative amount. */
export function formatPence(pence: number): string {
  const sign = pence < 0 ? "-" : "";
  const abs = Math.abs(Math.round(pence));
  const pounds = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const rest = (abs % 100).toString().padStart(2, "0");
  return `${sign}£${pounds}.${rest}`;
}

const sessionsText = (n: number) => (n === 1 ? "1 session" : `${n} sessions`);

/**
 * The price of a plan (§8.4): by area tier or per session, with an optional adjustment, the deposit
 * (§8.1) and what the price includes (§8.3). The total is never below zero.
 */
export function computeQuote(
  plan: TreatmentPlan,
  settings: ClinicalSettings,
  adjustment: QuoteAdjustment | null,
): Quote {
  const pricing = settings.pricing;
  const count = plan.sessions.length;
  const lines: QuoteLine[] = [];
  let tierLabel: string | null = null;

  if (pricing.mode === "tier") {
    const area = totalAreaCm2(plan);
    const tier =
      pricing.tiers.find((t) => t.maxAreaCm2 === null || area <= t.maxAreaCm2) ??
      pricing.tiers[pricing.tiers.length - 1];
    if (tier) {
      tierLabel = tier.label;
      lines.push({
        label: `Course of ${sessionsText(count)} (${tier.label})`,
        amountPence: tier.pricePence,
      });
    }
  } else {
    lines.push({
      label: `${sessionsText(count)} × ${formatPence(pricing.perSessionPence)}`,
      amountPence: count * pricing.perSessionPence,
    });
  }

  if (adjustment) {
    lines.push({ label: adjustment.reason.trim(), amountPence: adjustment.amountPence });
  }

  const totalPence = Math.max(
    0,
    lines.reduce((sum, l) => sum + l.amountPence, 0),
  );
  const deposit = pricing.deposit;
  const depositPence =
    deposit.kind === "fixed"
      ? Math.min(deposit.fixedPence, totalPence)
      : Math.min(totalPence, Math.round((totalPence * deposit.percent) / 100));

  const included = [
    ...pricing.included,
    ...plan.touchUps.map(
      (t) => `Touch-up between ${t.fromDay} and ${t.toDay} days after the last session`,
    ),
  ];

  const ht = pricing.hairTransplant;
  return {
    mode: pricing.mode,
    tierLabel,
    lines,
    totalPence,
    depositPence,
    balancePence: totalPence - depositPence,
    included,
    hairTransplant: ht.show ? { minPence: ht.minPence, maxPence: ht.maxPence } : null,
  };
}
