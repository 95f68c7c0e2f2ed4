/** The healing gaps of a plan in plain words for the client. */
export function spacingText(gaps: readonly { minDays: number; maxDays: number }[]): string {
  if (gaps.length === 0) return "";
  const min = Math.min(...gaps.map((g) => g.minDays));
  const max = Math.max(...gaps.map((g) => g.maxDays));
  return `Your sessions are at least ${min} days apart so your skin heals in between, and no more than ${max} days apart so the results build evenly.`;
}
