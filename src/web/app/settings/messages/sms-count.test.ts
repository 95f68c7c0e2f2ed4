import { describe, expect, it } from "vitest";
import { countSms } from "./sms-count.ts";

describe("countSms", () => {
  it("fits 160 GSM-7 characters in one message and splits at 153", () => {
    expect(countSms("")).toMatchObject({ segments: 0, encoding: "GSM-7" });
    expect(countSms("a".repeat(160))).toMatchObject({ segments: 1, remaining: 0 });
    expect(countSms("a".repeat(161))).toMatchObject({ segments: 2, perSegment: 153 });
    expect(countSms("a".repeat(306))).toMatchObject({ segments: 2, remaining: 0 });
    expect(countSms("a".repeat(307)).segments).toBe(3);
  });

  it("counts extension characters such as € and [ twice", () => {
    expect(countSms("€".repeat(80))).toMatchObject({ encoding: "GSM-7", units: 160, segments: 1 });
    expect(countSms(`${"€".repeat(80)}a`).segments).toBe(2);
  });

  it("switches to UCS-2 (70, then 67) for any character outside GSM-7", () => {
    expect(countSms(`Hi ’there`)).toMatchObject({ encoding: "UCS-2", units: 9, segments: 1 });
    expect(countSms("é".repeat(70)).encoding).toBe("GSM-7");
    expect(countSms("ł".repeat(70))).toMatchObject({ encoding: "UCS-2", segments: 1 });
    expect(countSms("ł".repeat(71))).toMatchObject({ segments: 2, perSegment: 67 });
    // An emoji is two UTF-16 code units.
    expect(countSms("😀").units).toBe(2);
  });

  it("treats £ and line breaks as plain GSM-7", () => {
    expect(countSms("£40 deposit\nSee you soon")).toMatchObject({ encoding: "GSM-7", units: 24 });
  });
});
