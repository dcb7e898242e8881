/**
 * Excel date serials, months and fiscal years. Pure arithmetic on the proleptic Gregorian
 * calendar (Date.UTC only converts; nothing reads the clock).
 */
import { fail, type CellPosition } from "../errors";
import { targetMessages } from "./messages";

/** The largest serial Excel accepts (31 December 9999). */
export const MAX_SERIAL = 2958465;
const MS_PER_DAY = 86400000;
/** Day 0 of Excel's serials for dates from 1 March 1900 on (Excel counts a 29 February 1900). */
const EPOCH = Date.UTC(1899, 11, 30);

/** A calendar month. */
export interface YearMonth {
  readonly year: number;
  /** 1 = January. */
  readonly month: number;
}

/** Check an Excel date serial and drop any time of day. */
export function checkSerial(value: number, arg: string, at?: CellPosition): number {
  if (!Number.isFinite(value) || value < 1 || value >= MAX_SERIAL + 1)
    fail(targetMessages.notADate, { arg, value }, at ? { at } : {});
  return Math.floor(value);
}

/** The serial of a calendar day. */
export function serialOf(year: number, month: number, day: number): number {
  const serial = Math.round((Date.UTC(year, month - 1, day) - EPOCH) / MS_PER_DAY);
  // Excel's fictitious 29 February 1900 shifts the serials of January and February 1900 by one.
  return serial < 61 ? serial - 1 : serial;
}

/** The calendar month of a serial. */
export function monthOf(serial: number): YearMonth {
  const s = serial < 61 ? serial + 1 : serial;
  const date = new Date(EPOCH + s * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1 };
}

/** Months from `a` to `b` (0 when the same month). */
export function monthsBetween(a: YearMonth, b: YearMonth): number {
  return (b.year - a.year) * 12 + (b.month - a.month);
}

/** The month `count` months after `start`. */
export function addMonths(start: YearMonth, count: number): YearMonth {
  const index = start.year * 12 + (start.month - 1) + count;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** A month's label as the tables write it: "2026-04". */
export function periodLabel(month: YearMonth): string {
  return `${String(month.year).padStart(4, "0")}-${String(month.month).padStart(2, "0")}`;
}

/** One month of a fiscal year. */
export interface FiscalPeriod {
  /** "2026-04" */
  readonly label: string;
  readonly year: number;
  readonly month: number;
  /** First and last day, as Excel serials (both inclusive). */
  readonly start: number;
  readonly end: number;
  /** 0..11 within the fiscal year. */
  readonly index: number;
  /** 1..4 */
  readonly quarter: number;
}

/**
 * The twelve months of the fiscal year that starts in `startMonth` of `startYear`, in order:
 * fiscalPeriods(2026, 4) runs 2026-04 .. 2027-03.
 */
export function fiscalPeriods(startYear: number, startMonth = 1): FiscalPeriod[] {
  if (!Number.isInteger(startMonth) || startMonth < 1 || startMonth > 12)
    fail(targetMessages.badPeriod, { arg: "fiscal_start_month", value: String(startMonth) });
  const first: YearMonth = { year: startYear, month: startMonth };
  return Array.from({ length: 12 }, (_, index) => {
    const m = addMonths(first, index);
    const next = addMonths(first, index + 1);
    return {
      label: periodLabel(m),
      year: m.year,
      month: m.month,
      start: serialOf(m.year, m.month, 1),
      end: serialOf(next.year, next.month, 1) - 1,
      index,
      quarter: Math.floor(index / 3) + 1,
    };
  });
}

/**
 * A period as users type it in an Actuals table: "2026-03", "2026/3", or a date serial of any day
 * in the month. Errors name the argument and position.
 */
export function parsePeriod(value: unknown, arg: string, at?: CellPosition): string {
  if (typeof value === "number") return periodLabel(monthOf(checkSerial(value, arg, at)));
  const text = typeof value === "string" ? value.trim() : "";
  const match = /^(\d{4})[-/.](\d{1,2})$/.exec(text);
  if (match) {
    const month = Number(match[2]);
    if (month >= 1 && month <= 12) return periodLabel({ year: Number(match[1]), month });
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
