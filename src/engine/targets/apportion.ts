/**
 * Largest-remainder apportionment on integer units of 10^-decimals, exact for any number of
 * weights and any total.
 *
 * Why not `total * w / sum` in floats: with a total of 1e15 at 2 decimals (1e17 units) a double
 * cannot even hold the unit count, and with many weights the float sum drifts, so parts would not
 * add up. Instead every weight is read as the decimal Excel shows (15 significant digits), all are
 * scaled to integers on one decimal scale, and each share R * w_i / W is split into its exact
 * quotient and remainder. Doubles carry that when every scaled weight and their sum stay below 2^50
 * (the common case: sales figures, potentials, profiles); BigInt takes over only when they do not.
 */
import { fail, type CellPosition } from "../../kernel/errors";
import { commonMessages } from "../../kernel/messages";
import { fromScaledUnits, toScaledUnits } from "../../kernel/money";
import { targetMessages } from "./messages";

/** Where the weights came from, so errors can name the argument and the cell. */
export interface WeightSource {
  /** Argument name used in messages, e.g. "weights". */
  readonly arg?: string;
  /** Shape of the range the weights were read from, row by row; a column when left out. */
  readonly rows?: number;
  readonly columns?: number;
}

/**
 * Weights checked and scaled once, so the same profile can split thousands of totals (one per rep)
 * without re-reading it.
 */
export interface PreparedWeights {
  /** Number of positions (zeros and blanks included). */
  readonly length: number;
  /** Positions with a weight above 0. */
  readonly positive: number;
  /** Scaled integer weights when all are below 2^50 and so is their sum; otherwise null. */
  readonly scaled: Float64Array | null;
  readonly scaledSum: number;
  /** The same integers as BigInt, when the double form would not be exact. */
  readonly big: readonly bigint[] | null;
  readonly bigSum: bigint;
}

/** Exact unit counts: a Float64Array of integers when all fit below 2^53, else BigInts. */
export type UnitVector = Float64Array | bigint[];

const LIMIT = 2 ** 50; // operands of the exact multiply-divide below must stay under this
const BIG_LIMIT = BigInt(LIMIT);
const SAFE = 2 ** 53;
const HALF = 2 ** 26;
const POW10: number[] = Array.from({ length: 23 }, (_, i) => 10 ** i);

/** Position of index i in the weights' range, counted from 0, for messages. */
function positionOf(i: number, source: WeightSource): CellPosition {
  const columns = source.columns ?? 1;
  const rows = source.rows ?? Math.ceil((i + 1) / columns);
  return { row: Math.floor(i / columns), column: i % columns, rows, columns };
}

let decK = 0;
let decD = 0;
/** The scale the previous weight needed: a column of cents needs 2 every time, so try it first. */
let hintD = 0;

/**
 * The weight as Excel shows it, w = k * 10^-d with k below 10^15 (15 significant digits), into
 * decK/decD. Module-level out-parameters keep the million-weight loop free of allocations.
 */
function readDecimal(w: number): void {
  if (w < 1e15 && Number.isInteger(w)) {
    decK = w;
    decD = 0;
    return;
  }
  // k / 10^d === w means w is the double nearest to that short decimal, which is then also its
  // 15-digit display; Math.round absorbs the error of w * 10^d since k is far below 2^52. Two
  // such decimals for one double are the same number, so trying the hint first changes nothing.
  if (hintD > 0) {
    const s = POW10[hintD];
    const k = Math.round(w * s);
    if (k < 1e15 && k / s === w) {
      decK = k;
      decD = hintD;
      return;
    }
  }
  for (let d = 1; d <= 15; d++) {
    const s = POW10[d];
    const k = Math.round(w * s);
    if (k >= 1e15) break;
    if (k / s === w) {
      decK = k;
      decD = d;
      hintD = d;
      return;
    }
  }
  const [mantissa, exp] = w.toExponential(14).split("e");
  const digits = mantissa.replace(".", "").replace(/0+$/, "");
  decK = Number(digits);
  decD = digits.length - 1 - Number(exp);
}

