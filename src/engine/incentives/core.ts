/**
 * The three cell-sized calculations behind SALES.TIERED, SALES.PAYOUTCURVE and SALES.DRAW. They
 * return full precision, like Excel's own functions; the payout engine rounds its rows to cents.
 */
import { fail } from "../../kernel/errors";
import { commonMessages } from "../../kernel/messages";
import { incentiveMessages } from "./messages";

/** One row of a rate table: from `from` (inclusive) up to the next tier's bound, pay `rate`. */
export interface Tier {
  readonly from: number;
  readonly rate: number;
}

/** One point of a payout curve: at `attainment` (1 = 100%), pay `payout` times the target incentive. */
export interface CurvePoint {
  readonly attainment: number;
  readonly payout: number;
}

/** marginal: each slice of the value at its own tier's rate; retro: the whole value at the highest tier reached. */
export type TierMode = "marginal" | "retro";

/** One period of a draw: what was paid and what the rep owes back afterwards. */
export interface DrawPeriod {
  readonly pay: number;
  readonly balance: number;
}

function position(index: number, rows: number, column = 0) {
  return { row: index, column, rows, columns: 2 };
}

/**
 * The rule a rate table and a payout curve share: at least one row, every number finite, bounds
 * strictly ascending (an equal bound would make two rows overlap), no negative rate or payout and,
 * for a curve (`rising`), no payout below the one before it. `bound(i)` and `value(i)` read row i;
 * problems name `arg` and the cell (bounds in column 0, values in column 1).
 */
function checkRows(
  rows: number,
  bound: (i: number) => number,
  value: (i: number) => number,
  arg: string,
  rising: boolean,
): void {
  if (rows === 0) fail(incentiveMessages.emptyTable, { arg });
  for (let i = 0; i < rows; i++) {
    const from = bound(i);
    const rate = value(i);
    if (!Number.isFinite(from))
      fail(commonMessages.notFinite, { arg, value: String(from) }, { at: position(i, rows) });
    if (!Number.isFinite(rate))
      fail(commonMessages.notFinite, { arg, value: String(rate) }, { at: position(i, rows, 1) });
    if (rate < 0) fail(incentiveMessages.negativeRate, { arg, value: rate }, { at: position(i, rows, 1) });
    if (i > 0) {
      const previous = bound(i - 1);
      if (from === previous)
        fail(incentiveMessages.overlappingBounds, { arg, value: from }, { at: position(i, rows) });
      if (from < previous)
        fail(incentiveMessages.unsortedBounds, { arg, value: from, previous }, { at: position(i, rows) });
      const before = value(i - 1);
      if (rising && rate < before)
        fail(
          incentiveMessages.curveDecreasing,
          { arg, value: rate, previous: before },
          { at: position(i, rows, 1) },
        );
    }
  }
}

/** Check a rate table (see checkRows); `arg` names the table in messages. */
export function checkTiers(tiers: readonly Tier[], arg = "tiers"): void {
  checkRows(
    tiers.length,
    (i) => tiers[i].from,
    (i) => tiers[i].rate,
    arg,
    false,
  );
}

/**
 * Check a payout curve (see checkRows): besides the rate table's rules, no point below the one
 * before it (so the last segment never slopes down either): more attainment must never pay less.
 */
export function checkCurve(curve: readonly CurvePoint[], arg = "curve"): void {
  checkRows(
    curve.length,
    (i) => curve[i].attainment,
    (i) => curve[i].payout,
    arg,
    true,
  );
}

/** Index of the highest tier whose bound is at or below the value (bounds are inclusive below); -1 below the first. */
export function tierIndex(value: number, tiers: readonly Tier[]): number {
  let index = -1;
  for (let i = 0; i < tiers.length && tiers[i].from <= value; i++) index = i;
  return index;
}

/** Commission from an already checked rate table; the engine's hot path calls this directly. */
export function tieredUnchecked(value: number, tiers: readonly Tier[], mode: TierMode): number {
  if (mode === "retro") {
    const index = tierIndex(value, tiers);
    return index < 0 ? 0 : value * tiers[index].rate;
  }
  let total = 0;
  for (let i = 0; i < tiers.length; i++) {
    const from = tiers[i].from;
    if (value <= from) break;
    const to = i + 1 < tiers.length ? Math.min(value, tiers[i + 1].from) : value;
    total += (to - from) * tiers[i].rate;
  }
  return total;
}

