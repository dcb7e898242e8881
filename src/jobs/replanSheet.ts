/**
 * "Copy re-plan to sheet": Track & re-plan's view (tracking.ts) laid out as a values-only
 * `SalesReplan` sheet, one row per rep with the new target of each remaining month, so a manager
 * can hand the re-plan on or paste it into next month's plan. Numbers only, no formulas: the sheet
 * is a record of what the view showed when it was copied, not a live calculation.
 */
import { formatMessage, type Locale, type MessageTable } from "../kernel/messages";
import { sumMoney } from "../kernel/money";
import { SalesPlanError } from "../kernel/errors";
import type { WorkbookHost } from "../workbook/host";
import { NUMBER_FORMATS } from "../workbook/outputs";
import type { DraftRow, SheetDraft, WrittenSheet } from "../workbook/printSheet";
import type { TrackingView } from "./tracking";

/** The sheet's name: one re-plan at a time, replaced by the next copy. A Sales* name, like the tables. */
export const REPLAN_SHEET = "SalesReplan";

export const replanText = {
  title: { en: "Re-plan of {measure} as of {asOf}", zh: "{measure} 重新规划（截至 {asOf}）" },
  note: {
    en: "Values copied from Track & re-plan on {date}. Months up to {asOf} keep their actuals; what is left of each rep's annual target is split over the remaining months in proportion to that rep's own monthly targets.",
    zh: "数值于 {date} 从“跟踪与重新规划”复制。{asOf} 及以前的月份保留实际值；各销售代表距全年目标的差额按其本人各月目标的比例分配到剩余月份。",
  },
  repId: { en: "RepID", zh: "工号" },
  name: { en: "Name", zh: "姓名" },
  region: { en: "Region", zh: "区域" },
  annual: { en: "Annual target", zh: "全年目标" },
  actual: { en: "Actual to date", zh: "累计实际" },
  remaining: { en: "Remaining to annual", zh: "距全年目标" },
  total: { en: "All reps", zh: "全部销售代表" },
  unplaced: {
    en: "{rep}: {value} cannot be placed, no remaining month has a target.",
    zh: "{rep}：{value} 无法分配，剩余月份都没有目标。",
  },
  noMonthsLeft: {
    en: "No months left after {asOf}: nothing to re-plan.",
    zh: "{asOf} 之后没有剩余月份：无需重新规划。",
  },
  noSheetWrite: {
    en: "This workbook cannot take the {sheet} sheet here; use Excel with the add-in.",
    zh: "此处无法写入 {sheet} 工作表；请在装有加载项的 Excel 中操作。",
  },
} as const satisfies MessageTable;

const FIRST = 6;
// Sentences on the sheet group thousands the same way in both languages (as the pane does).
const grouped = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

/** The view as the SalesReplan sheet, in `language`, stamped with the day it was copied. */
export function replanDraft(view: TrackingView, language: Locale, now: Date): SheetDraft {
  const t = (key: keyof typeof replanText, params: Record<string, string | number> = {}) =>
    formatMessage(replanText[key][language], params);
  const months = view.remainingMonths;
  const n = FIRST + months.length;
  const format = view.decimals > 0 ? NUMBER_FORMATS.money : NUMBER_FORMATS.integer;
  const date = now.toISOString().slice(0, 10);
  const rows: DraftRow[] = [
    { cells: [t("title", { measure: view.measure, asOf: view.asOf })], bold: true, size: 14, height: 24 },
    {
      cells: [t("note", { date, asOf: view.asOf })],
      merges: [[0, n - 1]],
      wrap: true,
      vertical: "top",
      height: language === "zh" ? 36 : 32,
    },
    {
      cells: [t("repId"), t("name"), t("region"), t("annual"), t("actual"), t("remaining"), ...months],
      bold: true,
      fill: "#E7E6E6",
      rightFrom: 3,
      wrap: true,
    },
  ];
  for (const rep of view.reps)
    rows.push({
      cells: [rep.key, rep.name, rep.region, rep.target, rep.actualToDate, rep.gap, ...rep.replan],
      numberFormat: format,
    });
  const column = (pick: (r: TrackingView["reps"][number]) => number) => sumMoney(view.reps.map(pick));
  rows.push({
    cells: [
      t("total"),
      null,
      null,
      column((r) => r.target),
      column((r) => r.actualToDate),
      column((r) => r.gap),
      ...months.map((_, i) => column((r) => r.replan[i])),
    ],
    numberFormat: format,
    bold: true,
    ruleAbove: [0, n - 1],
  });
  if (months.length === 0) rows.push({ cells: [t("noMonthsLeft", { asOf: view.asOf })] });
  for (const rep of view.reps)
    if (rep.unplaced > 0)
      rows.push({
        cells: [t("unplaced", { rep: rep.name || rep.key, value: grouped.format(rep.unplaced) })],
      });
  return {
    name: REPLAN_SHEET,
    widths: [10, 18, 12, 14, 14, 14, ...months.map(() => 12)],
    rows,
    page: {
      orientation: "landscape",
      fitWide: 1,
      fitTall: 0,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6 },
      footerLeft: `${REPLAN_SHEET} ${view.measure} ${view.asOf}`.replace(/&/g, "&&"),
      footerRight: "&P / &N",
    },
  };
}

/** The view written as the SalesReplan sheet (replacing the previous copy), all or nothing. */
export async function writeReplanSheet(
  host: WorkbookHost,
  view: TrackingView,
  language: Locale,
  now: Date,
): Promise<WrittenSheet> {
  if (!host.writePrintSheet) throw new SalesPlanError(replanText.noSheetWrite, { sheet: REPLAN_SHEET });
  return host.writePrintSheet(replanDraft(view, language, now), now);
}
