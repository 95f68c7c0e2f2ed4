/** Time zones and countries for location forms, labelled for people. */

let zones: { value: string; label: string }[] | null = null;

function offset(zone: string, now: number): string {
  try {
    const part = new Intl.DateTimeFormat("en-GB", { timeZone: zone, timeZoneName: "shortOffset" })
      .formatToParts(now)
      .find((p) => p.type === "timeZoneName");
    return part?.value ?? "";
  } catch {
    return "";
  }
}

/** Every IANA zone the browser knows, e.g. "Europe/London (GMT)"; `current` is always included. */
export function timeZoneOptions(current?: string) {
  if (!zones) {
    const now = Date.now();
    const all =
      typeof Intl.supportedValuesOf === "function"
        ? Intl.supportedValuesOf("timeZone")
        : ["Europe/London"];
    zones = all.map((zone) => ({
      value: zone,
      label: `${zone.replaceAll("_", " ")} (${offset(zone, now)})`,
    }));
  }
  if (current && !zones.some((z) => z.value === current)) {
    return [{ value: current, label: current.replaceAll("_", " ") }, ...zones];
  }
  return zones;
}

const COUNTRIES = [
  "GB",
  "IE",
  "US",
  "CA",
  "AU",
  "NZ",
  "FR",
  "DE",
  "NL",
  "BE",
  "ES",
  "IT",
  "PT",
  "CH",
  "AT",
  "SE",
  "NO",
  "DK",
  "PL",
  "ZA",
  "AE",
];

export function countryOptions(current?: string) {
  const names = new Intl.DisplayNames(["en-GB"], { type: "region" });
  const codes = current && !COUNTRIES.includes(current) ? [current, ...COUNTRIES] : COUNTRIES;
  return codes.map((code) => {
    let label = code;
    try {
      label = names.of(code) ?? code;
    } catch {
      // An unknown code is shown as it is.
    }
    return { value: code, label };
  });
}
