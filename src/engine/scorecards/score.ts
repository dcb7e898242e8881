import { fail } from "../../kernel/errors";
import { commonMessages } from "../../kernel/messages";
import { scorecardMessages } from "./messages";

/** Whether more is better ("up": revenue, visits) or less is better ("down": days to close, churn). */
export type Direction = "up" | "down";

/** The achievement cap SALES.SCORE and the scorecards use when none is given: 120%. */
export const DEFAULT_CAP = 1.2;

/**
 * A KPI's achievement before the cap: value / target when more is better, target / value when less
 * is better. A "down" KPI with value 0 has met any target, so it earns the cap (Infinity here).
 */
export function achievementOf(value: number, target: number, direction: Direction): number {
  return achievement(value, target, direction === "down", Infinity);
}

/**
 * The achievement rule, once (SALES.SCORE, the scorecards and achievementOf): value / target, or
 * target / value when less is better, where a "down" value of 0 earns `atZero` (the cap).
 */
export function achievement(value: number, target: number, down: boolean, atZero: number): number {
  return down ? (value === 0 ? atZero : target / value) : value / target;
}

/** The credit rule, once: an achievement capped at `cap`, 0 under `floor` (NaN stays NaN). */
export function creditFor(achievement: number, floor: number, cap: number): number {
  return achievement < floor ? 0 : achievement < cap ? achievement : cap;
}

/** Read a direction word; undefined for anything else. Blank means "up". */
export function parseDirection(text: string): Direction | undefined {
  const word = text.trim().toLowerCase();
  if (word === "" || word === "up" || word === "higher" || word === "高") return "up";
  if (word === "down" || word === "lower" || word === "低") return "down";
  return undefined;
}

/**
 * SALES.SCORE's maths: one score per row of `values`, 0..100*cap. Each KPI's achievement is
 * value / target ("up") or target / value ("down"), capped at `cap`; the score is the
 * weight-averaged achievement times 100.
 *
 * `values` is reps x KPIs; `targets` has the same shape, or one row that applies to every rep;
 * `weights` and `directions` have one entry per KPI (directions default to "up").
 * Throws a SalesPlanError naming the argument and cell for negative values, targets that are not
 * greater than 0, negative or all-zero weights, a cap that is not greater than 0 and mismatched shapes.
 */
export function scoreCore(
  values: readonly (readonly number[])[],
  targets: readonly (readonly number[])[],
  weights: readonly number[],
  directions: readonly Direction[] | null = null,
  cap: number = DEFAULT_CAP,
): number[] {
  const rows = values.length;
  const kpis = rows === 0 ? weights.length : values[0].length;
  if (!(cap > 0)) fail(commonMessages.notPositive, { arg: "cap", value: cap });
  if (weights.length !== kpis) {
    fail(commonMessages.wrongShape, {
      arg: "weights",
      expected: `1 x ${kpis}`,
      actual: `1 x ${weights.length}`,
    });
  }
  if (directions !== null && directions.length !== kpis) {
    fail(commonMessages.wrongShape, {
      arg: "directions",
      expected: `1 x ${kpis}`,
      actual: `1 x ${directions.length}`,
    });
  }
  let weightSum = 0;
  for (let k = 0; k < kpis; k++) {
    const w = weights[k];
    if (w < 0) fail(commonMessages.negative, { arg: "weights", value: w }, { at: at(0, k, 1, kpis) });
    weightSum += w;
  }
  if (weightSum === 0) fail(scorecardMessages.allWeightsZero, { arg: "weights" });
  const broadcast = targets.length === 1 && rows !== 1;
  if (!broadcast && targets.length !== rows) {
    fail(commonMessages.shapeMismatch, {
      arg: "targets",
      other: "values",
      expected: `${rows} x ${kpis}`,
      actual: `${targets.length} x ${targets[0]?.length ?? 0}`,
    });
  }
  for (let r = 0; r < targets.length; r++) {
    const row = targets[r];
    if (row.length !== kpis) {
      fail(commonMessages.shapeMismatch, {
        arg: "targets",
        other: "values",
        expected: `${broadcast ? 1 : rows} x ${kpis}`,
        actual: `${targets.length} x ${row.length}`,
      });
    }
    for (let k = 0; k < kpis; k++) {
      if (!(row[k] > 0)) {
        fail(
          commonMessages.notPositive,
          { arg: "targets", value: row[k] },
          { at: at(r, k, targets.length, kpis) },
        );
      }
    }
  }
  // Normalise once: a sum of weight * credit over a tiny weight sum can lose its bound to rounding.
  const share = new Float64Array(kpis);
  for (let k = 0; k < kpis; k++) share[k] = weights[k] / weightSum;
  const down = new Uint8Array(kpis);
  if (directions !== null) for (let k = 0; k < kpis; k++) down[k] = directions[k] === "down" ? 1 : 0;
  const scores = new Array<number>(rows);
  for (let r = 0; r < rows; r++) {
    const row = values[r];
    if (row.length !== kpis) {
      fail(commonMessages.wrongShape, {
        arg: "values",
        expected: `${rows} x ${kpis}`,
        actual: `row ${r + 1} has ${row.length}`,
      });
    }
    const targetRow = broadcast ? targets[0] : targets[r];
    let sum = 0;
    for (let k = 0; k < kpis; k++) {
      const v = row[k];
      if (v < 0) fail(commonMessages.negative, { arg: "values", value: v }, { at: at(r, k, rows, kpis) });
      // SALES.SCORE has no floor: values are not negative, so neither is an achievement.
      sum += share[k] * creditFor(achievement(v, targetRow[k], down[k] === 1, cap), 0, cap);
    }
    scores[r] = sum * 100;
  }
  return scores;
}

function at(row: number, column: number, rows: number, columns: number) {
  return { row, column, rows, columns };
}