/**
 * Check and scale weights. Blanks (null) count as 0. Throws a SalesPlanError naming the argument
 * and position for a negative or non-finite weight, and when every weight is 0.
 */
export function prepareWeights(
  weights: ArrayLike<number | null>,
  source: WeightSource = {},
): PreparedWeights {
  const arg = source.arg ?? "weights";
  const n = weights.length;
  const ks = new Float64Array(n);
  const ds = new Int16Array(n);
  hintD = 0;
  let positive = 0;
  let maxD = -Infinity;
  for (let i = 0; i < n; i++) {
    const w = weights[i];
    if (w === null || w === 0) continue;
    if (typeof w !== "number" || !Number.isFinite(w))
      fail(commonMessages.notFinite, { arg, value: String(w) }, { at: positionOf(i, source) });
    if (w < 0) fail(commonMessages.negative, { arg, value: w }, { at: positionOf(i, source) });
    readDecimal(w);
    ks[i] = decK;
    ds[i] = decD;
    if (decD > maxD) maxD = decD;
    positive++;
  }
  if (positive === 0) fail(targetMessages.allZeroWeights, { arg });

  let fast = true;
  const scaled = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n && fast; i++) {
    if (ks[i] === 0) continue;
    const shift = maxD - ds[i];
    const v = shift <= 22 ? ks[i] * POW10[shift] : Infinity;
    if (v >= LIMIT) fast = false;
    scaled[i] = v;
    sum += v;
  }
  if (fast && sum < LIMIT) {
    return { length: n, positive, scaled, scaledSum: sum, big: null, bigSum: 0n };
  }
  const big: bigint[] = new Array<bigint>(n);
  let bigSum = 0n;
  for (let i = 0; i < n; i++) {
    const v = ks[i] === 0 ? 0n : BigInt(ks[i]) * 10n ** BigInt(maxD - ds[i]);
    big[i] = v;
    bigSum += v;
  }
  return { length: n, positive, scaled: null, scaledSum: 0, big, bigSum };
}

let mdQ = 0;
let mdR = 0;

/**
 * floor(a * b / c) and the remainder, exactly, into mdQ/mdR, for integers 0 <= a, b <= c < 2^50.
 * The float quotient is only a guess; the remainder a*b - q*c is rebuilt from 26-bit limbs, whose
 * products stay below 2^52, so every step is exact (see the bounds in the comments).
 */
function mulDivMod(a: number, b: number, c: number): void {
  const p = a * b;
  if (p < 2 ** 52) {
    // a*b exact; the float quotient is within one of the true one
    const q = Math.floor(p / c);
    const r = p - q * c;
    settle(q, r, c);
    return;
  }
  // q0 is within 3 * 2^-53 * a*b/c + 1 of the true quotient, so |a*b - q0*c| < 2^52.
  const q0 = Math.floor(p / c);
  const a1 = Math.floor(a / HALF);
  const a0 = a - a1 * HALF;
  const b1 = Math.floor(b / HALF);
  const b0 = b - b1 * HALF;
  const g1 = Math.floor(q0 / HALF);
  const g0 = q0 - g1 * HALF;
  const c1 = Math.floor(c / HALF);
  const c0 = c - c1 * HALF;
  // Each product is below 2^52, each bracket below 2^52 in magnitude, so all of this is exact.
  const l0 = a0 * b0 - g0 * c0;
  const l1 = a1 * b0 - g1 * c0 + (a0 * b1 - g0 * c1);
  const l2 = a1 * b1 - g1 * c1;
  // The true sums below are small integers, so IEEE addition returns them exactly.
  const m = l2 * HALF + l1;
  let r = m * HALF + l0;
  let q = q0;
  const dq = Math.floor(r / c);
  q += dq;
  r -= dq * c;
  settle(q, r, c);
}

