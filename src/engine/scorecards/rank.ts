/**
 * Competition ranks ("1, 1, 3"): higher scores rank first and equal scores share a rank.
 * Returns one rank per input, in input order.
 */
export function competitionRanks(scores: readonly number[]): number[] {
  const order = scores.map((_, i) => i).sort((a, b) => scores[b] - scores[a]);
  const ranks = new Array<number>(scores.length);
  for (let i = 0; i < order.length; i++) {
    const here = order[i];
    ranks[here] = i > 0 && scores[order[i - 1]] === scores[here] ? ranks[order[i - 1]] : i + 1;
  }
  return ranks;
}

/** The median of the numbers (the mean of the middle two for an even count); null when empty. */
export function median(numbers: readonly number[]): number | null {
  if (numbers.length === 0) return null;
  return sortedMedian(Float64Array.from(numbers).sort());
}

/** The median of numbers already sorted ascending; NaN when empty. */
export function sortedMedian(sorted: ArrayLike<number>): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const mid = n >> 1;
  return n % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
