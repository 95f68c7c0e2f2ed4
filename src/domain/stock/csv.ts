/** Characters that make spreadsheet programs treat a cell as a formula (CWE-1236). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Byte order mark so Excel opens the file as UTF-8. */
export const UTF8_BOM = "\uFEFF";

/**
 * One CSV field: a cell a spreadsheet would read as a formula gets a leading apostrophe, and a
 * field with a comma, quote or line break is quoted with inner quotes doubled (RFC 4180).
 */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? "" : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV document: BOM, a header row, then the rows, each line ended with CRLF. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
): string {
  const lines = [header, ...rows].map((r) => r.map(csvCell).join(","));
  return `${UTF8_BOM}${lines.map((l) => `${l}\r\n`).join("")}`;
}

/** A file name safe on every system: letters, digits and dashes only, e.g. "acme-l123-2026-11-24". */
export function safeFileStem(parts: readonly string[]): string {
  return parts
    .map((p) =>
      p
        .normalize("NFKD")
        .replace(/[\u0300-\u036f]/g, "")
        .replace(/[^A-Za-z0-9]+/g, "-")
        .replace(/^-+|-+$/g, "")
        .toLowerCase(),
    )
    .filter(Boolean)
    .join("-")
    .slice(0, 120);
}
