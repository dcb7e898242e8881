/** The short summary a run prints: totals that reconcile, the top and bottom reps, the file. */
import type { Locale } from "../engine/messages";
import { toScaledUnits } from "../engine/round";
import { num, text, type JobResult, type JobTotal } from "../jobs";
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
    net: "net",
    engine: "engine total",
    average: "average score",
    bands: "bands",
    top: "Top reps (net payout to date)",
    bottom: "Bottom reps",
    tables: "Tables",
    wrote: "Wrote",
    skipped: "Skipped",
    seconds: "s",
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
    net: "实发",
    engine: "引擎合计",
    average: "平均分",
    bands: "等级",
    top: "实发奖金最高",
    bottom: "实发奖金最低",
    tables: "表",
    wrote: "已写入",
    skipped: "跳过",
    seconds: "秒",
  },
} as const;

export function money(value: number): string {
  return value.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

const reconciles = (t: JobTotal | undefined): boolean =>
  t !== undefined && t.expected !== undefined && Math.abs(t.value - t.expected) < 0.005;
const mark = (t: JobTotal | undefined): string =>
  t?.expected === undefined ? "" : reconciles(t) ? " ✓" : ` ✗ (${money(t.expected)})`;

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
  const net = new Map<string, { name: string; cents: number }>();
  for (const row of payouts.outputs[0].rows) {
    const id = text(row.RepID);
    const entry = net.get(id) ?? { name: text(row.Name), cents: 0 };
    entry.cents += Number(toScaledUnits(num(row.NetPayout) ?? 0, 2));
    net.set(id, entry);
  }
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
        net: e.cents / 100,
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
      `${L.targets}: ${L.company} ${money(company?.value ?? 0)}; ${L.rows} ${money(rows?.value ?? 0)}${mark(rows)}; ` +
        `${regions.filter(reconciles).length}/${regions.length} ${L.regions}`,
    );
    const unassigned = total(targets, "unassigned");
    if (unassigned) lines.push(`  ${L.unassigned}: ${money(unassigned.value)}`);
  }
  const payouts = job("payouts");
  if (payouts) {
    const net = total(payouts, "payoutNet");
    lines.push(
      `${L.payouts}: ${L.gross} ${money(total(payouts, "payoutGross")?.value ?? 0)} + ${L.adjustments} ` +
        `${money(total(payouts, "payoutAdjustments")?.value ?? 0)} = ${L.net} ${money(net?.value ?? 0)}${mark(net)}`,
    );
    const measures = payouts.totals.filter((t) => t.id === "measurePayout");
    if (measures.length > 0)
      lines.push(`  ${measures.map((m) => `${m.item} ${money(m.value)}`).join(" · ")}`);
  }
  const cards = job("scorecards");
  if (cards) {
    const bands = cards.totals.filter((t) => t.id === "bandCount");
    lines.push(
      `${L.scorecards}: ${L.average} ${(total(cards, "scoreAverage")?.value ?? 0).toFixed(1)}; ${L.bands} ` +
        bands.map((b) => `${b.item} ${b.value}`).join(", "),
    );
  }
  const ranking = repRanking(result);
  const show = (r: RepLine, i: number): string =>
    `  ${i}. ${r.name} (${r.repId}, ${r.region}) ${money(r.net)}${r.score === null ? "" : `, ${r.score.toFixed(1)}`}`;
  if (ranking.length > 0) {
    lines.push(`${L.top}:`, ...ranking.slice(0, 3).map((r, i) => show(r, i + 1)));
    const bottom = ranking.slice(-3).reverse();
    lines.push(`${L.bottom}:`, ...bottom.map((r, i) => show(r, ranking.length - i)));
  }
  const byName = new Map<string, number>();
  for (const t of result.written) byName.set(t.name, t.rows);
  lines.push(`${L.tables}: ${[...byName].map(([name, rows]) => `${name} (${rows})`).join(", ")}`);
  if (result.skipped.length > 0)
    lines.push(`${L.skipped}: ${result.skipped.map((reason) => reason[locale]).join("; ")}`);
  lines.push(`${L.wrote} ${file} (${seconds.toFixed(1)} ${L.seconds})`);
  return lines;
}
