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

/**
 * The median of buffer[from .. from + count - 1], reordering that slice. Teams are small, so an
 * insertion sort in place beats allocating a view to sort for each team, KPI and period.
 */
export function medianInPlace(buffer: Float64Array, from: number, count: number): number {
  if (count === 0) return NaN;
  if (count > 64) return sortedMedian(buffer.subarray(from, from + count).sort());
  const end = from + count;
  for (let i = from + 1; i < end; i++) {
    const x = buffer[i];
    let j = i - 1;
    while (j >= from && buffer[j] > x) {
      buffer[j + 1] = buffer[j];
      j--;
    }
    buffer[j + 1] = x;
  }
  const mid = from + (count >> 1);
  return count % 2 === 1 ? buffer[mid] : (buffer[mid - 1] + buffer[mid]) / 2;
}
