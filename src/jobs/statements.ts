/**
 * A rep's statement for a payout period, as a printable sheet model any host can render: plan
 * summary, the period's lines and the year to date with their explanations, SPIFFs and adjustments,
 * the draw balance. Closed periods come from SalesLedger as booked; open ones as the inputs pay them
 * now (with the restatements of closed periods in the first open one), marked provisional. Each
 * model holds one rep's figures only.
 */
import { formatPercent, type Plan } from "../engine/incentives";
import {
  drawBalances,
  isRestatement,
  periodStatuses,
  type LedgerStatus,
  type PeriodLine,
} from "../engine/ledger";
import { formatMessage, type Locale, type MessageTable } from "../kernel/messages";
import { sumMoney } from "../kernel/money";
import type { WorkbookHost } from "../workbook/host";
import type { Mappings } from "./inputs";
import { payingPayouts, readLedger, type Recomputed } from "./ledger";
import type { PrintRow, PrintRowKind, PrintSheet } from "./printSheet";

export const statementText = {
  sheet: { en: "Statement", zh: "对账单" },
  title: { en: "Incentive statement {period}", zh: "奖金对账单 {period}" },
  rep: { en: "Rep", zh: "销售代表" },
  period: { en: "Period", zh: "期间" },
  status: { en: "Status", zh: "状态" },
  plan: { en: "Plan", zh: "方案" },
  currency: { en: "Currency", zh: "币种" },
  prepared: { en: "Prepared", zh: "制表时间" },
  open: { en: "Open (provisional until closed)", zh: "未关账（关账前为暂定数）" },
  Closed: { en: "Closed", zh: "已关账" },
  Approved: { en: "Approved", zh: "已审批" },
  Paid: { en: "Paid", zh: "已发放" },
  planSummary: { en: "Plan summary", zh: "方案概要" },
  measure: { en: "Measure", zh: "指标" },
  weight: { en: "Weight", zh: "权重" },
  how: { en: "How it pays", zh: "计算方式" },
  tiers: { en: "rate table ({mode}), on {basis}", zh: "费率表（{mode}），按{basis}" },
  marginal: { en: "marginal", zh: "分段累进" },
  retro: { en: "retroactive", zh: "全额追溯" },
  amount: { en: "amount", zh: "金额" },
  attainment: { en: "attainment", zh: "达成率" },
  curve: { en: "payout curve on attainment", zh: "按达成率的奖金曲线" },
  threshold: { en: "; nothing below {value} attainment", zh: "；达成率低于 {value} 不发放" },
  targetIncentive: { en: "Target incentive (annual)", zh: "目标奖金（年度）" },
  thisPeriod: { en: "This period", zh: "本期" },
  yearToDate: { en: "Year to date", zh: "本年累计" },
  adjustments: { en: "SPIFFs and adjustments, year to date", zh: "专项奖励与调整（本年累计）" },
  line: { en: "Line", zh: "项目" },
  amountHeader: { en: "Amount", zh: "金额" },
  explanation: { en: "Explanation", zh: "说明" },
  total: { en: "Total", zh: "合计" },
  none: { en: "none", zh: "无" },
  drawBalance: { en: "Draw balance owed after {period}", zh: "{period} 之后尚欠预支余额" },
} as const satisfies MessageTable;

export type StatementRowKind = PrintRowKind;

/** One printed row: up to four cells (period, line, amount, explanation), money as numbers. */
export type StatementRow = PrintRow;

export interface Statement extends PrintSheet {
  readonly name: string;
  /** The period's net pay, to the cent. */
  readonly total: number;
}

/** Column widths the rows are laid out for: period, line, amount, explanation. */
export const STATEMENT_WIDTHS = [11, 30, 15, 80] as const;

const sum = (lines: readonly PeriodLine[]): number => sumMoney(lines.map((l) => l.amount));

function planRows(plan: Plan, t: (key: keyof typeof statementText, p?: Record<string, string>) => string) {
  const rows: StatementRow[] = [
    { kind: "heading", cells: [t("planSummary")] },
    { kind: "field", cells: [t("plan"), `${plan.name} ${plan.version}`.trim()] },
    { kind: "header", cells: [null, t("measure"), t("weight"), t("how")] },
  ];
  for (const m of plan.measures) {
    let how =
      m.method.kind === "curve"
        ? t("curve")
        : t("tiers", { mode: t(m.method.mode), basis: t(m.method.basis) });
    if (m.threshold) how += t("threshold", { value: formatPercent(m.threshold) });
    rows.push({
      kind: "line",
      cells: [null, m.name, m.weight ? formatPercent(m.weight) : null, how],
    });
  }
  // The label spans the first two columns and the amount sits in the amount column, as in the lines.
  if (plan.targetIncentive)
    rows.push({
      kind: "field",
      cells: [t("targetIncentive"), null, plan.targetIncentive],
      merges: [[0, 1]],
    });
  return rows;
}

function lineRows(
  heading: string,
  lines: readonly PeriodLine[],
  t: (key: keyof typeof statementText) => string,
): StatementRow[] {
  const rows: StatementRow[] = [
    { kind: "heading", cells: [heading] },
    { kind: "header", cells: [t("period"), t("line"), t("amountHeader"), t("explanation")] },
  ];
  if (lines.length === 0) rows.push({ kind: "line", cells: [null, t("none"), null, null] });
  for (const l of lines) rows.push({ kind: "line", cells: [l.period, l.line, l.amount, l.explanation] });
  rows.push({ kind: "total", cells: [t("total"), null, sum(lines), null] });
  return rows;
}

