import { describe, expect, it } from "vitest";
import { durationText, gapText, spacingSentence } from "./plan-words.ts";

const course = (...gaps: (number | null)[]) => gaps.map((gapDays) => ({ gapDays }));

describe("durationText", () => {
  it("writes hours and minutes", () => {
    expect(durationText(195)).toBe("3 h 15 min");
    expect(durationText(120)).toBe("2 h");
    expect(durationText(45)).toBe("45 min");
  });
});

describe("gapText", () => {
  it("uses days under two weeks and whole weeks after", () => {
    expect(gapText(10)).toBe("10 days");
    expect(gapText(7)).toBe("1 week");
    expect(gapText(14)).toBe("2 weeks");
    expect(gapText(20)).toBe("about 3 weeks");
  });
});

describe("spacingSentence", () => {
  it("names the longer final gap", () => {
    expect(spacingSentence(course(null, 14, 28))).toBe(
      "3 sessions, about 2 weeks apart, the last one 4 weeks after the second",
    );
  });
  it("folds equal gaps into one phrase", () => {
    expect(spacingSentence(course(null, 14, 14, 14))).toBe("4 sessions, about 2 weeks apart");
    expect(spacingSentence(course(null, 28))).toBe("2 sessions, about 4 weeks apart");
  });
  it("lists uneven gaps one by one", () => {
    expect(spacingSentence(course(null, 28, 14, 21))).toBe(
      "4 sessions: the second 4 weeks after the first, the third 2 weeks after the second, the fourth 3 weeks after the third",
    );
  });
  it("handles a single session", () => {
    expect(spacingSentence(course(null))).toBe("1 session");
  });
});
