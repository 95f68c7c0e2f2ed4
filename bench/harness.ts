/** Tiny benchmark harness: medians over repeated runs, ratios measured in the same process. */
export interface BenchResult {
  id: string;
  title: string;
  median_ms: number;
  runs: number;
  [extra: string]: unknown;
}

export interface Scenario {
  id: string;
  title: string;
  run(): Promise<BenchResult> | BenchResult;
}

/** Median wall time of `fn` over `runs` runs after `warmup` unmeasured ones. */
export function medianMs(fn: () => void, runs = 30, warmup = 5): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((x, y) => x - y);
  return times[Math.floor(times.length / 2)] ?? 0;
}