/** A quotient and remainder off by at most one divisor, corrected into mdQ/mdR (0 <= mdR < c). */
function settle(q: number, r: number, c: number): void {
  if (r < 0) {
    q -= 1;
    r += c;
  } else if (r >= c) {
    q += 1;
    r -= c;
  }
  mdQ = q;
  mdR = r;
}

/**
 * The k-th largest value (k from 1) of `values`, reordering them: Hoare quickselect, O(n) on
 * average, with a pseudo-random pivot so no input order makes it quadratic in practice. A full
 * sort of a million remainders would cost more than the whole split.
 */
function kthLargest(values: Float64Array, k: number): number {
  const target = values.length - k;
  let lo = 0;
  let hi = values.length - 1;
  let seed = 0x2545f491;
  while (hi > lo) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    const pivot = values[lo + (seed % (hi - lo + 1))];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i] < pivot) i++;
      while (values[j] > pivot) j--;
      if (i <= j) {
        const t = values[i];
        values[i] = values[j];
        values[j] = t;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else return values[target];
  }
  return values[target];
}

// Scratch space reused across calls: the plan splits ten thousand reps' targets by one profile,
// and fresh buffers per call would cost more than the arithmetic.
let scratchRemainders = new Float64Array(64);
let scratchCandidates = new Float64Array(64);
let scratchBonus = new Uint8Array(64);

function ensureScratch(n: number): void {
  if (scratchRemainders.length >= n) return;
  const size = Math.max(n, scratchRemainders.length * 2);
  scratchRemainders = new Float64Array(size);
  scratchCandidates = new Float64Array(size);
  scratchBonus = new Uint8Array(size);
}

/**
 * The positions that win the `extra` leftover units: largest remainder first, then the larger
 * weight, then the earlier position. Marks them with 1 in `bonus` (first n entries).
 */
function pickLargestRemainders(
  n: number,
  remainders: Float64Array,
  weights: Float64Array,
  extra: number,
  bonus: Uint8Array,
): void {
  // Only positive remainders can win: they add up to extra * W and each is below W, so more than
  // `extra` positions have one.
  let open = 0;
  for (let i = 0; i < n; i++) if (remainders[i] > 0) scratchCandidates[open++] = remainders[i];
  const threshold = kthLargest(scratchCandidates.subarray(0, open), extra);
  let given = 0;
  const tied: number[] = [];
  for (let i = 0; i < n; i++) {
    const r = remainders[i];
    if (r > threshold) {
      bonus[i] = 1;
      given++;
    } else if (r === threshold) tied.push(i);
  }
  const need = extra - given;
  if (need > 0) {
    // Array.prototype.sort is stable, so equal weights keep their position order.
    if (need < tied.length) tied.sort((x, y) => weights[y] - weights[x]);
    for (let j = 0; j < need; j++) bonus[tied[j]] = 1;
  }
}

/** Largest remainder for integer `units` over prepared double weights (sum below 2^50). */
function splitFast(units: bigint | number, w: PreparedWeights): UnitVector {
  const scaled = w.scaled as Float64Array;
  const total = w.scaledSum;
  const n = w.length;
  // units = head * W + tail: the head part is head * w_i exactly, only the tail needs remainders.
  let head: bigint | null = null;
  let h: number;
  let tail: number;
  if (typeof units === "number") {
    // an exact integer below 2^53: % and the division are exact, and every part stays below 2^53
    tail = units % total;
    h = (units - tail) / total;
  } else if (units < BIG_LIMIT) {
    tail = Number(units);
    h = 0;
  } else {
    const bw = BigInt(total);
    head = units / bw;
    tail = Number(units % bw);
    h = Number(head);
  }
  ensureScratch(n);
  const remainders = scratchRemainders;
  const bonus = scratchBonus;
  const quotients = new Float64Array(n);
  let assigned = 0;
  let largest = 0;
  for (let i = 0; i < n; i++) {
    const wi = scaled[i];
    bonus[i] = 0;
    if (wi === 0) {
      remainders[i] = 0;
      continue;
    }
    if (wi > largest) largest = wi;
    mulDivMod(tail, wi, total);
    quotients[i] = mdQ;
    remainders[i] = mdR;
    assigned += mdQ;
  }
  const extra = tail - assigned;
  if (extra > 0) pickLargestRemainders(n, remainders, scaled, extra, bonus);
  if (head === null || h * largest + total < SAFE) {
    // every part head * w_i + q_i + bonus stays below 2^53, so the double sums are exact
    for (let i = 0; i < n; i++) quotients[i] += bonus[i] + h * scaled[i];
    return quotients;
  }
  const out = new Array<bigint>(n);
  for (let i = 0; i < n; i++) out[i] = head * BigInt(scaled[i]) + BigInt(quotients[i] + bonus[i]);
  return out;
}

