/**
 * The demo's month-end, as a new user should find it: the first months closed into SalesLedger,
 * the first one approved and paid, the next approved, the rest still open; and, when asked for a
 * folder, the last closed month's statements and every rep's plan letter in it.
 */
import * as path from "path";
import { closePeriod, movePeriod, type MonthEndOptions } from "../../jobs";
import { monthKey } from "../../kernel/calendar";
import type { Locale, MessageTable } from "../../kernel/messages";
import type { WorkbookHost } from "../../workbook/host";
import { letterFiles } from "../letters";
import { statementFiles } from "../statements";
import type { MonthEndIO } from "../io";

/** Who acts in the demo's month-end, in the demo's language. */
export const demoMonthEndPeople = {
  closedBy: { en: "Finance", zh: "财务部" },
  approvedBy: { en: "Sales Director", zh: "销售总监" },
  paidBy: { en: "Payroll", zh: "薪酬组" },
} as const satisfies MessageTable;

/** The months the demo closes: the first two, or fewer so at least one month stays open. */
export function demoClosedMonths(year: number, asOfMonth: number): string[] {
  const count = Math.max(0, Math.min(2, asOfMonth - 1));
  return Array.from({ length: count }, (_, i) => monthKey({ year, month: i + 1 }));
}

/** Close `months` in order, approve every one, and mark the first paid. */
export async function closeDemoMonths(
  host: WorkbookHost,
  months: readonly string[],
  now: Date,
  lang: Locale,
): Promise<void> {
  const as = (by: keyof typeof demoMonthEndPeople, period: string): MonthEndOptions => ({
    period,
    by: demoMonthEndPeople[by][lang],
    now,
    lang,
  });
  for (const period of months) await closePeriod(host, as("closedBy", period));
  for (const period of months) await movePeriod(host, "Approved", as("approvedBy", period));
  if (months.length > 0) await movePeriod(host, "Paid", as("paidBy", months[0]));
}

/** DIR/statements: the last closed month's statements; DIR/letters: every rep's plan letter. */
export async function writeDemoFolders(
  host: WorkbookHost,
  dir: string,
  closed: readonly string[],
  options: { readonly lang: Locale; readonly now: Date; readonly year: number },
  io: Pick<MonthEndIO, "say">,
): Promise<void> {
  const { lang, now, year } = options;
  const last = closed[closed.length - 1];
  if (last !== undefined)
    await statementFiles(host, { period: last, lang, now }, path.join(dir, "statements"), io);
  await letterFiles(host, { lang, now, year }, path.join(dir, "letters"), io);
}