/**
 * SALES.TIERED: commission on `value` from a rate table (lower bound, rate), bounds ascending and
 * inclusive below. `marginal` pays each slice between two bounds at its own rate; `retro` pays the
 * whole value at the rate of the highest tier reached. Below the first bound nothing is paid.
 */
export function tieredCore(value: number, tiers: readonly Tier[], mode: TierMode = "marginal"): number {
  checkTiers(tiers);
  return tieredUnchecked(value, tiers, mode);
}

/** The curve's payout ratio at an attainment, for an already checked curve; never below 0. */
export function curveRatioUnchecked(attainment: number, curve: readonly CurvePoint[]): number {
  const n = curve.length;
  if (attainment < curve[0].attainment) return 0;
  if (n === 1) return curve[0].payout;
  let i = 1;
  while (i < n - 1 && curve[i].attainment < attainment) i++;
  // Between points i-1 and i, or beyond the last point on the last segment's slope.
  const a = curve[i - 1];
  const b = curve[i];
  const ratio =
    a.payout + ((attainment - a.attainment) * (b.payout - a.payout)) / (b.attainment - a.attainment);
  return ratio > 0 ? ratio : 0;
}

/**
 * SALES.PAYOUTCURVE: the payout for an attainment on a curve of (attainment, payout %) points:
 * linear between points, 0 below the first point, the last segment's slope beyond the last point
 * (a single point is flat beyond it). A curve that falls anywhere is refused, naming the point. Times `targetIncentive`, then at most `cap`.
 */
export function payoutCurveCore(
  attainment: number,
  curve: readonly CurvePoint[],
  targetIncentive = 1,
  cap?: number | null,
): number {
  checkCurve(curve);
  if (cap !== undefined && cap !== null && cap < 0) fail(commonMessages.negative, { arg: "cap", value: cap });
  const payout = curveRatioUnchecked(attainment, curve) * targetIncentive;
  return cap !== undefined && cap !== null && payout > cap ? cap : payout;
}

/** A draw's running state: what the rep owes back (recoverable draws only) and the last period's pay. */
export interface DrawState {
  balance: number;
  pay: number;
}

/**
 * One period of a draw, the rule SALES.DRAW and the payout totals share. Recoverable: pay is at
 * least the draw, a shortfall is added to the balance, and earnings above the draw repay it.
 * Not recoverable: pay is the larger of earnings and draw and the balance is left alone. Updates
 * `state` in place, so the payout engine's loop over every rep and period allocates nothing.
 */
export function drawStep(state: DrawState, earned: number, draw: number, recoverable: boolean): void {
  if (!recoverable) {
    state.pay = earned > draw ? earned : draw;
    return;
  }
  if (earned < draw) {
    state.balance += draw - earned;
    state.pay = draw;
  } else {
    // Repay only from earnings above the draw, so pay never drops below the draw while repaying.
    const repay = Math.min(state.balance, earned - draw);
    state.balance -= repay;
    state.pay = earned - repay;
  }
}

/** The draw over periods where the draw amount may differ per period (e.g. prorated); see drawCore. */
export function drawSeries(
  earnings: readonly number[],
  draws: readonly number[],
  recoverable: boolean,
  openingBalance = 0,
): DrawPeriod[] {
  const out: DrawPeriod[] = new Array(earnings.length);
  const state: DrawState = { balance: recoverable ? openingBalance : 0, pay: 0 };
  for (let i = 0; i < earnings.length; i++) {
    drawStep(state, earnings[i], draws[i], recoverable);
    out[i] = { pay: state.pay, balance: state.balance };
  }
  return out;
}

/**
 * SALES.DRAW: a draw against commission over periods. Recoverable: pay is at least the draw; a
 * shortfall is owed and later earnings above the draw repay it (pay never drops below the draw while
 * repaying). Not recoverable: pay is the larger of earnings and draw, nothing is owed.
 */
export function drawCore(earnings: readonly number[], draw: number, recoverable = true): DrawPeriod[] {
  if (!Number.isFinite(draw)) fail(commonMessages.notFinite, { arg: "draw", value: String(draw) });
  if (draw < 0) fail(commonMessages.negative, { arg: "draw", value: draw });
  return drawSeries(
    earnings,
    earnings.map(() => draw),
    recoverable,
  );
}
