/**
 * The headless run: read the input tables from a workbook host, run targets, payouts and
 * scorecards through the engines (the same jobs the task pane runs), and write every output table
 * with its audit row. Nothing is saved here: the caller saves the file only when all went well.
 */
import { SalesPlanError } from "../engine/errors";
import type { Plan } from "../engine/incentives";
import { planTargets, seasonalityCore, type Basis, type ProductMix } from "../engine/targets";
import {
  isNotFound,
  num,
  payoutsJob,
  planFromTables,
  planSpec,
  planTiersSpec,
  salesTargetsSpec,
  scorecardJob,
  sumMoney,
  text,
  UNASSIGNED,
  withAudit,
  type JobResult,
  type JobTotal,
  type ScorecardOptions,
} from "../jobs";
import type { ColumnMapping } from "../workbook/headers";
import type { WorkbookHost, WrittenTable } from "../workbook/host";
import { activitiesSpec, actualsSpec, regionsSpec, repsSpec, type InputTableSpec } from "../workbook/inputs";
import { targetColumns, type OutputRow } from "../workbook/outputs";
import type { ParsedTable } from "../workbook/parse";
import type { WorkbookProblem } from "../workbook/types";
import { cliMessages } from "./messages";

/** Two or more years of monthly sales: the seasonality of the targets. Optional. ("History" is a sheet name Excel reserves.) */
export const historySpec: InputTableSpec = {
  name: "SalesHistory",
  columns: [
    { key: "RepID", aliases: ["RepID", "Rep ID", "工号"], kind: "text", required: false },
    { key: "Period", aliases: ["Period", "Month", "期间", "月份"], kind: "month", required: true },
    { key: "Amount", aliases: ["Amount", "Sales", "金额", "销售额"], kind: "number", required: true },
  ],
};

/** Ramp of a joiner's quota by tenure month (SALES.RAMP's default story). */
export const DEFAULT_RAMP = [0.25, 0.5, 0.75, 1];

export interface PipelineOptions {
  /** Fiscal year of the targets (starting in January); default: the year of the latest actual, else this year. */
  readonly year?: number;
  /** Targets from the Regions table, from a company total, or not at all. */
  readonly targets:
    { readonly source: "regions" } | { readonly source: "company"; readonly total: number } | null;
  readonly products: readonly ProductMix[];
  /** The incentive plan; null: take it from the workbook's SalesPlan tables, if any. */
  readonly plan: Plan | null;
  readonly scorecard: ScorecardOptions | null;
  /** Column mappings by input table, for headers the aliases do not cover. */
  readonly mappings?: Readonly<Record<string, ColumnMapping>>;
  readonly now: () => Date;
  readonly progress?: (step: string) => void;
}

export interface PipelineResult {
  readonly inputs: Readonly<Record<string, ParsedTable>>;
  readonly jobs: readonly JobResult[];
  readonly written: readonly WrittenTable[];
  /** Why a step did not run (no Actuals, no plan, ...), for the summary. */
  readonly skipped: readonly string[];
  readonly plan: Plan | null;
  readonly year: number;
}

/** Every problem in the input tables; the run stops on any, listing them all. */
export class InputProblems extends SalesPlanError {
  constructor(readonly problems: readonly WorkbookProblem[]) {
    super(cliMessages.inputProblems, { count: problems.length });
  }
}

const found = (t: ParsedTable | undefined): t is ParsedTable => t !== undefined && !isNotFound(t);

export async function runPipeline(host: WorkbookHost, options: PipelineOptions): Promise<PipelineResult> {
  const say = options.progress ?? (() => undefined);
  const inputs: Record<string, ParsedTable> = {};
  for (const spec of [repsSpec, regionsSpec, actualsSpec, activitiesSpec, historySpec]) {
    say(`read ${spec.name}`);
    inputs[spec.name] = await host.readTable(spec, options.mappings?.[spec.name] ?? {});
  }
  const problems: WorkbookProblem[] = [];
  if (isNotFound(inputs.Reps)) problems.push(...inputs.Reps.problems);
  for (const t of Object.values(inputs)) if (found(t)) problems.push(...t.problems);
  if (problems.length > 0) throw new InputProblems(problems);

  const jobs: JobResult[] = [];
  const written: WrittenTable[] = [];
  const skipped: string[] = [];
  const write = async (result: JobResult): Promise<void> => {
    say(`write ${result.outputs.map((o) => o.name).join(", ")}`);
    const now = options.now();
    const report = await host.writeTables(withAudit(result, now), now);
    jobs.push(result);
    written.push(...report.tables);
  };

  const latest = found(inputs.Actuals)
    ? inputs.Actuals.rows.reduce((m, r) => (text(r.values.Period) > m ? text(r.values.Period) : m), "")
    : "";
  const year = options.year ?? (latest ? Number(latest.slice(0, 4)) : options.now().getFullYear());
  const wantsRegions = options.targets?.source === "regions";
  if (options.targets && (!wantsRegions || found(inputs.Regions))) {
    say("targets");
    await write(seasonalTargets(inputs, { ...options, year }));
  } else
    skipped.push(options.targets ? "targets: no Regions table" : "targets: no Regions table and no --target");

  let plan = options.plan;
  if (!plan) {
    const planTable = await host.readTable(planSpec);
    plan = found(planTable) ? planFromTables(planTable, await host.readTable(planTiersSpec)) : null;
  }
  if (plan && found(inputs.Actuals)) {
    say("payouts");
    const actuals = inputs.Actuals;
    // Pay only the months that have actuals: the targets run the whole year ahead.
    const months = new Set(actuals.rows.map((r) => text(r.values.Period)));
    const targets = await host.readTable(salesTargetsSpec);
    const salesTargets = found(targets)
      ? { ...targets, rows: targets.rows.filter((r) => months.has(text(r.values.Period))) }
      : targets;
    await write(payoutsJob({ reps: inputs.Reps, actuals, salesTargets }, { plan, measureTargets: {} }));
  } else skipped.push(plan ? "payouts: no Actuals table" : "payouts: no plan (SalesPlan table or --plan)");

  if (options.scorecard && found(inputs.Activities)) {
    say("scorecards");
    await write(
      scorecardJob(
        {
          reps: inputs.Reps,
          activities: inputs.Activities,
          actuals: found(inputs.Actuals) ? inputs.Actuals : undefined,
        },
        options.scorecard,
      ),
    );
  } else skipped.push(options.scorecard ? "scorecards: no Activities table" : "scorecards: no --scorecard");

  if (jobs.length === 0) throw new SalesPlanError(cliMessages.nothingToRun);
  return { inputs, jobs, written, skipped, plan, year };
}