/** The same rule with BigInt throughout, for weights whose scaled integers exceed 2^50. */
function splitBig(units: bigint, w: PreparedWeights): bigint[] {
  const big = w.big as readonly bigint[];
  const total = w.bigSum;
  const n = w.length;
  const out = new Array<bigint>(n);
  const remainders = new Array<bigint>(n);
  let assigned = 0n;
  const open: number[] = [];
  for (let i = 0; i < n; i++) {
    const product = units * big[i];
    const q = product / total;
    const r = product - q * total;
    out[i] = q;
    remainders[i] = r;
    assigned += q;
    if (r > 0n) open.push(i);
  }
  const extra = Number(units - assigned);
  if (extra > 0) {
    open.sort((x, y) => {
      const rx = remainders[x];
      const ry = remainders[y];
      if (rx !== ry) return rx > ry ? -1 : 1;
      const wx = big[x];
      const wy = big[y];
      if (wx !== wy) return wx > wy ? -1 : 1;
      return x - y;
    });
    for (let j = 0; j < extra; j++) out[open[j]] += 1n;
  }
  return out;
}

/**
 * Split a whole number of units by prepared weights: the parts are whole units, add up to `units`
 * exactly, each within one unit of its exact share. Negative totals split their magnitude.
 * With `minimumUnits`, every position with a weight first gets that many units (the caller checks
 * that they fit).
 */
export function splitUnits(units: bigint | number, weights: PreparedWeights, minimumUnits = 0n): UnitVector {
  if (typeof units === "number") {
    // The hierarchy's per-rep splits: whole unit counts already exact in a double skip BigInt.
    if (minimumUnits === 0n && weights.scaled && units >= 0 && units < SAFE) {
      return units === 0 ? new Float64Array(weights.length) : splitFast(units, weights);
    }
    units = BigInt(units);
  }
  const rest = units - minimumUnits * BigInt(weights.positive);
  const negative = rest < 0n;
  const magnitude = negative ? -rest : rest;
  let parts: UnitVector;
  if (magnitude === 0n) parts = new Float64Array(weights.length);
  else parts = weights.scaled ? splitFast(magnitude, weights) : splitBig(magnitude, weights);
  if (negative) {
    if (parts instanceof Float64Array) for (let i = 0; i < parts.length; i++) parts[i] = -parts[i] || 0;
    else for (let i = 0; i < parts.length; i++) parts[i] = -parts[i];
  }
  if (minimumUnits !== 0n) {
    const positive = (i: number): boolean =>
      weights.scaled ? weights.scaled[i] > 0 : (weights.big as readonly bigint[])[i] > 0n;
    if (parts instanceof Float64Array && Number(minimumUnits) * 2 + Math.abs(Number(rest)) < SAFE) {
      const m = Number(minimumUnits);
      for (let i = 0; i < parts.length; i++) if (positive(i)) parts[i] += m;
    } else {
      const big = Array.from(parts as ArrayLike<number | bigint>, (v) => BigInt(v));
      for (let i = 0; i < big.length; i++) if (positive(i)) big[i] += minimumUnits;
      parts = big;
    }
  }
  return parts;
}

