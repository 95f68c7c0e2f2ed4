/**
 * Box sums of a 0/1 raster over a (2r+1)² window, edges replicated (so a painted area reaching the
 * photo's border is not feathered there). Separable running sums, O(pixels) whatever r is; each
 * finished row of sums is handed to `emit` (a reused buffer; rows with no paint near are skipped)
 * with the column range [x0, x1) outside which every sum is zero (only that range is summed).
 */
export function boxBlur(
  binary: Uint8Array,
  width: number,
  height: number,
  r: number,
  emit: (row: number, y: number, sums: Int32Array, x0: number, x1: number) => void,
): void {
  const horiz = horizScratch(width * height);
  const rowHas = new Uint8Array(height);
  let xs = width;
  let xe = 0;
  for (let y = 0; y < height; y++) {
    const row = y * width;
    // A row with no paint sums to zero everywhere (native scan and fill, no per-pixel loop).
    const line = binary.subarray(row, row + width);
    const f = line.indexOf(1);
    if (f < 0) {
      horiz.fill(0, row, row + width);
      rowHas[y] = 0;
      continue;
    }
    const l = line.lastIndexOf(1);
    const first = binary[row] as number;
    const last = binary[row + width - 1] as number;
    // Sums can be non-zero only within r of the row's paint (edges replicate only painted ends).
    const xa = Math.max(0, f - r);
    const xb = Math.min(width, l + r + 1);
    horiz.fill(0, row, row + xa);
    horiz.fill(0, row + xb, row + width);
    let sum = 0;
    for (let k = xa - r; k <= xa + r; k++)
      sum += k < 0 ? first : k >= width ? last : (binary[row + k] as number);
    // Running sum over [xa, xb), split so the middle needs no edge tests.
    const midEnd = Math.min(xb, width - r - 1);
    let x = xa;
    for (; x < r && x < xb; x++) {
      horiz[row + x] = sum;
      const add = x + r + 1;
      sum += (add < width ? (binary[row + add] as number) : last) - first;
    }
    for (; x < midEnd; x++) {
      horiz[row + x] = sum;
      sum += (binary[row + x + r + 1] as number) - (binary[row + x - r] as number);
    }
    for (; x < xb; x++) {
      horiz[row + x] = sum;
      const add = x + r + 1;
      const sub = x - r;
      sum +=
        (add < width ? (binary[row + add] as number) : last) -
        (sub < 0 ? first : (binary[row + sub] as number));
    }
    rowHas[y] = 1;
    if (xa < xs) xs = xa;
    if (xb > xe) xe = xb;
  }
  const acc = new Int32Array(width);
  let live = 0;
  for (let k = -r; k <= r; k++) {
    const yy = clamp(k, height);
    live += rowHas[yy] as number;
    const row = yy * width;
    for (let x = xs; x < xe; x++) acc[x] = (acc[x] as number) + (horiz[row + x] as number);
  }
  for (let y = 0; y < height; y++) {
    if (live > 0) emit(y * width, y, acc, xs, xe);
    const ya = clamp(y + r + 1, height);
    const ys = clamp(y - r, height);
    live += (rowHas[ya] as number) - (rowHas[ys] as number);
    if ((rowHas[ya] as number) | (rowHas[ys] as number)) {
      const add = ya * width;
      const sub = ys * width;
      for (let x = xs; x < xe; x++)
        acc[x] = (acc[x] as number) + (horiz[add + x] as number) - (horiz[sub + x] as number);
    }
  }
}

/** Horizontal sums, reused between calls of the same size (fully overwritten each call). */
let horizPool: Uint16Array | null = null;
function horizScratch(n: number): Uint16Array {
  if (!horizPool || horizPool.length !== n) horizPool = new Uint16Array(n);
  return horizPool;
}

function clamp(i: number, n: number): number {
  return i < 0 ? 0 : i >= n ? n - 1 : i;
}
