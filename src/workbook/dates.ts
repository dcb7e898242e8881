/**
 * Dates and months as users type them. Only unambiguous year-first forms are accepted
 * (2026-03-15, 2026/3/15, 2026年3月15日, 2026-03, 2026年3月); "3/1/2026" could be March or
 * January, so it is rejected rather than guessed.
 */
import { isDateSerial, isValidYmd, serialOf, ymdOf, type Ymd } from "../kernel/calendar";

const FULL_DATE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;
const YEAR_MONTH = /^(\d{4})\s*(?:[-/.]\s*(\d{1,2})|年\s*(\d{1,2})\s*月?)$/;
/** ISO date-time as some exports write it: 2026-03-01T00:00:00(Z). */
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?$/;

function validYmd(year: number, month: number, day: number): Ymd | undefined {
  return isValidYmd(year, month, day) ? { year, month, day } : undefined;
}

/** A calendar date from text, or undefined when the text is not an unambiguous date. */
export function parseDateText(text: string): Ymd | undefined {
  const t = normaliseDigits(text.trim());
  const full = FULL_DATE.exec(t) ?? ISO_DATE_TIME.exec(t);
  if (!full) return undefined;
  return validYmd(Number(full[1]), Number(full[2]), Number(full[3]));
}

/** A month (day 1) from text: a full date or year-and-month. */
export function parseMonthText(text: string): Ymd | undefined {
  const t = normaliseDigits(text.trim());
  const ym = YEAR_MONTH.exec(t);
  if (ym) return validYmd(Number(ym[1]), Number(ym[2] ?? ym[3]), 1);
  const date = parseDateText(t);
  return date ? { ...date, day: 1 } : undefined;
}

/** A date serial as Excel stores it, when within Excel's date range. */
export function serialToValidYmd(serial: number): Ymd | undefined {
  return isDateSerial(serial) ? ymdOf(serial) : undefined;
}

export function ymdToSerial(date: Ymd): number {
  return serialOf(date.year, date.month, date.day);
}

/** Full-width digits (２０２６) as typed with a Chinese IME become ASCII digits. */
function normaliseDigits(text: string): string {
  return text.normalize("NFKC");
}
