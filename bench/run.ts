/**
 * `npm run bench` runs every scenario and prints a table; `npm run bench -- --json` prints a JSON
 * array. Absolute times vary with the machine: compare the ratios, measured in the same run.
 */
import { coursePlacement } from "./course-placement.bench.ts";
import type { BenchResult, Scenario } from "./harness.ts";
import { bookingCheck } from "./opening-hours.bench.ts";
import { previewP1, previewP2 } from "./preview.bench.ts";
import { slotsAny, slotsByStaff, slotsByWindow, slotsOne } from "./slots.bench.ts";
import { slotsOverHttp } from "./slots-http.bench.ts";

const scenarios: Scenario[] = [bookingCheck, slotsOne, slotsAny, slotsByWindow, slotsByStaff];
scenarios.push(slotsOverHttp, coursePlacement);
scenarios.push(previewP1, previewP2);

const json = process.argv.includes("--json");
const only = process.argv.find((a) => a.startsWith("--only="))?.slice("--only=".length);
const results: BenchResult[] = [];
for (const scenario of scenarios) {
  if (only && scenario.id !== only) continue;
  results.push(await scenario.run());
}
if (json) {
  console.log(JSON.stringify(results, null, 2));
} else {
  for (const r of results)
    console.log(
      `${r.id.padEnd(4)} ${r.median_ms.toFixed(3).padStart(10)} ms  ${r.title}${r.ratio ? `  (ratio ${r.ratio})` : ""}`,
    );
}
