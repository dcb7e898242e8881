/** Scorecards: Activities (and Actuals for result KPIs) in, the scorecard engine, SalesScorecard out. */
import { SalesPlanError } from "../kernel/errors";
import {
  buildReviews,
  buildScorecards,
  kpiKey,
  scorecardRows,
  type BandRow,
  type CoachingTip,
  type KpiActuals,
  type Review,
  type ScorecardResult,
} from "../engine/scorecards";
import { scorecardColumns, type OutputRow } from "../workbook/outputs";
import type { ParsedTable } from "../workbook/parse";
import { isNotFound, requireClean } from "./inputs";
import { num, text, type JobResult, type JobTotal } from "./job";
import { jobMessages } from "./messages";
import { teamsInForce } from "./assignments";
import { jobActuals, readsDeals } from "./organisation";

export interface KpiOption {
  /** An Activities column or an Actuals measure. */
  readonly name: string;
  readonly kind: "process" | "result";
  readonly direction: "up" | "down";
  readonly weight: number;
  /** Highest achievement credited (1.2 = 120%); null: the card's cap. */
  readonly cap: number | null;
  /** The target every rep is measured against, per period. */
  readonly target: number | null;
}

export interface ScorecardOptions {
  readonly kpis: readonly KpiOption[];
  /** Balance of process and result groups in percent; null: KPI weights alone. */
  readonly groupWeights: { readonly process: number; readonly result: number } | null;
  readonly cap: number;
  readonly bands: readonly BandRow[];
}

export interface ScorecardInputs {
  readonly reps?: ParsedTable;
  readonly activities?: ParsedTable;
  readonly actuals?: ParsedTable;
  /** The optional Deals table: when found, result KPIs read the credited actuals (organisation.ts). */
  readonly deals?: ParsedTable;
  /** The optional PlanAssignments table: teams and regions follow the manager and region in force. */
  readonly planAssignments?: ParsedTable;
}

/** The engine's scorecards for the input tables, and the tables that went into them. */
export function computeScorecards(
  inputs: ScorecardInputs,
  options: ScorecardOptions,
): { result: ScorecardResult; used: ParsedTable[] } {
  if (options.kpis.length === 0) throw new SalesPlanError(jobMessages.noKpis);
  const activities = requireClean(inputs.activities, "Activities");
  const reps = inputs.reps && !isNotFound(inputs.reps) ? requireClean(inputs.reps, "Reps") : undefined;
  const read = jobActuals(inputs);
  const actuals = read && !isNotFound(read) ? requireClean(read, "Actuals") : undefined;

  // Each KPI's values come from an Activities column, else from an Actuals measure (summed per month).
  const columnOf = new Map(activities.columns.map((c) => [kpiKey(c.key), c.key]));
  const measures = new Set((actuals?.rows ?? []).map((r) => kpiKey(text(r.values.Measure))));
  for (const kpi of options.kpis) {
    if (!columnOf.has(kpiKey(kpi.name)) && !measures.has(kpiKey(kpi.name)))
      throw new SalesPlanError(jobMessages.kpiNoValues, { kpi: kpi.name });
    if (kpi.target === null || !(kpi.target > 0))
      throw new SalesPlanError(jobMessages.kpiNoTarget, { kpi: kpi.name });
  }
  const byRow = new Map<string, Record<string, unknown>>();
  const order: { rep: string; period: string }[] = [];
  const valuesOf = (rep: string, period: string): Record<string, unknown> => {
    const key = `${rep}\u0000${period}`;
    let values = byRow.get(key);
    if (!values) {
      byRow.set(key, (values = {}));
      order.push({ rep, period });
    }
    return values;
  };
  for (const row of activities.rows) {
    const values = valuesOf(text(row.values.RepID), text(row.values.Period));
    for (const kpi of options.kpis) {
      const column = columnOf.get(kpiKey(kpi.name));
      if (column !== undefined) values[kpi.name] = row.values[column] ?? null;
    }
  }
  const fromActuals = options.kpis.filter((k) => !columnOf.has(kpiKey(k.name)));
  if (actuals && fromActuals.length > 0) {
    const wanted = new Map(fromActuals.map((k) => [kpiKey(k.name), k.name]));
    for (const row of actuals.rows) {
      const name = wanted.get(kpiKey(text(row.values.Measure)));
      if (name === undefined) continue;
      const values = valuesOf(text(row.values.RepID), text(row.values.Period));
      values[name] = (num(values[name]) ?? 0) + (num(row.values.Amount) ?? 0);
    }
  }
  const records: KpiActuals[] = order.map(({ rep, period }) => ({
    rep,
    period,
    values: byRow.get(`${rep}\u0000${period}`) ?? {},
  }));

  const inForce = reps ? teamsInForce(inputs.planAssignments, reps) : null;
  const result = buildScorecards({
    plan: {
      kpis: options.kpis.map((k) => ({
        name: k.name,
        kind: k.kind,
        weight: k.weight,
        direction: k.direction,
        ...(k.cap !== null ? { cap: k.cap } : {}),
      })),
      groupWeights: options.groupWeights ?? undefined,
      cap: options.cap,
      bands: options.bands,
      missing: "zero",
    },
    reps: reps?.rows.map((r) => ({
      rep: text(r.values.RepID),
      name: text(r.values.Name),
      region: text(r.values.Region),
      team: text(r.values.Manager),
      ...(inForce ? { inForce: inForce(text(r.values.RepID)) } : {}),
    })),
    targets: options.kpis.map((k) => ({ kpi: k.name, target: k.target })),
    actuals: records,
  });
  const used = [
    activities,
    ...(reps ? [reps] : []),
    ...(actuals && fromActuals.length > 0 ? [actuals, ...(readsDeals(inputs) ? [inputs.deals!] : [])] : []),
    ...(inForce ? [inputs.planAssignments!] : []),
  ];
  return { result, used };
}

