/** Scorecards: Activities (and Actuals for result KPIs) in, the scorecard engine, SalesScorecard out. */
import { SalesPlanError } from "../engine/errors";
import { buildScorecards, kpiKey, scorecardRows, type BandRow, type KpiActuals } from "../engine/scorecards";
import { scorecardColumns, type OutputRow } from "../workbook/outputs";
import type { ParsedTable } from "../workbook/parse";
import { isNotFound, requireClean } from "./inputs";
import { num, text, type JobResult, type JobTotal } from "./job";
import { jobMessages } from "./messages";

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

export function scorecardJob(
  inputs: { readonly reps?: ParsedTable; readonly activities?: ParsedTable; readonly actuals?: ParsedTable },
  options: ScorecardOptions,
): JobResult {
  if (options.kpis.length === 0) throw new SalesPlanError(jobMessages.noKpis);
  const activities = requireClean(inputs.activities, "Activities");
  const reps = inputs.reps && !isNotFound(inputs.reps) ? requireClean(inputs.reps, "Reps") : undefined;
  const actuals =
    inputs.actuals && !isNotFound(inputs.actuals) ? requireClean(inputs.actuals, "Actuals") : undefined;

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
    })),
    targets: options.kpis.map((k) => ({ kpi: k.name, target: k.target })),
    actuals: records,
  });
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
  const used = [activities, ...(reps ? [reps] : []), ...(actuals && fromActuals.length > 0 ? [actuals] : [])];
  return {
    action: "scorecards",
    outputs: [{ name: "SalesScorecard", columns: scorecardColumns(names), rows }],
    totals,
    inputs: used,
  };
}
