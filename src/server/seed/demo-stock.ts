import { addDays } from "../../domain/time/zoned.ts";
import type { Database } from "../db/client.ts";
import { stockBatch } from "../db/schema/index.ts";

type Batch = Omit<typeof stockBatch.$inferInsert, "orgId" | "expiresOn" | "receivedOn"> & {
  /** Days from today (negative: already expired). */
  expiresIn: number;
  receivedAgo: number;
};

const batches: Batch[] = [
  {
    kind: "pigment",
    brand: "Tricopigment",
    product: "Shade 2 Dark Ash",
    lot: "TP2-240718",
    expiresIn: 290,
    receivedAgo: 40,
    quantity: 4,
  },
  {
    kind: "pigment",
    brand: "Tricopigment",
    product: "Shade 3 Medium Ash",
    lot: "TP3-240502",
    expiresIn: 21,
    receivedAgo: 160,
    quantity: 1,
    notes: "Last bottle: reorder.",
  },
  {
    kind: "pigment",
    brand: "Perma Blend",
    product: "Scalp Pro Natural Black",
    lot: "PB-SP-88213",
    expiresIn: 410,
    receivedAgo: 12,
    quantity: 3,
  },
  {
    kind: "pigment",
    brand: "Tricopigment",
    product: "Shade 1 Light Ash",
    lot: "TP1-230914",
    expiresIn: -9,
    receivedAgo: 400,
    quantity: 1,
    notes: "Expired: remove from the shelf and archive.",
  },
  {
    kind: "needle",
    brand: "Kwadron",
    product: "Optima cartridge 0603",
    lot: "KW-0603-2291",
    needleConfig: "1RL",
    needleDiameterMm: "0.20",
    expiresIn: 900,
    receivedAgo: 30,
    quantity: 60,
  },
  {
    kind: "needle",
    brand: "Kwadron",
    product: "Optima cartridge 0803",
    lot: "KW-0803-1874",
    needleConfig: "3RL",
    needleDiameterMm: "0.25",
    expiresIn: 760,
    receivedAgo: 30,
    quantity: 40,
  },
  {
    kind: "anaesthetic",
    brand: "LMX4",
    product: "Lidocaine 4% topical cream 30 g",
    lot: "LMX-23B117",
    expiresIn: 200,
    receivedAgo: 55,
    quantity: 6,
  },
];

/** Demo pigment, needle and anaesthetic batches around `today`, one of them expired. */
export async function seedDemoStock(db: Database, orgId: string, today: string): Promise<void> {
  await db.insert(stockBatch).values(
    batches.map(({ expiresIn, receivedAgo, ...b }) => ({
      ...b,
      orgId,
      expiresOn: addDays(today, expiresIn),
      receivedOn: addDays(today, -receivedAgo),
    })),
  );
}
