/**
 * The payout calendar: which payout period a month is paid in ("2026-03", "2026-Q1", "2026"), each
 * period's first and last day as Excel serials (the kernel's calendar), and a rep's employed share
 * of a period (the proration rule SALES.RAMP uses, targets' employedDays).
 */
import { monthKey, parseMonthKey, serialOf } from "../../kernel/calendar";
import { employedDays } from "../targets/ramp";
import type { PayoutFrequency } from "./plan";
import type { DaySpan, Rep } from "./types";

/** A payout period: its key in the Period column, its year and its first and last day as serials. */
export interface PayoutPeriod {
  readonly key: string;
  readonly year: number;
  readonly start: number;
  readonly end: number;
}

/** The payout period a month falls in under the plan's frequency. */
export function payoutPeriodOf(year: number, month: number, frequency: PayoutFrequency): PayoutPeriod {
  if (frequency === "monthly") {
    return {
      key: monthKey({ year, month }),
      year,
      start: serialOf(year, month, 1),
      end: serialOf(year, month + 1, 1) - 1,
    };
  }
  if (frequency === "quarterly") {
    const q = Math.floor((month - 1) / 3);
    return {
      key: `${year}-Q${q + 1}`,
      year,
      start: serialOf(year, q * 3 + 1, 1),
      end: serialOf(year, q * 3 + 4, 1) - 1,
    };
  }
  return { key: String(year), year, start: serialOf(year, 1, 1), end: serialOf(year + 1, 1, 1) - 1 };
}

/**
 * The payout period a month ("2026-03") is paid in, as SalesPayouts' Period column names it:
 * "2026-03" monthly, "2026-Q1" quarterly, "2026" annually; null for text that is not such a month.
 */
export function payoutPeriodKey(month: string, frequency: PayoutFrequency): string | null {
  const parsed = parseMonthKey(month);
  return parsed ? payoutPeriodOf(parsed.year, parsed.month, frequency).key : null;
}

/**
 * Share of a period's days the rep is employed, the rule SALES.RAMP uses without a ramp (one rule,
 * targets' employedDays): the average over the period's days of 1 (employed) or 0 (before hire,
 * after leaving), with the days counted for the explanation's "employed of days".
 */
export function employedShare(
  period: { start: number; end: number },
  hireDate?: number | null,
  endDate?: number | null,
) {
  const days = period.end - period.start + 1;
  const employed = employedDays(period.start, period.end, hireDate, endDate);
  return { share: employed / days, employed, days };
}

/** Days of [start, end] inside one of `spans` and inside the employment [hire, leave] (blank: no bound). */
export function daysOn(
  spans: readonly DaySpan[],
  start: number,
  end: number,
  hire?: number | null,
  leave?: number | null,
): number {
  const lo = hire != null && hire > start ? Math.floor(hire) : start;
  const hi = leave != null && leave < end ? Math.floor(leave) : end;
  let days = 0;
  for (const s of spans) {
    const a = s.from > lo ? s.from : lo;
    const b = s.to < hi ? s.to : hi;
    if (b >= a) days += b - a + 1;
  }
  return days;
}

/**
 * A rep's employed share of a period: the days employed and, for a rep on several plans, on this
 * plan; null for a rep with neither a hire nor an end date nor assignments (all of it).
 */
export function employmentOf(rep: Rep, period: { start: number; end: number }) {
  if (rep.days !== undefined) {
    const days = period.end - period.start + 1;
    const employed = daysOn(rep.days, period.start, period.end, rep.hireDate, rep.endDate);
    return { share: employed / days, employed, days };
  }
  return rep.hireDate == null && rep.endDate == null
    ? null
    : employedShare(period, rep.hireDate, rep.endDate);
}