export function scorecardJob(inputs: ScorecardInputs, options: ScorecardOptions): JobResult {
  const { result, used } = computeScorecards(inputs, options);
  const names = options.kpis.map((k) => k.name);
  const rows: OutputRow[] = scorecardRows(result).map((r) => {
    const row: Record<string, string | number | null> = { RepID: r.rep, Name: r.name, Period: r.period };
    names.forEach((name, k) => {
      const credit = r.credits[k];
      row[name] = Number.isNaN(credit) ? null : credit * 100;
    });
    row.Score = r.score;
    row.Band = r.band;
    row.Rank = r.teamRank;
    return row;
  });
  const scored = rows.filter((r) => typeof r.Score === "number");
  const average = scored.length > 0 ? scored.reduce((s, r) => s + Number(r.Score), 0) / scored.length : 0;
  const bandCounts = new Map<string, number>();
  for (const r of rows) if (r.Band) bandCounts.set(String(r.Band), (bandCounts.get(String(r.Band)) ?? 0) + 1);
  const totals: JobTotal[] = [
    { id: "scoreAverage", value: average },
    ...[...options.bands]
      .sort((a, b) => b.minimum - a.minimum)
      .map((b): JobTotal => ({
        id: "bandCount",
        item: String(b.label),
        value: bandCounts.get(String(b.label)) ?? 0,
      })),
  ];
  return {
    action: "scorecards",
    outputs: [{ name: "SalesScorecard", columns: scorecardColumns(names), rows }],
    totals,
    inputs: used,
  };
}

/** A rep the review can be opened for, with the periods the scorecard has for them (oldest first). */
export interface RepChoice {
  readonly rep: string;
  readonly name: string;
  readonly periods: readonly string[];
}

/** The engine's review of one rep in one period, with the size of the groups the ranks are in. */
export interface RepReview extends Review {
  readonly team: string;
  readonly region: string;
  /** Reps with a score in the same team / region and period: the "of N" beside the rank. */
  readonly teamSize: number;
  readonly regionSize: number;
  /** The rep's scores up to the review's period, oldest first (at most TREND_PERIODS): the sparkline. */
  readonly history: readonly { readonly period: string; readonly score: number | null }[];
}

/** Periods the review card's score trend shows. */
export const TREND_PERIODS = 6;

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Every rep of the scorecard (in the order of the input rows) and their periods. */
export function scorecardReps(inputs: ScorecardInputs, options: ScorecardOptions): RepChoice[] {
  const { result } = computeScorecards(inputs, options);
  const reps = new Map<string, { name: string; periods: string[] }>();
  for (let i = 0; i < result.size; i++) {
    const entry = reps.get(result.reps[i]);
    if (entry === undefined)
      reps.set(result.reps[i], { name: result.names[i], periods: [result.periods[i]] });
    else if (!entry.periods.includes(result.periods[i])) entry.periods.push(result.periods[i]);
  }
  return [...reps].map(([rep, { name, periods }]) => ({ rep, name, periods: periods.sort(byText) }));
}

/**
 * One rep's review (src/engine/scorecards/review.ts) for `period`, or for the rep's latest period
 * when it is null. Suggestions come from `coaching` (default: the engine's table) in en and zh.
 */
export function scorecardReview(
  inputs: ScorecardInputs,
  options: ScorecardOptions,
  rep: string,
  period: string | null,
  coaching?: readonly CoachingTip[],
): RepReview {
  return reviewIn(computeScorecards(inputs, options).result, rep, period, coaching);
}

/** scorecardReview over scorecards already computed (a caller that needs them too computes once). */
export function reviewIn(
  result: ScorecardResult,
  rep: string,
  period: string | null,
  coaching?: readonly CoachingTip[],
): RepReview {
  const rows = scorecardRows(result);
  const periods = rows.filter((r) => r.rep === rep).map((r) => r.period);
  if (periods.length === 0) throw new SalesPlanError(jobMessages.reviewNoRep, { rep });
  const wanted = period ?? periods.sort(byText)[periods.length - 1];
  const at = rows.findIndex((r) => r.rep === rep && r.period === wanted);
  if (at < 0) throw new SalesPlanError(jobMessages.reviewNoPeriod, { rep, period: wanted });
  const row = rows[at];
  const scoredIn = (same: (r: (typeof rows)[number]) => boolean) =>
    rows.filter((r) => r.period === row.period && r.score !== null && same(r)).length;
  // buildReviews returns one review per row, in the rows' order.
  const review = buildReviews(result, coaching ? { coaching } : {})[at];
  return {
    ...review,
    team: row.team,
    region: row.region,
    teamSize: scoredIn((r) => r.team === row.team),
    regionSize: scoredIn((r) => r.region === row.region),
    history: rows
      .filter((r) => r.rep === rep && r.period <= row.period)
      .sort((a, b) => byText(a.period, b.period))
      .slice(-TREND_PERIODS)
      .map((r) => ({ period: r.period, score: r.score })),
  };
}
