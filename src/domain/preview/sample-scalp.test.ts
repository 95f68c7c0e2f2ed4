import { describe, expect, it } from "vitest";
import { generateSampleScalp, SAMPLE_SCALPS, sampleScalpKinds } from "./sample-scalp.ts";
import { fnv1a } from "./test-support.ts";

describe("sample scalps", () => {
  it("are deterministic, skin-toned in the middle of the head and dark around it", () => {
    for (const kind of sampleScalpKinds) {
      const a = generateSampleScalp(kind, 240, 240);
      expect(fnv1a(generateSampleScalp(kind, 240, 240).data)).toBe(fnv1a(a.data));
      const px = (x: number, y: number) =>
        Array.from(a.data.slice((y * 240 + x) * 4, (y * 240 + x) * 4 + 4));
      const [r, g, b] = px(2, 2) as [number, number, number];
      expect(Math.max(r, g, b)).toBeLessThan(90);
      expect(px(120, 120)[3]).toBe(255);
    }
    const top = generateSampleScalp("bald_top", 240, 240);
    const [r, g, b] = Array.from(
      top.data.slice((120 * 240 + 120) * 4, (120 * 240 + 120) * 4 + 3),
    ) as [number, number, number];
    expect(r).toBeGreaterThan(g);
    expect(g).toBeGreaterThan(b);
    expect(r).toBeGreaterThan(120);
  });

  it("lists every kind once with its photo view", () => {
    expect(SAMPLE_SCALPS.map((s) => s.kind).sort()).toEqual([...sampleScalpKinds].sort());
  });
});
