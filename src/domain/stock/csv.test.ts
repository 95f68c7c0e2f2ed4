import { describe, expect, it } from "vitest";
import { csvCell, safeFileStem, toCsv, UTF8_BOM } from "./csv.ts";

describe("csvCell", () => {
  it("leaves plain text alone", () => {
    expect(csvCell("Jane Smith")).toBe("Jane Smith");
    expect(csvCell(null)).toBe("");
    expect(csvCell(3)).toBe("3");
  });

  it("quotes commas, quotes and line breaks, doubling inner quotes (RFC 4180)", () => {
    expect(csvCell("Smith, Jane")).toBe('"Smith, Jane"');
    expect(csvCell('Jane "JJ" Smith')).toBe('"Jane ""JJ"" Smith"');
    expect(csvCell("line one\nline two")).toBe('"line one\nline two"');
  });

  it("defuses cells a spreadsheet would run as a formula", () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell("+44 7700 900123")).toBe("'+44 7700 900123");
    expect(csvCell("-1")).toBe("'-1");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\tcmd")).toBe("'\tcmd");
  });
});

describe("toCsv", () => {
  it("starts with a BOM and ends every line with CRLF", () => {
    const csv = toCsv(
      ["A", "B"],
      [
        ["1", "x,y"],
        ["Zoë", null],
      ],
    );
    expect(csv).toBe(`${UTF8_BOM}A,B\r\n1,"x,y"\r\nZoë,\r\n`);
  });
});

describe("safeFileStem", () => {
  it("keeps letters, digits and dashes", () => {
    expect(safeFileStem(["Scalp Ink Co.", "L/23 #4", "2026-11-24"])).toBe(
      "scalp-ink-co-l-23-4-2026-11-24",
    );
    expect(safeFileStem(["Crème", ""])).toBe("creme");
  });
});
