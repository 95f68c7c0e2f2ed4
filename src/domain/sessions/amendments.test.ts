import { describe, expect, it } from "vitest";
import { type AmendmentFact, amendmentProblems, currentValue } from "./amendments.ts";
import { batchProblem } from "./batches.ts";

const a = (id: string, changes: AmendmentFact["changes"]): AmendmentFact => ({
  id,
  reason: "Wrote the wrong value",
  authorName: "Sam",
  createdAt: "2026-11-24T10:00:00Z",
  changes,
});

describe("amendments", () => {
  const list = [
    a("1", [{ target: "z1", field: "coveragePct", from: 40, to: 45 }]),
    a("2", [{ target: "z1", field: "coveragePct", from: 45, to: 50 }]),
  ];
  it("shows the latest amended value, the original otherwise", () => {
    expect(currentValue(40, list, "z1", "coveragePct")).toBe(50);
    expect(currentValue("x", list, "session", "notes")).toBe("x");
  });
  it("refuses unknown fields, stale from values and no-op changes", () => {
    const current = (target: string, field: string) =>
      field === "coveragePct"
        ? { known: true, value: currentValue(40, list, target, field) }
        : { known: false, value: null };
    expect(
      amendmentProblems([{ target: "z1", field: "coveragePct", from: 50, to: 55 }], current),
    ).toEqual([]);
    expect(
      amendmentProblems([{ target: "z1", field: "coveragePct", from: 40, to: 55 }], current)[0],
    ).toContain("no longer");
    expect(
      amendmentProblems(
        [{ target: "z1", field: "pigmentBatchId", from: "a", to: "b" }],
        current,
      )[0],
    ).toContain("no field");
    expect(
      amendmentProblems([{ target: "z1", field: "coveragePct", from: 50, to: 50 }], current)[0],
    ).toContain("would not change");
  });
});

describe("batch usability", () => {
  const batch = {
    kind: "pigment" as const,
    brand: "Perma",
    product: "Shadow",
    lot: "A1",
    expiresOn: "2026-11-23",
    archived: false,
  };
  it("names the batch and its expiry", () => {
    expect(batchProblem(batch, "pigment", "2026-11-24")).toBe(
      "Perma Shadow lot A1 expired on 23/11/2026 and cannot be used on 24/11/2026.",
    );
    expect(batchProblem(batch, "pigment", "2026-11-23")).toBeNull();
  });
  it("refuses the wrong kind and archived batches", () => {
    expect(batchProblem(batch, "needle", "2026-11-01")).toContain("not a needle batch");
    expect(batchProblem({ ...batch, archived: true }, "pigment", "2026-11-01")).toContain(
      "archived",
    );
  });
});
