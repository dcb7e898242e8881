/**
 * Currencies: a rep is paid in their own currency; each payout is also shown in the plan's
 * reporting currency at the FxRates rate of the payout period's last month, rounded to the cent
 * with Excel's ROUND, as the cell in the rep's currency is.
 */
import { fail } from "../../kernel/errors";
import { roundMoney } from "../../kernel/money";
import { organisationMessages } from "./messages";

/** Rate to the reporting currency by currency and month ("HKD", "2026-03"). */
export type FxTable = ReadonlyMap<string, number>;

export const fxKey = (currency: string, month: string): string =>
  `${currency.trim().toUpperCase()}\u0001${month}`;

/** The month whose rate converts a payout period: the month itself, a quarter's or year's last month. */
export function rateMonth(period: string): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) return `${quarter[1]}-${String(Number(quarter[2]) * 3).padStart(2, "0")}`;
  if (/^\d{4}$/.test(period)) return `${period}-12`;
  return period;
}

/** A currency's rate for a payout period: 1 in the reporting currency, else FxRates', else an error. */
export function rateFor(
  rates: FxTable,
  currency: string,
  reporting: string,
  period: string,
  repId: string,
): number {
  if (currency.trim().toUpperCase() === reporting.trim().toUpperCase()) return 1;
  const month = rateMonth(period);
  const rate = rates.get(fxKey(currency, month));
  if (rate === undefined)
    fail(organisationMessages.missingFxRate, { currency, period: month, rep: repId, reporting });
  return rate;
}

/** An amount in the rep's currency (already to the cent) in the reporting currency, to the cent. */
export function toReporting(amount: number, rate: number): number {
  return roundMoney(amount * rate);
}
