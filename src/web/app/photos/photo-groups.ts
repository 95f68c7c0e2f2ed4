import type { Photo, PhotoView } from "../../../shared/contracts/photos.ts";

/** The standard views in the order a practitioner photographs them; scars come after. */
export const STANDARD_VIEWS: readonly Exclude<PhotoView, "scar">[] = [
  "front_hairline",
  "left_temple",
  "right_temple",
  "top",
  "crown",
  "back",
];

/** One slot in a photo set: a standard view, or a scar with its label. */
export interface ViewSlot {
  view: PhotoView;
  viewLabel: string;
}

export const slotKey = (slot: ViewSlot) =>
  slot.view === "scar" ? `scar:${slot.viewLabel.trim().toLowerCase()}` : slot.view;

const sameSlot = (photo: Photo, slot: ViewSlot) => slotKey(photo) === slotKey(slot);

const newestFirst = (a: Photo, b: Photo) => b.takenAt.localeCompare(a.takenAt);

/** The standard views plus every scar this client has been photographed with. */
export function slotsFor(photos: readonly Photo[]): ViewSlot[] {
  const scars = new Map<string, ViewSlot>();
  for (const p of [...photos].sort(newestFirst)) {
    if (p.view === "scar" && !scars.has(slotKey(p))) {
      scars.set(slotKey(p), { view: "scar", viewLabel: p.viewLabel });
    }
  }
  return [
    ...STANDARD_VIEWS.map((view) => ({ view, viewLabel: "" })),
    ...[...scars.values()].sort((a, b) => a.viewLabel.localeCompare(b.viewLabel)),
  ];
}

/** The newest photo of a slot taken in this session (the one the tile shows). */
export function currentPhoto(
  photos: readonly Photo[],
  slot: ViewSlot,
  sessionId: string,
): Photo | null {
  return (
    [...photos].sort(newestFirst).find((p) => p.sessionId === sessionId && sameSlot(p, slot)) ??
    null
  );
}

/**
 * The same view from the client's previous visit, for the faint overlay while capturing: the
 * newest photo of that slot from any other session (or none), taken before this session's own.
 */
export function previousPhoto(
  photos: readonly Photo[],
  slot: ViewSlot,
  sessionId: string | null,
): Photo | null {
  const ownTimes = photos
    .filter((p) => sessionId && p.sessionId === sessionId)
    .map((p) => p.takenAt);
  const before = ownTimes.sort()[0] ?? null;
  return (
    [...photos]
      .sort(newestFirst)
      .find(
        (p) =>
          sameSlot(p, slot) &&
          (sessionId === null || p.sessionId !== sessionId) &&
          (before === null || p.takenAt < before),
      ) ?? null
  );
}

/** A visit: the photos of one session, or of one day when taken outside a session. */
export interface Visit {
  key: string;
  /** ISO instant the visit is dated by (session start, else first photo). */
  at: string;
  photos: Photo[];
}

/** Photos grouped by visit, newest visit first. */
export function visitsOf(photos: readonly Photo[], dayOf: (iso: string) => string): Visit[] {
  const visits = new Map<string, Visit>();
  for (const p of [...photos].sort((a, b) => a.takenAt.localeCompare(b.takenAt))) {
    const key = p.sessionId ? `session:${p.sessionId}` : `day:${dayOf(p.takenAt)}`;
    const visit = visits.get(key) ?? { key, at: p.sessionStartedAt ?? p.takenAt, photos: [] };
    visit.photos.push(p);
    visits.set(key, visit);
  }
  return [...visits.values()].sort((a, b) => b.at.localeCompare(a.at));
}

/** Every photo of one slot across visits, newest first: what the comparison chooses from. */
export function photosOfSlot(photos: readonly Photo[], slot: ViewSlot): Photo[] {
  return photos.filter((p) => sameSlot(p, slot)).sort(newestFirst);
}
