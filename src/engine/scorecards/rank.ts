/**
 * Competition ranks ("1, 1, 3"): higher scores rank first and equal scores share a rank.
 * Returns one rank per input, in input order.
 */
export function competitionRanks(scores: readonly number[]): number[] {
  const order = Int32Array.from(scores.keys());
  sortHighestFirst(order, scores);
  const ranks = new Array<number>(scores.length);
  rankInOrder(order, scores, ranks);
  return ranks;
}

/**
 * Sort row indices by key, highest first, keeping equal keys in their given order. Teams are
 * small: an insertion sort in place beats a sort call up to 64 rows.
 */
export function sortHighestFirst(members: Int32Array, keys: ArrayLike<number>): void {
  const count = members.length;
  if (count > 64) {
    members.sort((a, b) => keys[b] - keys[a]);
    return;
  }
  for (let j = 1; j < count; j++) {
    const i = members[j];
    let h = j - 1;
    while (h >= 0 && keys[members[h]] < keys[i]) {
      members[h + 1] = members[h];
      h--;
    }
    members[h + 1] = i;
  }
}

/**
 * The competition-rank rule, once: walking rows sorted highest key first, a row whose key equals
 * the one before shares its rank, else it ranks by its position (so after two firsts comes 3).
 */
export function rankInOrder(
  order: ArrayLike<number>,
  keys: ArrayLike<number>,
  ranks: { [row: number]: number },
): void {
  for (let j = 0; j < order.length; j++) {
    const i = order[j];
    ranks[i] = j > 0 ? competitionRankAt(j + 1, keys[i], keys[order[j - 1]], ranks[order[j - 1]]) : 1;
  }
}

/**
 * The competition rank of the row at 1-based `position` of a highest-first walk, given the key and
 * rank of the row before it: that rank again for an equal key, else the position. For walks that
 * rank as they go (the honour roll stops at its count).
 */
export function competitionRankAt(
  position: number,
  key: number,
  previousKey: number,
  previousRank: number,
): number {
  return position > 1 && key === previousKey ? previousRank : position;
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
