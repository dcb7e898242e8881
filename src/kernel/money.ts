/**
 * Money: Excel's ROUND, cents and exact sums of money. ROUND is half away from zero on the number
 * as Excel shows it (15 significant digits), so ROUND(1.005, 2) = 1.01 and ROUND(2.675, 2) = 2.68 even though
 * neither value is exactly representable in binary.
 */
import { SalesPlanError } from "./errors";
import { commonMessages } from "./messages";

/** Excel keeps 15 significant decimal digits; the binary noise below that is not part of the value. */
const EXCEL_DIGITS = 15;

/** Decimal digits and exponent of |x| as Excel would show it: x = 0.d1d2...d15 * 10^exponent. */
function excelDecimal(x: number): { digits: string; exponent: number } {
  const [mantissa, exp] = Math.abs(x)
    .toExponential(EXCEL_DIGITS - 1)
    .split("e");
  return { digits: mantissa.replace(".", ""), exponent: Number(exp) + 1 };
}

/**
 * The integer ROUND(x, decimals) * 10^decimals, exactly, as a BigInt. This is the unit count the
 * splitting functions apportion, so it must not pass through a float multiplication.
 */
export function toScaledUnits(x: number, decimals: number): bigint {
  // A sum that overflowed: #NUM!, as Excel's ROUND of an overflow.
  if (!Number.isFinite(x)) throw new SalesPlanError(commonMessages.overflow, {}, { kind: "num" });
  if (x === 0) return 0n;
  const { digits, exponent } = excelDecimal(x);
  // keep = how many of the 15 digits stand before the rounding position
  const keep = exponent + decimals;
  let units: bigint;
  if (keep < 0) units = 0n;
  else if (keep >= digits.length) units = BigInt(digits) * 10n ** BigInt(keep - digits.length);
  else {
    const head = keep === 0 ? 0n : BigInt(digits.slice(0, keep));
    units = digits.charCodeAt(keep) >= 53 /* '5' */ ? head + 1n : head;
  }
  return x < 0 ? -units : units;
}

/** Excel's ROUND(x, decimals); decimals may be negative (-3 rounds to thousands). */
export function excelRound(x: number, decimals = 0): number {
  if (!Number.isFinite(x) || x === 0) return x === 0 ? 0 : x;
  const scale = 10 ** Math.abs(decimals);
  const scaled = decimals >= 0 ? x * scale : x / scale;
  const abs = Math.abs(scaled);
  const frac = abs - Math.floor(abs);
  // Fast path: when the rounding position lies within the 15 digits Excel keeps and the product
  // is further from a half than the 15-digit display can move it, the float rounds the same way.
  if (abs < 1e14 && Math.abs(frac - 0.5) > abs * 1e-14 + 1e-12) {
    const r = Math.sign(scaled) * Math.round(abs);
    const out = decimals >= 0 ? r / scale : r * scale;
    return out === 0 ? 0 : out;
  }
  return fromScaledUnits(toScaledUnits(x, decimals), decimals);
}

/** The number units * 10^-decimals, correctly rounded to the nearest double. */
export function fromScaledUnits(units: bigint, decimals: number): number {
  if (units === 0n) return 0;
  if (decimals <= 0) return Number(units * 10n ** BigInt(-decimals));
  // Number("123e-2") parses the decimal string exactly, so the result is the double nearest to it.
  return Number(`${units}e-${decimals}`);
}

/** Round money to cents, the way SalesPayouts stores every amount. */
export function roundMoney(x: number): number {
  return excelRound(x, 2);
}

/** Money as a whole number of cents (ROUND to 2 decimals first), for sums that must not drift. */
export function centsOf(x: number): number {
  return Math.round(roundMoney(x) * 100);
}

/** Cents back to money; never -0. */
export function moneyOf(cents: number): number {
  return cents === 0 ? 0 : cents / 100;
}

/** Exact cents of an amount as a BigInt, for sums of any size. */
export function toCents(x: number): bigint {
  return toScaledUnits(x, 2);
}

/** The amount of a BigInt count of cents, correctly rounded to the nearest double. */
export function fromCents(cents: bigint): number {
  return fromScaledUnits(cents, 2);
}

/** Amounts below this many cents add exactly in a double; 2^52 leaves room for one more. */
const SAFE_CENTS = 2 ** 52;

/**
 * The exact sum in cents of the numbers among `values` (blanks and text are skipped), each taken
 * as ROUND(v, 2). Amounts already at cents, as every written money cell is, take a float fast path.
 */
export function sumCents(values: Iterable<unknown>): bigint {
  let small = 0;
  let big = 0n;
  for (const v of values) {
    if (typeof v !== "number") continue;
    const c = Math.round(v * 100);
    // v is exactly the double nearest c/100, so ROUND(v, 2) is c; otherwise round as Excel does.
    if (Math.abs(c) < 1e15 && c / 100 === v) small += c;
    else big += toScaledUnits(v, 2);
    if (Math.abs(small) >= SAFE_CENTS) {
      big += BigInt(small);
      small = 0;
    }
  }
  return big + BigInt(small);
}

/** Sum of money values to the cent, without float drift (blanks and text skipped). */
export function sumMoney(values: Iterable<unknown>): number {
  return fromCents(sumCents(values));
}
