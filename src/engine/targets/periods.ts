/**
 * Date serials, months and fiscal years as the target functions check them; the calendar itself
 * is the kernel's.
 */
import { isDateSerial, fiscalMonths, monthKey, monthOf, type FiscalPeriod } from "../../kernel/calendar";
import { fail, type CellPosition } from "../../kernel/errors";
import { targetMessages } from "./messages";

/** Check an Excel date serial and drop any time of day. */
export function checkSerial(value: number, arg: string, at?: CellPosition): number {
  if (!isDateSerial(value)) fail(targetMessages.notADate, { arg, value }, at ? { at } : {});
  return Math.floor(value);
}

/**
 * The twelve months of the fiscal year that starts in `startMonth` of `startYear`, in order:
 * fiscalPeriods(2026, 4) runs 2026-04 .. 2027-03.
 */
export function fiscalPeriods(startYear: number, startMonth = 1): FiscalPeriod[] {
  if (!Number.isInteger(startMonth) || startMonth < 1 || startMonth > 12)
    fail(targetMessages.badPeriod, { arg: "fiscal_start_month", value: String(startMonth) });
  return fiscalMonths(startYear, startMonth);
}

/**
 * A period as users type it in an Actuals table: "2026-03", "2026/3", or a date serial of any day
 * in the month. Errors name the argument and position.
 */
export function parsePeriod(value: unknown, arg: string, at?: CellPosition): string {
  if (typeof value === "number") return monthKey(monthOf(checkSerial(value, arg, at)));
  const text = typeof value === "string" ? value.trim() : "";
  const match = /^(\d{4})[-/.](\d{1,2})$/.exec(text);
  if (match) {
    const month = Number(match[2]);
    if (month >= 1 && month <= 12) return monthKey({ year: Number(match[1]), month });
  }
  return fail(targetMessages.badPeriod, { arg, value: String(value) }, at ? { at } : {});
}

/**
 * Check that period labels come in order without repeats (an Actuals column for one rep).
 * Labels compare as text because "2026-04" sorts like the month it names.
 */
export function checkPeriodOrder(labels: readonly string[], arg: string): void {
  for (let i = 1; i < labels.length; i++) {
    const at = { row: i, column: 0, rows: labels.length, columns: 1 };
    if (labels[i] === labels[i - 1]) fail(targetMessages.duplicateKey, { arg, value: labels[i] }, { at });
    if (labels[i] < labels[i - 1])
      fail(targetMessages.unsortedPeriods, { arg, value: labels[i], previous: labels[i - 1] }, { at });
  }
}
