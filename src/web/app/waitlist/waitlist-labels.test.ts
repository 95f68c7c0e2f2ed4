import { describe, expect, it } from "vitest";
import { createFormatter } from "../../../domain/time/format.ts";
import type { WaitlistEntry } from "../../../shared/contracts/waitlist.ts";
import { dateRange, lastOutcome, statusBadge } from "./waitlist-labels.ts";

const fmt = createFormatter({ timeZone: "Europe/London" });
const utcFmt = createFormatter({ timeZone: "UTC" });
// 2026-11-24 10:00 in London (GMT, no offset).
const now = Date.parse("2026-11-24T10:00:00Z");

const offer = {
  id: "00000000-0000-4000-8000-000000000001",
  status: "pending" as const,
  startsAt: "2026-11-26T10:00:00Z",
  endsAt: "2026-11-26T10:30:00Z",
  expiresAt: "2026-11-24T14:30:00Z",
  practitioner: { id: "m1", name: "Alex Morgan" },
  room: null,
  respondedAt: null,
  appointmentId: null,
  createdAt: "2026-11-24T12:30:00Z",
};
const entry = (patch: Partial<WaitlistEntry>): WaitlistEntry => ({
  id: "00000000-0000-4000-8000-000000000002",
  position: 1,
  status: "waiting",
  client: { id: "c", name: "Cal Waiting", email: null, phone: null },
  location: { id: "l", name: "Southampton" },
  service: { id: "s", name: "Consultation", durationMin: 30 },
  practitioner: null,
  appointment: null,
  earliestDate: "2026-11-24",
  latestDate: "2026-12-01",
  notes: "",
  createdAt: "2026-11-20T09:00:00Z",
  offer: null,
  ...patch,
});

describe("waitlist labels", () => {
  it("names an open offer by its expiry, with the day when it is not today", () => {
    expect(statusBadge(entry({ status: "offered", offer }), fmt, now).label).toBe(
      "Offered until 14:30",
    );
    const tomorrow = { ...offer, expiresAt: "2026-11-25T09:15:00Z" };
    expect(statusBadge(entry({ status: "offered", offer: tomorrow }), fmt, now).label).toBe(
      "Offered until Wed 25 Nov 2026 09:15",
    );
    expect(
      statusBadge(entry({ status: "offered", offer }), fmt, Date.parse(offer.expiresAt)).label,
    ).toBe("Offer expired");
  });

  it("shows the expiry in the location's zone: summer time in London", () => {
    // 2026-06-10 13:30 UTC is 14:30 BST.
    const june = { ...offer, expiresAt: "2026-06-10T13:30:00Z" };
    const at = Date.parse("2026-06-10T08:00:00Z");
    expect(statusBadge(entry({ status: "offered", offer: june }), fmt, at).label).toBe(
      "Offered until 14:30",
    );
    expect(statusBadge(entry({ status: "offered", offer: june }), utcFmt, at).label).toBe(
      "Offered until 13:30",
    );
  });

  it("names the other states and what happened to the last offer", () => {
    expect(statusBadge(entry({}), fmt, now).label).toBe("Waiting");
    expect(statusBadge(entry({ status: "booked" }), fmt, now).label).toBe("Booked");
    expect(statusBadge(entry({ status: "withdrawn" }), fmt, now).label).toBe("Withdrawn");
    expect(lastOutcome({ ...offer, status: "declined" }, fmt)).toBe(
      "Declined Thu 26 Nov 2026 10:00",
    );
    expect(lastOutcome(offer, fmt)).toBeNull();
    expect(dateRange(entry({}), fmt)).toBe("24/11/2026 – 01/12/2026");
    expect(dateRange(entry({ latestDate: "2026-11-24" }), fmt)).toBe("24/11/2026");
  });
});