/** Unit counts to numbers at `decimals` (units / 10^decimals, correctly rounded). */
export function unitsToNumbers(parts: UnitVector, decimals: number): number[] {
  const out = new Array<number>(parts.length);
  if (parts instanceof Float64Array && Math.abs(decimals) <= 22) {
    const scale = POW10[Math.abs(decimals)];
    // Both operands are exact doubles, so one IEEE operation gives the correctly rounded value.
    for (let i = 0; i < parts.length; i++) {
      const v = decimals >= 0 ? parts[i] / scale : parts[i] * scale;
      out[i] = v === 0 ? 0 : v;
    }
    return out;
  }
  for (let i = 0; i < parts.length; i++) {
    const v = parts[i];
    out[i] = fromScaledUnits(typeof v === "bigint" ? v : BigInt(v), decimals);
  }
  return out;
}

/** Options of {@link splitTotal}. */
export interface SplitOptions extends WeightSource {
  /** Decimals to round to; negative rounds to tens, hundreds, thousands. Default 0. */
  readonly decimals?: number;
  /** Every position with a weight gets at least this much first. Default 0. */
  readonly minimum?: number;
}

/** ROUND(minimum) in units, checked against the total; errors name the minimum argument. */
export function minimumUnitsFor(total: bigint, minimum: number, positive: number, decimals: number): bigint {
  if (!Number.isFinite(minimum)) fail(commonMessages.notFinite, { arg: "minimum", value: String(minimum) });
  if (minimum < 0) fail(commonMessages.negative, { arg: "minimum", value: minimum });
  const m = toScaledUnits(minimum, decimals);
  if (m === 0n) return 0n;
  const needed = m * BigInt(positive);
  if (needed > total) {
    fail(targetMessages.minimumsExceedTotal, {
      count: positive,
      minimum: fromScaledUnits(m, decimals),
      needed: fromScaledUnits(needed, decimals),
      total: fromScaledUnits(total, decimals),
    });
  }
  return m;
}

/** Check `decimals`: a whole number Excel's ROUND accepts usefully. */
export function checkDecimals(decimals: number): void {
  if (!Number.isInteger(decimals)) fail(commonMessages.notInteger, { arg: "decimals", value: decimals });
  if (decimals < -15 || decimals > 15)
    fail(commonMessages.outOfRange, { arg: "decimals", value: decimals, min: -15, max: 15 });
}

/**
 * Split `total` across `weights` by the largest-remainder method: the parts add up exactly to
 * ROUND(total, decimals), each is within one unit (10^-decimals) of its exact share, ties go to
 * the larger weight and then the earlier position, blanks and zeros get 0.
 *
 * @example splitTotal(100, [1, 1, 1]) // [34, 33, 33]
 */
export function splitTotal(
  total: number,
  weights: ArrayLike<number | null>,
  options: SplitOptions = {},
): number[] {
  const decimals = options.decimals ?? 0;
  checkDecimals(decimals);
  if (!Number.isFinite(total)) fail(commonMessages.notFinite, { arg: "total", value: String(total) });
  const prepared = prepareWeights(weights, options);
  const units = toScaledUnits(total, decimals);
  const minimum = minimumUnitsFor(units, options.minimum ?? 0, prepared.positive, decimals);
  return unitsToNumbers(splitUnits(units, prepared, minimum), decimals);
}

/**
 * SALES.TARGETSPLIT over a range: `weights` row by row (blanks as null), the result in the same
 * shape.
 */
export function targetSplitCore(
  total: number,
  weights: ReadonlyArray<ReadonlyArray<number | null>>,
  decimals = 0,
  minimum = 0,
): number[][] {
  const rows = weights.length;
  const columns = rows === 0 ? 0 : weights[0].length;
  const flat: (number | null)[] = [];
  for (const row of weights) for (const cell of row) flat.push(cell);
  const parts = splitTotal(total, flat, { arg: "weights", rows, columns, decimals, minimum });
  return weights.map((row, r) => row.map((_, c) => parts[r * columns + c]));
}