/**
 * How targets are shared, from what the Reps table holds: last year's sales and market potential
 * blended 70/30 when both are there, the one that is there otherwise, equal shares when neither.
 */
export function targetBasis(reps: ParsedTable): { region: Basis; rep: Basis; label: string } {
  const has = (key: string) => reps.rows.some((r) => (num(r.values[key]) ?? 0) > 0);
  const history = has("LastYearSales");
  const potential = has("Potential");
  if (history && potential)
    return { region: "history", rep: { history: 0.7, potential: 0.3 }, label: "history 70% + potential 30%" };
  if (history) return { region: "history", rep: "history", label: "history" };
  if (potential) return { region: "potential", rep: "potential", label: "potential" };
  return { region: "equal", rep: "equal", label: "equal" };
}

/** Calendar-month shares from the History table (each year normalised, years weighed equally). */
export function historySeasonality(history: ParsedTable | undefined): number[] | undefined {
  if (!found(history) || history.rows.length === 0) return undefined;
  const byYear = new Map<number, (number | null)[]>();
  for (const row of history.rows) {
    const [y, m] = text(row.values.Period).split("-").map(Number);
    const year = byYear.get(y) ?? new Array<number | null>(12).fill(null);
    year[m - 1] = (year[m - 1] ?? 0) + (num(row.values.Amount) ?? 0);
    byYear.set(y, year);
  }
  // Only whole years say anything about the season.
  const years = [...byYear.entries()]
    .filter(([, months]) => months.every((v) => v !== null))
    .sort((a, b) => a[0] - b[0]);
  if (years.length === 0) return undefined;
  return seasonalityCore(years.map(([, months]) => months));
}

/**
 * SalesTargets as the targets job writes them, with two things the command line adds: the
 * season from History and the joiners' ramp.
 */
export function seasonalTargets(
  inputs: Readonly<Record<string, ParsedTable>>,
  options: PipelineOptions & { readonly year: number },
): JobResult {
  const reps = inputs.Reps;
  const regions = options.targets?.source === "regions" ? inputs.Regions : undefined;
  const basis = targetBasis(reps);
  const plan = planTargets({
    reps: reps.rows.map((r) => ({
      repId: text(r.values.RepID),
      name: text(r.values.Name),
      region: text(r.values.Region),
      lastYearSales: num(r.values.LastYearSales),
      potential: num(r.values.Potential),
      hireDate: num(r.values.HireDate),
      endDate: num(r.values.EndDate),
    })),
    regions: regions?.rows.map((r) => ({ region: text(r.values.Region), target: num(r.values.Target) })),
    companyTarget: options.targets?.source === "company" ? options.targets.total : null,
    regionBasis: basis.region,
    repBasis: basis.rep,
    products: options.products.length > 0 ? options.products : undefined,
    fiscalYear: { startYear: options.year, startMonth: 1 },
    seasonality: historySeasonality(inputs.SalesHistory),
    ramp: DEFAULT_RAMP,
    decimals: 0,
  });
  const rows: OutputRow[] = plan.rows.map((r) => ({
    RepID: r.kind === "unassigned" ? UNASSIGNED : r.repId,
    Name: r.name,
    Region: r.region,
    Product: r.product,
    Period: r.period,
    Target: r.target,
  }));
  const totals: JobTotal[] = [
    { id: "companyTarget", value: plan.companyTarget },
    { id: "targetRows", value: sumMoney(rows.map((r) => r.Target)), expected: plan.companyTarget },
    ...plan.regions.map((g): JobTotal => ({
      id: "regionTarget",
      item: g.region,
      value: sumMoney(rows.filter((r) => r.Region === g.region).map((r) => r.Target)),
      expected: g.target,
    })),
  ];
  const unassigned = plan.regions.reduce((s, g) => s + g.unassigned, 0);
  if (unassigned !== 0) totals.push({ id: "unassigned", value: unassigned });
  const used = [
    reps,
    ...(regions ? [regions] : []),
    ...(found(inputs.SalesHistory) ? [inputs.SalesHistory] : []),
  ];
  return {
    action: "targets",
    outputs: [{ name: "SalesTargets", columns: targetColumns, rows }],
    totals,
    inputs: used,
  };
}
