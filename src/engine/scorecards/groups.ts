/**
 * The scorecards' grouped views: rows grouped by team or region and period, the competition ranks
 * inside each group, the team medians, and the check that no rep has two rows for one period.
 */
import { scorecardMessages } from "./messages";
import { fail } from "../../kernel/errors";
import { medianInPlace, rankInOrder, sortHighestFirst } from "./rank";
import type { TeamMedian } from "./types";

/** A rep with two rows for one period is an error; found by sorting (rep, period) keys, not a set per row. */
export function failOnDuplicateRows(
  repOf: Int32Array,
  periodOf: Int32Array,
  P: number,
  reps: readonly string[],
  periods: readonly string[],
) {
  const n = repOf.length;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = repOf[i] * P + periodOf[i];
  keys.sort();
  for (let i = 1; i < n; i++) {
    if (keys[i] === keys[i - 1]) {
      // Report the first row that repeats, in input order.
      const seen = new Set<number>();
      for (let j = 0; j < n; j++) {
        const key = repOf[j] * P + periodOf[j];
        if (seen.has(key)) fail(scorecardMessages.duplicateRepPeriod, { rep: reps[j], period: periods[j] });
        seen.add(key);
      }
    }
  }
}

/**
 * Row indices grouped by (group id, period id) with a counting sort: `order` lists the rows group
 * by group, in row order, and group g spans order[start[g]] .. order[start[g + 1] - 1].
 */
export function groupRows(groupOf: Int32Array, periodOf: Int32Array, size: number, P: number) {
  const start = new Int32Array(size + 1);
  const n = groupOf.length;
  for (let i = 0; i < n; i++) start[groupOf[i] * P + periodOf[i] + 1]++;
  for (let g = 0; g < size; g++) start[g + 1] += start[g];
  const fill = start.slice(0, size);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[fill[groupOf[i] * P + periodOf[i]]++] = i;
  return { start, order, size };
}

export type Groups = ReturnType<typeof groupRows>;

/** Competition ranks by key (higher first) inside each group; rows without a key keep 0. */
export function rankGroups(groups: Groups, keys: Float64Array, ranks: Int32Array): void {
  const { start, order, size } = groups;
  const scratch = new Int32Array(order.length);
  for (let g = 0; g < size; g++) {
    let count = 0;
    for (let j = start[g]; j < start[g + 1]; j++)
      if (keys[order[j]] === keys[order[j]]) scratch[count++] = order[j];
    const members = scratch.subarray(0, count);
    sortHighestFirst(members, keys);
    rankInOrder(members, keys, ranks);
  }
}

export function teamMedians(
  groups: Groups,
  values: Float64Array,
  achievements: Float64Array,
  K: number,
  teams: readonly string[],
  periods: readonly string[],
): TeamMedian[] {
  const { start, order, size } = groups;
  const out: TeamMedian[] = [];
  // Scratch: KPI k of the current group collects at k * largest .. ; rows are read once, in order.
  let largest = 0;
  for (let g = 0; g < size; g++) largest = Math.max(largest, start[g + 1] - start[g]);
  const v = new Float64Array(largest * K);
  const a = new Float64Array(largest * K);
  const nv = new Int32Array(K);
  const na = new Int32Array(K);
  for (let g = 0; g < size; g++) {
    if (start[g] === start[g + 1]) continue;
    nv.fill(0);
    na.fill(0);
    for (let j = start[g]; j < start[g + 1]; j++) {
      const base = order[j] * K;
      for (let k = 0; k < K; k++) {
        const value = values[base + k];
        const achievement = achievements[base + k];
        if (value === value) v[k * largest + nv[k]++] = value;
        if (achievement === achievement) a[k * largest + na[k]++] = achievement;
      }
    }
    const medianValues: number[] = new Array(K);
    const medianAchievements: number[] = new Array(K);
    for (let k = 0; k < K; k++) {
      medianValues[k] = medianInPlace(v, k * largest, nv[k]);
      medianAchievements[k] = medianInPlace(a, k * largest, na[k]);
    }
    const first = order[start[g]];
    out.push({
      team: teams[first],
      period: periods[first],
      values: medianValues,
      achievements: medianAchievements,
    });
  }
  return out;
}
