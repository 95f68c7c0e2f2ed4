/** Locales and currencies offered in clinic settings; a clinic's current value is always kept. */
const LOCALES = [
  "en-GB",
  "en-IE",
  "en-US",
  "en-CA",
  "en-AU",
  "en-NZ",
  "en-ZA",
  "fr-FR",
  "fr-BE",
  "de-DE",
  "de-AT",
  "de-CH",
  "nl-NL",
  "es-ES",
  "it-IT",
  "pt-PT",
  "sv-SE",
  "da-DK",
  "nb-NO",
  "pl-PL",
];

const CURRENCIES = [
  "GBP",
  "EUR",
  "USD",
  "CAD",
  "AUD",
  "NZD",
  "CHF",
  "SEK",
  "NOK",
  "DKK",
  "PLN",
  "ZAR",
  "AED",
];

function displayName(type: "language" | "currency", code: string): string {
  try {
    return new Intl.DisplayNames(["en-GB"], { type }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function localeOptions(current: string) {
  const codes = LOCALES.includes(current) || !current ? LOCALES : [current, ...LOCALES];
  return codes.map((code) => ({
    value: code,
    label: `${displayName("language", code)} · ${code}`,
  }));
}

export function currencyOptions(current: string) {
  const codes = CURRENCIES.includes(current) || !current ? CURRENCIES : [current, ...CURRENCIES];
  return codes.map((code) => ({
    value: code,
    label: `${displayName("currency", code)} (${code})`,
  }));
}

/** "24/11/2026, 14:30 · £1,250.00" in the chosen locale and currency, or null if either is bad. */
export function regionalExample(locale: string, currency: string, timeZone: string, nowMs: number) {
  try {
    const date = new Intl.DateTimeFormat(locale, {
      dateStyle: "short",
      timeStyle: "short",
      timeZone,
    }).format(nowMs);
    const money = new Intl.NumberFormat(locale, { style: "currency", currency }).format(1250);
    return `${date} · ${money}`;
  } catch {
    return null;
  }
}
