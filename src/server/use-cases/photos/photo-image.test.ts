import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { AppError } from "../../http/problem.ts";
import { defaultPhotoLimits, processPhoto } from "./photo-image.ts";
import { carriesMetadata, hasGpsIfd, jpegWithGps, plainPng } from "./test-images.ts";

async function problemOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error.problem;
    throw error;
  }
  throw new Error("expected a problem");
}

describe("processPhoto", () => {
  it("applies the orientation and drops EXIF, GPS and XMP", async () => {
    const input = await jpegWithGps(640, 480);
    const before = await sharp(input).metadata();
    expect(before.orientation).toBe(6);
    expect(hasGpsIfd(before.exif)).toBe(true);
    expect(carriesMetadata(input)).toBe(true);

    const out = await processPhoto(input);
    expect([out.width, out.height]).toEqual([480, 640]);
    for (const file of [out.full, out.thumb]) {
      const meta = await sharp(file).metadata();
      expect(meta.format).toBe("jpeg");
      expect(meta.exif).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
      expect(meta.icc).toBeUndefined();
      expect(meta.orientation).toBeUndefined();
      expect(carriesMetadata(file)).toBe(false);
    }
    const thumb = await sharp(out.thumb).metadata();
    expect([thumb.width, thumb.height]).toEqual([300, 400]);
  });

  it("shrinks the long edge to the limit and keeps small photos as they are", async () => {
    const big = await processPhoto(await plainPng(4000, 1000));
    expect([big.width, big.height]).toEqual([3000, 750]);
    const small = await processPhoto(await plainPng(200, 100));
    expect([small.width, small.height]).toEqual([200, 100]);
  });

  it("refuses files that are not images, whatever their name", async () => {
    const problem = await problemOf(processPhoto(Buffer.from("%PDF-1.7 not a photo")));
    expect(problem.status).toBe(422);
    expect(problem.detail).toMatch(/not a photo.*JPEG/i);
  });

  it("refuses files over the byte limit and names the limit", async () => {
    const limits = { ...defaultPhotoLimits, maxBytes: 1024 * 1024 };
    const problem = await problemOf(processPhoto(Buffer.alloc(1024 * 1024 + 1, 1), limits));
    expect(problem.status).toBe(413);
    expect(problem.detail).toContain("1 MB");
  });

  it("refuses decompression bombs by their pixel count", async () => {
    const limits = { ...defaultPhotoLimits, maxInputPixels: 1_000_000 };
    const problem = await problemOf(processPhoto(await plainPng(2000, 1000), limits));
    expect(problem.status).toBe(422);
    expect(problem.detail).toMatch(/2000×1000 pixels.*1 megapixels/);
  });

  it("refuses truncated photos with a clear message", async () => {
    const whole = await jpegWithGps(800, 600);
    const problem = await problemOf(processPhoto(whole.subarray(0, Math.floor(whole.length / 2))));
    expect(problem.status).toBe(422);
    expect(problem.detail).toMatch(/damaged or only partly uploaded/);
  });

  it("refuses an empty file", async () => {
    const problem = await problemOf(processPhoto(Buffer.alloc(0)));
    expect(problem.status).toBe(400);
  });
});
