/** The short summary a run prints: totals that reconcile, the top and bottom reps, the file. */
import type { Locale } from "../kernel/messages";
import { fromCents, toCents } from "../kernel/money";
import { num, text, type JobResult, type JobTotal, type PayoutJobResult } from "../jobs";
import type { PipelineResult } from "./pipeline";

const LABELS = {
  en: {
    targets: "Targets",
    payouts: "Payouts",
    scorecards: "Scorecards",
    company: "company target",
    rows: "sum of rows",
    regions: "regions reconcile",
    unassigned: "unassigned (joiners' ramp, leavers)",
    gross: "gross",
    adjustments: "adjustments",
    awards: "of which honour roll awards",
    net: "net",
    reporting: "net in the reporting currency (the sums above add each rep's own currency)",
    engine: "engine total",
    average: "average score",
    bands: "bands",
    top: "Top reps (net payout to date)",
    bottom: "Bottom reps",
    tables: "Tables",
    wrote: "Wrote",
    skipped: "Skipped",
    seconds: "s",
    colon: ": ",
    semi: "; ",
    open: " (",
    close: ")",
    comma: ", ",
  },
  zh: {
    targets: "目标",
    payouts: "奖金",
    scorecards: "评分卡",
    company: "公司目标",
    rows: "各行合计",
    regions: "个区域已核对",
    unassigned: "未分配（新人爬坡、离职）",
    gross: "应发",
    adjustments: "调整",
    awards: "其中荣誉榜奖金",
    net: "实发",
    reporting: "报告币种实发（以上合计按各销售代表本币相加）",
    engine: "引擎合计",
    average: "平均分",
    bands: "等级",
    top: "实发奖金最高",
    bottom: "实发奖金最低",
    tables: "表",
    wrote: "已写入",
    skipped: "跳过",
    seconds: "秒",
    colon: "：",
    semi: "；",
    open: "（",
    close: "）",
    comma: "，",
  },
} as const;

