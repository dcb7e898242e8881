/**
 * Excel date serials, calendar days, months and fiscal years: the one place these rules live.
 * Excel's 1900 date system counts a 29 February 1900 that never was, so 1900-01-01 is serial 1,
 * 1900-02-29 is serial 60 and 1900-03-01 is serial 61; from March 1900 on a serial is simply the
 * day count from 1899-12-30. Pure arithmetic on the proleptic Gregorian calendar (Date.UTC only
 * converts; nothing reads the clock).
 */

/** The largest serial Excel accepts as a date (31 December 9999). */
export const MAX_SERIAL = 2_958_465;
const MS_PER_DAY = 86_400_000;
/** Day 0 of the serials from 1 March 1900 on. */
const EPOCH = Date.UTC(1899, 11, 30);
/** The first serial the plain day count gives right (1900-03-01). */
const FIRST_TRUE_SERIAL = 61;
/** Excel's fictitious 1900-02-29. */
const LEAP_BUG_SERIAL = 60;

/** A calendar day. Month 1 = January. */
export interface Ymd {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** A calendar month. */
export interface YearMonth {
  readonly year: number;
  /** 1 = January. */
  readonly month: number;
}

/** Day count from 1899-12-30 to the first of a month, months out of 1..12 carried into the year. */
function firstOfMonth(year: number, month: number): number {
  const start = addMonths({ year, month: 1 }, month - 1);
  const days = Math.round((Date.UTC(start.year, start.month - 1, 1) - EPOCH) / MS_PER_DAY);
  return days < FIRST_TRUE_SERIAL ? days - 1 : days;
}

/**
 * The serial of a calendar day, as Excel's DATE(year, month, day): months beyond 1..12 carry into
 * the year and days beyond the month carry into the next (DATE(2026, 3, 0) is 2026-02-28).
 */
export function serialOf(year: number, month: number, day: number): number {
  return firstOfMonth(year, month) + day - 1;
}

/** The calendar day of a serial (time of day dropped); serial 60 is Excel's 1900-02-29. */
export function ymdOf(serial: number): Ymd {
  const s = Math.floor(serial);
  if (s === LEAP_BUG_SERIAL) return { year: 1900, month: 2, day: 29 };
  const date = new Date(EPOCH + (s < LEAP_BUG_SERIAL ? s + 1 : s) * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The calendar month of a serial. */
export function monthOf(serial: number): YearMonth {
  const { year, month } = ymdOf(serial);
  return { year, month };
}

/** The serial of an instant read as UTC, time of day as the fraction. */
export function dateToSerial(date: Date): number {
  const days = (date.getTime() - EPOCH) / MS_PER_DAY;
  return days < FIRST_TRUE_SERIAL ? days - 1 : days;
}

/**
 * A serial as a plain day count from 1899-12-30, without Excel's 1900 leap day: how exceljs (and
 * most libraries) turn a serial into a Date, so its inverse recovers the serial stored in a file.
 * Equal to dateToSerial from 1900-03-01 on.
 */
export function dayCountSerial(date: Date): number {
  return (date.getTime() - EPOCH) / MS_PER_DAY;
}

/** The UTC instant of a serial, to the millisecond. 1900-02-29 has no Date; it reads as 1900-02-28. */
export function serialToDate(serial: number): Date {
  const days = serial < LEAP_BUG_SERIAL ? serial + 1 : serial;
  return new Date(EPOCH + Math.round(days * MS_PER_DAY));
}

/** Whether a serial lies in Excel's date range, 1900-01-01 .. 9999-12-31 (fractions allowed). */
export function isDateSerial(value: number): boolean {
  return Number.isFinite(value) && value >= 1 && value < MAX_SERIAL + 1;
}

/** Whether year-month-day names a real day (Excel's 1900-02-29 included) in 1900..9999. */
export function isValidYmd(year: number, month: number, day: number): boolean {
  if (![year, month, day].every(Number.isInteger)) return false;
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/** Days in a month as Excel counts them (February 1900 has 29). */
export function daysInMonth(year: number, month: number): number {
  return serialOf(year, month + 1, 1) - serialOf(year, month, 1);
}

/** Months from `a` to `b` (0 when the same month). */
export function monthsBetween(a: YearMonth, b: YearMonth): number {
  return (b.year - a.year) * 12 + (b.month - a.month);
}

/** The month `count` months after `start` (count may be negative). */
export function addMonths(start: YearMonth, count: number): YearMonth {
  const index = start.year * 12 + (start.month - 1) + count;
  const year = Math.floor(index / 12);
  return { year, month: index - year * 12 + 1 };
}

/** A month as the tables write it: "2026-04". */
export function monthKey(month: YearMonth): string {
  return `${String(month.year).padStart(4, "0")}-${String(month.month).padStart(2, "0")}`;
}

/** A day as "2026-04-15". */
export function dateKey(date: Ymd): string {
  return `${monthKey(date)}-${String(date.day).padStart(2, "0")}`;
}

/** The month a "2026-03" key names (leading and trailing blanks allowed; month 1..12), else null. */
export function parseMonthKey(text: string): YearMonth | null {
  const match = /^\s*(\d{4})-(\d{1,2})\s*$/.exec(text);
  if (!match) return null;
  const month = Number(match[2]);
  return month >= 1 && month <= 12 ? { year: Number(match[1]), month } : null;
}

/** The key of the month after a "2026-12" key: "2027-01". */
export function nextMonthKey(key: string): string {
  const month = parseMonthKey(key);
  if (!month) throw new RangeError(`not a month key: ${key}`);
  return monthKey(addMonths(month, 1));
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
 * The twelve months of the fiscal year that starts in `startMonth` (1..12, checked by the caller)
 * of `startYear`, in order: fiscalMonths(2026, 4) runs 2026-04 .. 2027-03.
 */
export function fiscalMonths(startYear: number, startMonth = 1): FiscalPeriod[] {
  const first: YearMonth = { year: startYear, month: startMonth };
  return Array.from({ length: 12 }, (_, index) => {
    const m = addMonths(first, index);
    return {
      label: monthKey(m),
      year: m.year,
      month: m.month,
      start: serialOf(m.year, m.month, 1),
      end: serialOf(m.year, m.month + 1, 1) - 1,
      index,
      quarter: Math.floor(index / 3) + 1,
    };
  });
}
