import { describe, expect, it } from "vitest";
import { ageInYears, type ChecklistFacts, evaluateChecklist } from "./checklist.ts";

const H = 3_600_000;
// 2026-11-24T10:00:00Z
const now = 1_795_514_400_000;
const by = { userId: "u1", name: "Sam Practitioner", at: now };
const allYes = {
  shaved: true,
  no_alcohol: true,
  no_blood_thinning_painkillers: true,
  no_sunburn: true,
};

const facts = (over: Partial<ChecklistFacts> = {}): ChecklistFacts => ({
  plan: { status: "accepted", signed: true, acceptedOn: "01/11/2026", source: "course" },
  screening: {
    verdict: "proceed",
    reasons: [{ outcome: "proceed", message: "No contraindications." }],
  },
  patchTest: { required: false, minHoursBeforeSession: 48, latest: null },
  preCare: allYes,
  ageYears: 34,
  ...over,
});
const item = (r: ReturnType<typeof evaluateChecklist>, id: string) =>
  r.items.find((i) => i.id === id);

describe("session start checklist", () => {
  it("passes when every fact is in order", () => {
    const r = evaluateChecklist(facts(), [], by, now);
    expect(r.canStart).toBe(true);
    expect(item(r, "patch_test")?.status).toBe("not_required");
  });

  it("blocks without consent and never lets it be overridden", () => {
    for (const plan of [
      null,
      { status: "superseded", signed: true, acceptedOn: null, source: "course" } as const,
    ]) {
      const r = evaluateChecklist(
        facts({ plan }),
        [{ item: "consent", reason: "client says it is fine" }],
        by,
        now,
      );
      expect(r.blocking).toEqual(["consent"]);
      expect(item(r, "consent")?.override).toBeNull();
    }
  });

  it("fails pre-care naming the item, and an override with a reason lets the start go ahead", () => {
    const facts1 = facts({ preCare: { ...allYes, no_alcohol: false } });
    const r = evaluateChecklist(facts1, [], by, now);
    expect(r.blocking).toEqual(["pre_care"]);
    expect(item(r, "pre_care")?.reasons[0]).toContain("No alcohol");
    expect(
      evaluateChecklist(facts1, [{ item: "pre_care", reason: "too short" }], by, now).canStart,
    ).toBe(false);
    const ok = evaluateChecklist(
      facts1,
      [{ item: "pre_care", reason: "One small glass of wine two nights ago" }],
      by,
      now,
    );
    expect(ok.canStart).toBe(true);
    expect(item(ok, "pre_care")?.override).toMatchObject({
      byName: "Sam Practitioner",
      at: "2026-11-24T10:00:00Z",
    });
  });

  it("waits for unanswered questions and cannot override a wait", () => {
    const r = evaluateChecklist(
      facts({ screening: null, preCare: {} }),
      [{ item: "screening", reason: "skipping the questions" }],
      by,
      now,
    );
    expect(r.blocking).toEqual(["screening", "pre_care"]);
  });

  it("fails the re-check with the engine's reasons; a decline cannot be overridden, a deferral can", () => {
    const decline = facts({
      screening: {
        verdict: "decline",
        reasons: [{ outcome: "decline", message: "Keloid scarring: decline treatment." }],
      },
    });
    const r = evaluateChecklist(
      decline,
      [{ item: "screening", reason: "the client insists on going ahead" }],
      by,
      now,
    );
    expect(item(r, "screening")?.reasons).toEqual(["Keloid scarring: decline treatment."]);
    expect(r.canStart).toBe(false);
    const defer = facts({
      screening: {
        verdict: "defer",
        reasons: [{ outcome: "defer", message: "Sunburn: wait 2 weeks." }],
      },
    });
    expect(
      evaluateChecklist(
        defer,
        [{ item: "screening", reason: "Checked the scalp: sunburn fully healed" }],
        by,
        now,
      ).canStart,
    ).toBe(true);
  });

  it("requires a negative patch test read at least the minimum hours after it was done", () => {
    const pt = (latest: ChecklistFacts["patchTest"]["latest"]) =>
      evaluateChecklist(
        facts({ patchTest: { required: true, minHoursBeforeSession: 48, latest } }),
        [],
        by,
        now,
      );
    const performedAt = now - 72 * H;
    expect(item(pt(null), "patch_test")?.status).toBe("fail");
    expect(
      item(
        pt({
          performedAt,
          readAt: performedAt + 24 * H,
          result: "negative",
          performedLabel: "on 21/11/2026",
        }),
        "patch_test",
      )?.reasons[0],
    ).toContain("at least 48 h");
    expect(
      item(pt({ performedAt, readAt: null, result: "pending", performedLabel: "x" }), "patch_test")
        ?.status,
    ).toBe("fail");
    expect(
      item(
        pt({ performedAt, readAt: performedAt + 48 * H, result: "positive", performedLabel: "x" }),
        "patch_test",
      )?.status,
    ).toBe("fail");
    expect(
      item(
        pt({ performedAt, readAt: performedAt + 48 * H, result: "negative", performedLabel: "x" }),
        "patch_test",
      )?.status,
    ).toBe("pass");
  });

  it("blocks under 18 or without a date of birth, with no override", () => {
    for (const ageYears of [17, null]) {
      const r = evaluateChecklist(
        facts({ ageYears }),
        [{ item: "age", reason: "looks older than eighteen" }],
        by,
        now,
      );
      expect(r.blocking).toEqual(["age"]);
      expect(item(r, "age")?.overridable).toBe(false);
    }
  });

  it("counts age in whole years up to the birthday", () => {
    expect(ageInYears("2008-11-25", "2026-11-24")).toBe(17);
    expect(ageInYears("2008-11-24", "2026-11-24")).toBe(18);
    expect(ageInYears("2008-02-29", "2026-02-28")).toBe(17);
  });
});