export function money(value: number): string {
  return value.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

const reconciles = (t: JobTotal | undefined): boolean =>
  t !== undefined && t.expected !== undefined && Math.abs(t.value - t.expected) < 0.005;
const mark = (t: JobTotal | undefined): string =>
  t?.expected === undefined ? "" : reconciles(t) ? " ✓" : ` ✗ (${money(t.expected)})`;

export interface PayoutPart {
  /** The SalesPayouts Measure of the rows: a measure, a SPIFF, or the adjustments row. */
  readonly label: string;
  readonly amount: number;
}

/** SalesPayouts in parts that add up to the cent: gross by measure, adjustments by row label, net. */
export interface PayoutBreakdown {
  readonly gross: number;
  readonly byMeasure: readonly PayoutPart[];
  readonly adjustments: number;
  readonly adjustmentsBy: readonly PayoutPart[];
  /** gross + adjustments, which is also the sum of the rows' NetPayout. */
  readonly net: number;
}

export function payoutBreakdown(payouts: JobResult): PayoutBreakdown {
  const pay = new Map<string, bigint>();
  const adjust = new Map<string, bigint>();
  const add = (map: Map<string, bigint>, key: string, value: unknown) => {
    if (typeof value === "number") map.set(key, (map.get(key) ?? 0n) + toCents(value));
  };
  let net = 0n;
  for (const row of payouts.outputs[0].rows) {
    const label = text(row.Measure);
    add(pay, label, row.Payout);
    add(adjust, label, row.Adjustments);
    if (typeof row.NetPayout === "number") net += toCents(row.NetPayout);
  }
  const measures = new Set(payouts.totals.filter((t) => t.id === "measurePayout").map((t) => t.item));
  const parts = (map: Map<string, bigint>, keep: (label: string) => boolean): PayoutPart[] =>
    [...map]
      .filter(([label, cents]) => cents !== 0n || keep(label))
      .map(([label, cents]) => ({ label, amount: fromCents(cents) }));
  const sum = (map: Map<string, bigint>) => fromCents([...map.values()].reduce((a, b) => a + b, 0n));
  return {
    gross: sum(pay),
    byMeasure: parts(pay, (label) => measures.has(label)),
    adjustments: sum(adjust),
    adjustmentsBy: parts(adjust, () => false),
    net: fromCents(net),
  };
}

export interface RepLine {
  readonly repId: string;
  readonly name: string;
  readonly region: string;
  readonly net: number;
  readonly score: number | null;
}

/** Reps by net payout to date, with their average score where there are scorecards. */
export function repRanking(result: PipelineResult): RepLine[] {
  const payouts = result.jobs.find((j) => j.action === "payouts");
  if (!payouts) return [];
  const region = new Map(result.inputs.Reps.rows.map((r) => [text(r.values.RepID), text(r.values.Region)]));
  const net = new Map<string, { name: string; cents: bigint }>();
  const add = (id: string, name: string, amount: number) => {
    const entry = net.get(id) ?? { name, cents: 0n };
    entry.cents += toCents(amount);
    net.set(id, entry);
  };
  // To date: what the ledger booked for this year's closed periods, then the open ones.
  const year = String(result.year);
  for (const l of (payouts as PayoutJobResult).ledger ?? [])
    if (l.period.startsWith(year)) add(l.repId, l.name, l.amount);
  for (const row of payouts.outputs[0].rows) add(text(row.RepID), text(row.Name), num(row.NetPayout) ?? 0);
  const scores = new Map<string, number[]>();
  for (const row of result.jobs.find((j) => j.action === "scorecards")?.outputs[0].rows ?? []) {
    const score = num(row.Score);
    if (score === null) continue;
    scores.set(text(row.RepID), [...(scores.get(text(row.RepID)) ?? []), score]);
  }
  return [...net.entries()]
    .map(([repId, e]) => {
      const s = scores.get(repId);
      return {
        repId,
        name: e.name,
        region: region.get(repId) ?? "",
        net: fromCents(e.cents),
        score: s ? s.reduce((a, b) => a + b, 0) / s.length : null,
      };
    })
    .sort((a, b) => b.net - a.net || a.repId.localeCompare(b.repId));
}

export function summaryLines(
  result: PipelineResult,
  file: string,
  seconds: number,
  locale: Locale,
): string[] {
  const L = LABELS[locale];
  const lines: string[] = [];
  const job = (action: string): JobResult | undefined => result.jobs.find((j) => j.action === action);
  const total = (j: JobResult | undefined, id: JobTotal["id"]): JobTotal | undefined =>
    j?.totals.find((t) => t.id === id);

  const targets = job("targets");
  if (targets) {
    const company = total(targets, "companyTarget");
    const rows = total(targets, "targetRows");
    const regions = targets.totals.filter((t) => t.id === "regionTarget");
    lines.push(
      `${L.targets}${L.colon}${L.company} ${money(company?.value ?? 0)}${L.semi}${L.rows} ${money(rows?.value ?? 0)}${mark(rows)}${L.semi}` +
        `${regions.filter(reconciles).length}/${regions.length} ${L.regions}`,
    );
    const unassigned = total(targets, "unassigned");
    if (unassigned) lines.push(`  ${L.unassigned}${L.colon}${money(unassigned.value)}`);
  }
  const payouts = job("payouts");
  if (payouts) {
    const b = payoutBreakdown(payouts);
    const terms = (parts: readonly PayoutPart[]): string =>
      parts.map((p, i) => `${i === 0 ? "" : " + "}${p.label} ${money(p.amount)}`).join("");
    lines.push(
      `${L.payouts}${L.colon}${L.gross} ${money(b.gross)} + ${L.adjustments} ${money(b.adjustments)} = ` +
        `${L.net} ${money(b.net)}${mark(total(payouts, "payoutNet"))}`,
    );
    if (b.byMeasure.length > 0) lines.push(`  ${L.gross} ${money(b.gross)} = ${terms(b.byMeasure)}`);
    if (b.adjustmentsBy.length > 0)
      lines.push(`  ${L.adjustments} ${money(b.adjustments)} = ${terms(b.adjustmentsBy)}`);
    const awards = total(payouts, "payoutAwards");
    if (awards) lines.push(`  ${L.awards} ${money(awards.value)}`);
    // Reps paid in other currencies: the one figure that adds up across them.
    const reporting = total(payouts, "payoutNetReporting");
    if (reporting) lines.push(`  ${L.reporting} ${money(reporting.value)}`);
  }
  const cards = job("scorecards");
  if (cards) {
    const bands = cards.totals.filter((t) => t.id === "bandCount");
    lines.push(
      `${L.scorecards}${L.colon}${L.average} ${(total(cards, "scoreAverage")?.value ?? 0).toFixed(1)}${L.semi}${L.bands} ` +
        bands.map((b) => `${b.item} ${b.value}`).join(", "),
    );
  }
  const ranking = repRanking(result);
  const show = (r: RepLine, i: number): string =>
    `  ${i}. ${r.name}${L.open}${r.repId}${L.comma}${r.region}${L.close} ${money(r.net)}${r.score === null ? "" : `, ${r.score.toFixed(1)}`}`;
  if (ranking.length > 0) {
    lines.push(`${L.top}${L.colon.trim()}`, ...ranking.slice(0, 3).map((r, i) => show(r, i + 1)));
    const bottom = ranking.slice(-3).reverse();
    lines.push(`${L.bottom}${L.colon.trim()}`, ...bottom.map((r, i) => show(r, ranking.length - i)));
  }
  const byName = new Map<string, number>();
  for (const t of result.written) byName.set(t.name, t.rows);
  lines.push(`${L.tables}${L.colon}${[...byName].map(([name, rows]) => `${name} (${rows})`).join(", ")}`);
  if (result.skipped.length > 0)
    lines.push(`${L.skipped}${L.colon}${result.skipped.map((reason) => reason[locale]).join(L.semi)}`);
  lines.push(`${L.wrote} ${file} (${seconds.toFixed(1)} ${L.seconds})`);
  return lines;
}

/** The summary for scripts (`--json`): the same figures as the text, as numbers. */
export function summaryJson(
  result: PipelineResult,
  file: string,
  seconds: number,
  locale: Locale,
): Record<string, unknown> {
  const job = (action: string): JobResult | undefined => result.jobs.find((j) => j.action === action);
  const total = (j: JobResult, id: JobTotal["id"]): number | null =>
    j.totals.find((t) => t.id === id)?.value ?? null;
  const targets = job("targets");
  const payouts = job("payouts");
  const cards = job("scorecards");
  const ranking = repRanking(result);
  const regions = targets?.totals.filter((t) => t.id === "regionTarget") ?? [];
  const net = payouts?.totals.find((t) => t.id === "payoutNet");
  const byName = new Map<string, number>();
  for (const t of result.written) byName.set(t.name, t.rows);
  return {
    ok: true,
    file,
    year: result.year,
    language: locale,
    seconds: Math.round(seconds * 10) / 10,
    targets: targets && {
      companyTarget: total(targets, "companyTarget"),
      sumOfRows: total(targets, "targetRows"),
      unassigned: total(targets, "unassigned"),
      regionsReconciled: regions.filter(reconciles).length,
      regions: regions.length,
    },
    payouts: payouts && {
      ...payoutBreakdown(payouts),
      reconciles: reconciles(net),
      netReporting: total(payouts, "payoutNetReporting"),
    },
    scorecards: cards && {
      averageScore: total(cards, "scoreAverage"),
      bands: Object.fromEntries(
        cards.totals.filter((t) => t.id === "bandCount").map((t) => [t.item, t.value]),
      ),
    },
    top: ranking.slice(0, 3),
    bottom: ranking.slice(-3).reverse(),
    tables: [...byName].map(([name, rows]) => ({ name, rows })),
    skipped: result.skipped.map((reason) => reason[locale]),
    // Input left out of the run (README: bad input and odd input), by cell.
    warnings: result.warnings.map((w) => ({
      table: w.table,
      cell: w.cell,
      row: w.row,
      message: w.error.format(locale),
    })),
  };
}
