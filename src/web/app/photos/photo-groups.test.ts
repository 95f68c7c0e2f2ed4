import { describe, expect, it } from "vitest";
import type { Photo } from "../../../shared/contracts/photos.ts";
import { currentPhoto, photosOfSlot, previousPhoto, slotsFor, visitsOf } from "./photo-groups.ts";

let n = 0;
function photo(over: Partial<Photo>): Photo {
  n += 1;
  return {
    id: `p${n}`,
    clientId: "c1",
    sessionId: null,
    sessionStartedAt: null,
    consultationId: null,
    view: "crown",
    viewLabel: "",
    width: 300,
    height: 400,
    bytes: 1000,
    consent: "clinical",
    takenAt: "2026-01-01T10:00:00.000Z",
    uploadedBy: null,
    thumbUrl: `/t/${n}`,
    expiresAt: "2026-01-01T10:05:00.000Z",
    ...over,
  };
}

const s1 = photo({
  sessionId: "s1",
  sessionStartedAt: "2026-01-05T09:00:00.000Z",
  takenAt: "2026-01-05T09:10:00.000Z",
});
const s2Old = photo({
  sessionId: "s2",
  sessionStartedAt: "2026-02-05T09:00:00.000Z",
  takenAt: "2026-02-05T09:10:00.000Z",
});
const s2New = photo({
  sessionId: "s2",
  sessionStartedAt: "2026-02-05T09:00:00.000Z",
  takenAt: "2026-02-05T09:20:00.000Z",
});
const scar = photo({
  view: "scar",
  viewLabel: "FUT strip",
  sessionId: "s1",
  takenAt: "2026-01-05T09:12:00.000Z",
});
const top = photo({ view: "top", takenAt: "2025-12-01T10:00:00.000Z" });
const all = [s1, s2Old, s2New, scar, top];

describe("photo grouping", () => {
  it("lists the six standard views, then each scar once", () => {
    const slots = slotsFor([...all, photo({ view: "scar", viewLabel: "fut strip " })]);
    expect(slots.map((s) => s.view)).toEqual([
      "front_hairline",
      "left_temple",
      "right_temple",
      "top",
      "crown",
      "back",
      "scar",
    ]);
  });

  it("shows this session's newest photo on a tile", () => {
    expect(currentPhoto(all, { view: "crown", viewLabel: "" }, "s2")?.id).toBe(s2New.id);
    expect(currentPhoto(all, { view: "top", viewLabel: "" }, "s2")).toBeNull();
  });

  it("overlays the same view from the previous session, never this one", () => {
    expect(previousPhoto(all, { view: "crown", viewLabel: "" }, "s2")?.id).toBe(s1.id);
    expect(previousPhoto(all, { view: "crown", viewLabel: "" }, "s1")).toBeNull();
    expect(previousPhoto(all, { view: "scar", viewLabel: "FUT Strip" }, "s3")?.id).toBe(scar.id);
    expect(previousPhoto(all, { view: "back", viewLabel: "" }, "s3")).toBeNull();
  });

  it("groups photos into visits, newest first", () => {
    const visits = visitsOf(all, (iso) => iso.slice(0, 10));
    expect(visits.map((v) => v.key)).toEqual(["session:s2", "session:s1", "day:2025-12-01"]);
    expect(visits[0]?.at).toBe("2026-02-05T09:00:00.000Z");
    expect(photosOfSlot(all, { view: "crown", viewLabel: "" }).map((p) => p.id)).toEqual([
      s2New.id,
      s2Old.id,
      s1.id,
    ]);
  });
});
