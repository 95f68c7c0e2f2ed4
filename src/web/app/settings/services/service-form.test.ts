import { describe, expect, it } from "vitest";
import type { Service } from "../../../../shared/contracts/services.ts";
import { formField, fromService, toServiceInput, validateService } from "./service-form.ts";

const treatment: Service = {
  id: "00000000-0000-4000-8000-000000000001",
  name: "Treatment session",
  kind: "treatment",
  description: "",
  durationMin: 180,
  bufferBeforeMin: 15,
  bufferAfterMin: 30,
  needsRoom: true,
  pricePence: 60_000,
  colour: "#1f6f78",
  minNoticeMin: 1440,
  maxHorizonDays: 365,
  active: true,
};

describe("service booking window in the form", () => {
  it("shows notice in hours and saves it in whole minutes", () => {
    const values = fromService(treatment);
    expect(values.minNoticeHours).toBe(24);
    expect(values.maxHorizonDays).toBe(365);
    expect(toServiceInput(values)).toMatchObject({ minNoticeMin: 1440, maxHorizonDays: 365 });
    expect(toServiceInput({ ...values, minNoticeHours: 1.5 }).minNoticeMin).toBe(90);
    expect(toServiceInput({ ...values, minNoticeHours: "" }).minNoticeMin).toBe(0);
  });

  it("keeps any stored number of minutes through an edit that does not touch it", () => {
    for (const minutes of [0, 1, 7, 100, 1439, 43_200]) {
      const values = fromService({ ...treatment, minNoticeMin: minutes });
      expect(toServiceInput(values).minNoticeMin).toBe(minutes);
    }
  });

  it("checks the bounds the API applies", () => {
    expect(validateService.minNoticeHours(720)).toBeNull();
    expect(validateService.minNoticeHours(721)).toMatch(/at most 720 hours/);
    expect(validateService.minNoticeHours(-1)).toMatch(/negative/);
    expect(validateService.maxHorizonDays(0)).toMatch(/at least 1 day/);
    expect(validateService.maxHorizonDays(1096)).toMatch(/at most 1095/);
    expect(validateService.maxHorizonDays(30.5)).toMatch(/whole days/);
    expect(validateService.maxHorizonDays("")).toMatch(/how many days/);
    expect(formField("minNoticeMin")).toBe("minNoticeHours");
  });
});
