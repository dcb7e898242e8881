import { monthKey, nextMonthKey, parseMonthKey, ymdOf } from "../../kernel/calendar";
import { fail } from "../../kernel/errors";
import { trackingMessages } from "./messages";

/** Tracking runs by ISO week ("2026-W09") or by calendar month ("2026-03"); both keys sort as text. */
export type Granularity = "week" | "month";

const DAY_MS = 86_400_000;

const WEEK = /^(\d{4})-?W(\d{1,2})$/i;
const DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/**
 * The period key of a date or a key: an Excel date serial, "2026-03-15", or a key already
 * ("2026-03" for months, "2026-W09" for weeks). `arg` names the argument in the error.
 */
export function periodKey(input: string | number, granularity: Granularity, arg = "period"): string {
  const bad = (): never =>
    fail(trackingMessages.badPeriod, {
      arg,
      value: String(input),
      granularity: granularity === "week" ? "week" : "month",
      example: granularity === "week" ? "2026-W09" : "2026-03",
    });
  if (typeof input === "number") {
    if (!Number.isFinite(input) || input < 1) bad();
    const day = ymdOf(input);
    return granularity === "month"
      ? monthKey(day)
      : dateKey(Date.UTC(day.year, day.month - 1, day.day), granularity);
  }
  const text = input.trim();
  let m = DATE.exec(text);
  if (m) {
    const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    const check = new Date(ms);
    if (check.getUTCMonth() !== Number(m[2]) - 1 || check.getUTCDate() !== Number(m[3])) bad();
    return dateKey(ms, granularity);
  }
  if (granularity === "month") {
    const month = parseMonthKey(text);
    return month ? monthKey(month) : bad();
  }
  m = WEEK.exec(text);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= isoWeeksIn(Number(m[1])))
    return `${m[1]}-W${pad(Number(m[2]))}`;
  return bad();
}

/** Every period key from `first` to `last`, both included, in order. */
export function periodsBetween(first: string, last: string, granularity: Granularity): string[] {
  const start = periodKey(first, granularity, "first");
  const end = periodKey(last, granularity, "last");
  const out: string[] = [];
  let key = start;
  while (key <= end) {
    out.push(key);
    key = nextPeriod(key, granularity);
  }
  return out;
}

/** The period after `key`. */
export function nextPeriod(key: string, granularity: Granularity): string {
  if (granularity === "month") return nextMonthKey(key);
  const [year, week] = key.split("-W").map(Number);
  return week >= isoWeeksIn(year) ? `${year + 1}-W01` : `${year}-W${pad(week + 1)}`;
}

function dateKey(ms: number, granularity: Granularity): string {
  const date = new Date(ms);
  if (granularity === "month")
    return monthKey({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1 });
  // ISO 8601: the week belongs to the year of its Thursday.
  const weekday = (date.getUTCDay() + 6) % 7; // Monday 0
  const thursday = new Date(ms + (3 - weekday) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) + 1;
  return `${year}-W${pad(week)}`;
}

/** 53 when 28 December falls in week 53, else 52. */
function isoWeeksIn(year: number): number {
  return Number(dateKey(Date.UTC(year, 11, 28), "week").slice(6));
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
