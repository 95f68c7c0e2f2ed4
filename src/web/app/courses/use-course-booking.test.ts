import { describe, expect, it } from "vitest";
import { type CourseOptions, toProposalRequest } from "./use-course-booking.ts";

const options: CourseOptions = {
  locationId: "11111111-1111-4111-8111-111111111111",
  serviceId: "22222222-2222-4222-8222-222222222222",
  practitionerId: null,
  onlyPreferred: true,
  fromDate: "2026-11-24",
  preferredWeekdays: [5, 2],
  preferredTime: "morning",
};

describe("toProposalRequest", () => {
  it("needs a location and a service", () => {
    expect(toProposalRequest({ ...options, serviceId: null }, {}, undefined)).toBeNull();
  });

  it("asks for only the preferred practitioner only when one is chosen", () => {
    expect(toProposalRequest(options, {}, undefined)?.onlyPreferred).toBe(false);
    const withAlex = toProposalRequest({ ...options, practitionerId: "alex" }, {}, undefined);
    expect(withAlex).toMatchObject({ practitionerId: "alex", onlyPreferred: true });
  });

  it("sends pinned sessions in order, weekdays sorted, and the hold group", () => {
    const request = toProposalRequest(
      options,
      { 3: "2027-01-12T10:00:00Z", 2: "2026-12-17T10:00:00Z" },
      "33333333-3333-4333-8333-333333333333",
    );
    expect(request?.pinned).toEqual([
      { session: 2, startsAt: "2026-12-17T10:00:00Z" },
      { session: 3, startsAt: "2027-01-12T10:00:00Z" },
    ]);
    expect(request?.preferredWeekdays).toEqual([2, 5]);
    expect(request?.holdGroupId).toBe("33333333-3333-4333-8333-333333333333");
  });
});
