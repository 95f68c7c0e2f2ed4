import { useMemo } from "react";
import { useFormatter } from "../../../lib/format.ts";
import { useMe } from "../../../lib/use-me.ts";

/** Money for the client: "£3,000" for whole amounts, "£1,249.50" otherwise; and the symbol. */
export function useMoney() {
  const { clinic } = useMe();
  const formatter = useFormatter();
  return useMemo(() => {
    const whole = new Intl.NumberFormat(clinic.locale, {
      style: "currency",
      currency: clinic.currency,
      maximumFractionDigits: 0,
    });
    const symbol =
      whole.formatToParts(0).find((p) => p.type === "currency")?.value ?? clinic.currency;
    return {
      symbol,
      format: (pence: number) =>
        pence % 100 === 0 ? whole.format(pence / 100) : formatter.money(pence),
    };
  }, [clinic.locale, clinic.currency, formatter]);
}