export interface StatementOptions {
  /** Only this rep's statement (the pane writes one at a time). */
  readonly repId?: string;
  readonly period: string;
  /** The language of reps without a Language in Reps. */
  readonly lang: Locale;
  readonly now: Date;
  readonly mappings?: Mappings;
}

/**
 * One statement per rep paid in the period (any line not zero), in each rep's language, built only
 * from that rep's lines.
 */
export async function buildStatements(host: WorkbookHost, options: StatementOptions): Promise<Statement[]> {
  const first = await payingPayouts(host, options.mappings ?? {}, options.lang);
  const { job, lines, reps, plan } = first;
  // The open periods' explanations in each rep's language: one more computation per other language.
  const paying: Partial<Record<Locale, Recomputed>> = { [options.lang]: first };
  for (const info of reps.values()) {
    const language = info.language ?? options.lang;
    paying[language] ??= await payingPayouts(host, options.mappings ?? {}, language);
  }
  const ledger = await readLedger(host);
  const statuses = periodStatuses(ledger);
  const year = options.period.slice(0, 4);
  const inYear = (p: string) => p.slice(0, 4) === year && p <= options.period;
  // What each period pays as booked: closed periods from the ledger, open ones as a run pays them
  // now, with the restatements of closed periods in the first open one.
  const bookedIn = (locale: Locale): PeriodLine[] => {
    const now = paying[locale] ?? first;
    const restated = now.job.restated;
    // A closed line is explained as booked (in the language it was closed in); where the inputs
    // still pay it the same, the same sentence in the rep's language.
    const same = new Map(now.lines.map((l) => [`${l.repId}\u0000${l.period}\u0000${l.line}`, l]));
    const inLocale = (l: PeriodLine): PeriodLine => {
      const again = same.get(`${l.repId}\u0000${l.period}\u0000${l.line}`);
      return again && again.amount === l.amount ? { ...l, explanation: again.explanation } : l;
    };
    return [
      ...ledger.filter((l) => inYear(l.period)).map(inLocale),
      ...now.lines.filter((l) => !statuses.has(l.period) && inYear(l.period)),
      ...(restated && inYear(restated.into) ? restated.lines : []),
    ];
  };
  const booked = { en: bookedIn("en"), zh: bookedIn("zh") };
  const paid = new Set(
    booked[options.lang].filter((l) => l.period === options.period && l.amount !== 0).map((l) => l.repId),
  );
  const drawAfter = new Map<string, number>();
  for (const row of job.engine.rows)
    if (row.kind === "total" && row.period === options.period) drawAfter.set(row.repId, row.drawBalance);
  // A closed period's draw balance is what the ledger booked, not what the inputs would owe now.
  if (statuses.has(options.period) && plan.draw?.recoverable)
    for (const [repId, balance] of drawBalances(ledger, options.period, first.openingDraw))
      drawAfter.set(repId, balance);

  const order = [...new Set(lines.map((l) => l.repId)), ...ledger.map((l) => l.repId)];
  const out: Statement[] = [];
  const wanted = (r: string) => paid.has(r) && (options.repId === undefined || r === options.repId);
  for (const repId of [...new Set(order)].filter(wanted)) {
    const language = reps.get(repId)?.language ?? options.lang;
    const t = (key: keyof typeof statementText, p: Record<string, string> = {}) =>
      formatMessage(statementText[key][language], p);
    const own = booked[language].filter((l) => l.repId === repId);
    own.sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
    const name = own.find((l) => l.name)?.name ?? "";
    const period = own.filter((l) => l.period === options.period);
    const status: LedgerStatus | undefined = statuses.get(options.period);
    const currency =
      ledger.find((l) => l.repId === repId)?.currency ?? reps.get(repId)?.currency ?? plan.currency;
    const measures = new Set(plan.measures.map((m) => m.name));
    const rows: StatementRow[] = [
      { kind: "title", cells: [t("title", { period: options.period })] },
      { kind: "field", cells: [t("rep"), `${repId} ${name}`.trim()] },
      { kind: "field", cells: [t("period"), options.period] },
      { kind: "field", cells: [t("status"), status ? t(status) : t("open")] },
      { kind: "field", cells: [t("currency"), currency || null] },
      {
        kind: "field",
        cells: [t("prepared"), options.now.toISOString().slice(0, 16).replace("T", " ")],
      },
      ...planRows(plan, t),
      ...lineRows(t("thisPeriod"), period, t),
      ...lineRows(t("yearToDate"), own, t),
      ...lineRows(
        t("adjustments"),
        own.filter((l) => !measures.has(l.line) || isRestatement(l)),
        t,
      ),
    ];
    const draw = drawAfter.get(repId) ?? 0;
    if (plan.draw || draw !== 0)
      rows.push({ kind: "total", cells: [t("drawBalance", { period: options.period }), null, draw, null] });
    out.push({
      repId,
      name,
      period: options.period,
      language,
      sheet: statementText.sheet[language],
      rows,
      widths: STATEMENT_WIDTHS,
      // The explanation wraps everywhere, the line's name in the lines.
      wrap: [3],
      wrapOnLines: [1],
      numberFormat: "money",
      fit: "one",
      orientation: "landscape",
      total: sum(period),
    });
  }
  return out;
}
