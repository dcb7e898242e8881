import { fail } from "../../kernel/errors";
import { commonMessages } from "../../kernel/messages";
import { targetMessages } from "./messages";
import { addMonths, monthOf, monthsBetween, serialOf } from "../../kernel/calendar";
import { checkSerial } from "./periods";

/** A joiner's or leaver's employment, as RAMP reads it. */
export interface Employment {
  /** Excel serial of the first day employed. */
  readonly hireDate: number;
  /** Excel serial of the last day employed; null while still employed. */
  readonly endDate?: number | null;
  /**
   * Factors by tenure month (the hire month is tenure month 1), e.g. [0.25, 0.5, 0.75, 1];
   * after the last one the factor is 1. Empty = no ramp.
   */
  readonly ramp?: readonly number[];
  /**
   * The day tenure (the ramp's month count) runs from, when it is not the hire date: a rep moved
   * to another region is employed there from the move but ramped from their real hire. Null =
   * hired long ago (fully ramped); absent = the hire date.
   */
  readonly tenureFrom?: number | null;
}

/** Check ramp factors: finite and not negative; errors name the position in the ramp range. */
export function checkRamp(ramp: readonly number[], arg = "ramp"): void {
  ramp.forEach((factor, i) => {
    const at = { row: 0, column: i, rows: 1, columns: ramp.length };
    if (!Number.isFinite(factor)) fail(commonMessages.notFinite, { arg, value: String(factor) }, { at });
    if (factor < 0) fail(commonMessages.negative, { arg, value: factor }, { at });
  });
}

/**
 * The proration rule, the one SALES.RAMP and the payout engine share: the sum over the days of
 * [periodStart, periodEnd] (both inclusive) of each day's factor: 0 before the hire date and after
 * the end date (null = no such bound), else the ramp factor of the day's tenure month, where
 * tenure month = calendar months since the hire date's month + 1 (since `tenureFrom`'s month when
 * given; null = fully ramped); 1 without a ramp, so the sum is then the number of days employed.
 *
 * Walks month by month, not day by day, so a year costs twelve steps.
 */
export function employedDays(
  periodStart: number,
  periodEnd: number,
  hireDate: number | null | undefined,
  endDate: number | null | undefined,
  ramp: readonly number[] = [],
  tenureFrom?: number | null,
): number {
  const from = hireDate !== null && hireDate !== undefined && hireDate > periodStart ? hireDate : periodStart;
  const to = endDate !== null && endDate !== undefined && endDate < periodEnd ? endDate : periodEnd;
  if (!(to >= from)) return 0;
  const tenureStart = tenureFrom === undefined ? (hireDate ?? from) : tenureFrom;
  if (ramp.length === 0 || tenureStart === null) return to - from + 1;
  const hireMonth = monthOf(tenureStart);
  let weighted = 0;
  let day = from;
  while (day <= to) {
    const month = monthOf(day);
    // At least month 1: a tenure start given after the hire date does not reach before the ramp.
    const tenure = Math.max(1, monthsBetween(hireMonth, month) + 1);
    if (tenure > ramp.length) {
      weighted += to - day + 1;
      break;
    }
    const next = addMonths(month, 1);
    const last = Math.min(to, serialOf(next.year, next.month, 1) - 1);
    weighted += ramp[tenure - 1] * (last - day + 1);
    day = last + 1;
  }
  return weighted;
}

/**
 * The average over the days of [periodStart, periodEnd] of each day's factor (see employedDays):
 * the share of the period a joiner or leaver counts for.
 */
export function employedShare(employment: Employment, periodStart: number, periodEnd: number): number {
  const days = periodEnd - periodStart + 1;
  return (
    employedDays(
      periodStart,
      periodEnd,
      employment.hireDate,
      employment.endDate,
      employment.ramp ?? [],
      employment.tenureFrom,
    ) / days
  );
}

/**
 * SALES.RAMP: `quota` times the employed, ramped share of the period. Dates are Excel serials
 * (time of day ignored).
 */
export function rampCore(
  quota: number,
  hireDate: number,
  periodStart: number,
  periodEnd: number,
  ramp: readonly number[] | null = [],
  endDate: number | null = null,
): number {
  const factors = ramp ?? [];
  if (!Number.isFinite(quota)) fail(commonMessages.notFinite, { arg: "quota", value: String(quota) });
  const hire = checkSerial(hireDate, "hire_date");
  const start = checkSerial(periodStart, "period_start");
  const end = checkSerial(periodEnd, "period_end");
  const leave = endDate === null ? null : checkSerial(endDate, "end_date");
  if (end < start) fail(targetMessages.periodEndBeforeStart, { start, end });
  if (leave !== null && leave < hire) fail(targetMessages.endBeforeHire, { end: leave, hire });
  checkRamp(factors);
  return quota * employedShare({ hireDate: hire, endDate: leave, ramp: factors }, start, end);
}
