/**
 * The optional Inquiries input (RepID, Period, Measure, Question, Status, Resolution, Amount): a
 * rep's question about a period's figure. Closing lists the period's open ones; a resolved one with
 * an amount is paid as a manual adjustment whose reason quotes the question and the resolution.
 */
import { formatMessage, type Locale } from "../kernel/messages";
import { inquiriesSchema, readSpec, type InputTableSpec } from "../workbook/schema";
import type { ParsedRow, ParsedTable } from "../workbook/parse";
import { isNotFound, requireClean } from "./inputs";
import { num, text } from "./job";
import { monthEndMessages } from "./monthEndMessages";

export const inquiriesSpec: InputTableSpec = readSpec(inquiriesSchema);

const OPEN = new Set(["", "open", "未解决", "待处理", "处理中"]);
const RESOLVED = new Set(["resolved", "已解决", "已处理"]);

const found = (t: ParsedTable | undefined): t is ParsedTable => t !== undefined && !isNotFound(t);

/** Whether a month ("2026-02") falls in a payout period ("2026-02", "2026-Q1" or "2026"). */
export function inPeriod(month: string, period: string): boolean {
  if (month === period || period === month.slice(0, 4)) return true;
  const q = /^(\d{4})-Q([1-4])$/.exec(period);
  if (!q || month.slice(0, 4) !== q[1]) return false;
  return Math.ceil(Number(month.slice(5, 7)) / 3) === Number(q[2]);
}

/** The period's open inquiries (no status, or Open), as sentences; none without an Inquiries table. */
export function openInquiries(table: ParsedTable, period: string, lang: Locale): string[] {
  if (!found(table)) return [];
  return requireClean(table, "Inquiries")
    .rows.filter((r) => inPeriod(text(r.values.Period), period))
    .filter((r) => OPEN.has(text(r.values.Status).trim().toLowerCase()))
    .map((r) =>
      formatMessage(monthEndMessages.openInquiry[lang], {
        rep: text(r.values.RepID),
        period: text(r.values.Period),
        measure: text(r.values.Measure) || "-",
        question: text(r.values.Question),
      }),
    );
}

/**
 * The Adjustments table with a manual adjustment added for each resolved inquiry with an amount,
 * in the inquiry's month, its reason quoting the question and the resolution in `lang`.
 */
export function withInquiries(
  adjustments: ParsedTable | undefined,
  inquiries: ParsedTable,
  lang: Locale,
): ParsedTable | undefined {
  if (!found(inquiries)) return adjustments;
  const added: ParsedRow[] = [];
  for (const r of requireClean(inquiries, "Inquiries").rows) {
    const amount = num(r.values.Amount);
    if (!RESOLVED.has(text(r.values.Status).trim().toLowerCase()) || amount === null || amount === 0)
      continue;
    added.push({
      row: r.row,
      values: {
        RepID: text(r.values.RepID),
        Period: text(r.values.Period),
        Kind: "manual",
        Amount: amount,
        Reason: formatMessage(monthEndMessages.inquiryAdjustment[lang], {
          question: text(r.values.Question),
          resolution: text(r.values.Resolution) || "-",
        }),
      },
    });
  }
  if (added.length === 0) return adjustments;
  if (found(adjustments))
    return {
      ...adjustments,
      rows: [...adjustments.rows, ...added],
      rowCount: adjustments.rowCount + added.length,
    };
  return {
    name: "Adjustments",
    sheet: inquiries.sheet,
    table: undefined,
    columns: inquiries.columns,
    rows: added,
    rowCount: added.length,
    problems: [],
  };
}
