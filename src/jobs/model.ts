/**
 * Plan cost modelling: the workbook's plan (or two plans side by side) run by the payout engine over
 * every rep with targets in the plan year, at scenarios of attainment (each rep's targets times the
 * scenario as actuals) or of last year's sales (times the scenario), into SalesPlanModel. The same
 * job for `salesplan model` and the plan wizard's Model cost step.
 */
import { monthKey, serialOf } from "../kernel/calendar";
import { SalesPlanError } from "../kernel/errors";
import type { Locale, MessageTable } from "../kernel/messages";
import { excelRound, sumMoney } from "../kernel/money";
import { computePayouts, measureKey, type MeasureAmount, type Plan, type Rep } from "../engine/incentives";
import { planModelColumns, type OutputRow } from "../workbook/outputs";
import type { ParsedTable } from "../workbook/parse";
import { isNotFound, requireClean } from "./inputs";
import { num, text, type JobResult } from "./job";
import { assembleTargets } from "./measureTargets";
import { amountKey, percentileInc, scenarioAmounts, scenarioPay } from "./modelScenario";
import { planYear } from "./screen";

export const modelMessages = {
  noPlan: {
    en: "No incentive plan in this workbook (SalesPlan table): save a plan before modelling its cost",
    zh: "此工作簿中没有奖金方案（SalesPlan 表）：请先保存方案，再测算其成本",
  },
  badScenario: {
    en: 'Scenario "{value}" is not a number above 0: give attainments like 0.8,0.9,1,1.1,1.2',
    zh: "情景“{value}”不是大于 0 的数字：请按 0.8,0.9,1,1.1,1.2 的格式填写达成率",
  },
  noScenarios: {
    en: "No scenario to model: give at least one attainment, like 0.8,1,1.2",
    zh: "没有要测算的情景：请至少给出一个达成率，如 0.8,1,1.2",
  },
  badBasis: {
    en: 'Basis "{value}" is not one of scaled, lastyear',
    zh: "测算基础“{value}”无效：只能是 scaled 或 lastyear",
  },
  noTargets: {
    en: "No rep has a target for {measures} in {year} (SalesTargets, MeasureTargets): nothing to model",
    zh: "{year} 年没有任何销售代表有 {measures} 的目标（SalesTargets、MeasureTargets）：无可测算内容",
  },
  noLastYear: {
    en: "No rep has last year's sales ({year}): add SalesHistory rows with RepID, or LastYearSales in Reps",
    zh: "没有任何销售代表有去年（{year} 年）的销售额：请在 SalesHistory 中按 RepID 填写，或在 Reps 中填写 LastYearSales",
  },
  basisScaled: { en: "scaled", zh: "按目标" },
  basisLastYear: { en: "last year", zh: "按去年" },
} as const satisfies MessageTable;

/** scaled: every rep at the scenario x their targets; lastyear: last year's sales x the scenario. */
export type ModelBasis = "scaled" | "lastyear";

export const DEFAULT_SCENARIOS: readonly number[] = [0.8, 0.9, 1, 1.1, 1.2];

export interface ModelInputs {
  readonly reps?: ParsedTable;
  readonly salesTargets?: ParsedTable;
  readonly measureTargets?: ParsedTable;
  /** SalesHistory: last year's sales per rep and month (rows with a RepID), for the lastyear basis. */
  readonly history?: ParsedTable;
}

export interface ModelOptions {
  /** The plan, and a second one to model side by side (another version, a proposal). */
  readonly plans: readonly Plan[];
  readonly scenarios: readonly number[];
  readonly basis: ModelBasis;
  /** A flat monthly target per measure (the plan wizard's), used where no table gives one. */
  readonly measureTargets?: Readonly<Record<string, number | null>>;
  /** The plan year; absent: the year most SalesTargets rows fall in. */
  readonly year?: number;
  readonly language?: Locale;
  /** The year when no table says it. */
  readonly fallbackYear?: number;
}

/** One row of the model with the pay of every modelled rep, sorted, for a distribution chart. */
export interface ModelLine {
  readonly scenario: number;
  readonly plan: string;
  readonly version: string;
  readonly payouts: readonly number[];
}

export interface ModelJobResult extends JobResult {
  readonly lines: readonly ModelLine[];
  readonly year: number;
}

/** The scenarios checked: each a finite number above 0, at least one. */
export function checkScenarios(scenarios: readonly unknown[]): number[] {
  if (scenarios.length === 0) throw new SalesPlanError(modelMessages.noScenarios);
  return scenarios.map((s) => {
    const value = typeof s === "number" ? s : typeof s === "string" && s.trim() !== "" ? Number(s) : NaN;
    if (!Number.isFinite(value) || value <= 0)
      throw new SalesPlanError(modelMessages.badScenario, { value: String(s) });
    return value;
  });
}

/** "0.8,0.9,1" as scenarios; each part checked. */
export function parseScenarios(written: string): number[] {
  const parts = written.split(/[,，]/).map((p) => p.trim());
  return checkScenarios(parts.length === 1 && parts[0] === "" ? [] : parts);
}

export function parseBasis(written: string): ModelBasis {
  const value = written.trim().toLowerCase();
  if (value === "scaled" || value === "lastyear") return value;
  throw new SalesPlanError(modelMessages.badBasis, { value: written });
}

const found = (t: ParsedTable | undefined): t is ParsedTable => t !== undefined && !isNotFound(t);

/**
 * The measure whose credited actuals cost of sales divides by: the plan's measure named Revenue
 * (or 收入, 销售额), else its first measure.
 */
export function revenueMeasure(plan: Plan): string {
  const names = new Set(["revenue", "收入", "销售额"]);
  return (plan.measures.find((m) => names.has(measureKey(m.name))) ?? plan.measures[0]).name;
}

/**
 * Last year's sales of each rep on the revenue measure, by month of the plan year: SalesHistory's
 * rows with the rep's RepID in the year before, else Reps' LastYearSales spread like the rep's
 * revenue targets. Reps with neither are not in the map.
 */
function lastYearSales(
  reps: readonly Rep[],
  lastYear: ReadonlyMap<string, number>,
  history: ParsedTable | undefined,
  revenue: readonly MeasureAmount[],
  year: number,
): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const r of found(history) ? history.rows : []) {
    const id = text(r.values.RepID);
    const period = text(r.values.Period);
    if (!id || Number(period.slice(0, 4)) !== year - 1) continue;
    const month = monthKey({ year, month: Number(period.slice(5, 7)) });
    const months = out.get(id) ?? new Map<string, number>();
    months.set(month, (months.get(month) ?? 0) + (num(r.values.Amount) ?? 0));
    out.set(id, months);
  }
  for (const rep of reps) {
    const total = lastYear.get(rep.id) ?? null;
    if (out.has(rep.id) || total === null || total <= 0) continue;
    const own = revenue.filter((t) => t.repId === rep.id);
    const sum = own.reduce((s, t) => s + t.amount, 0);
    if (sum <= 0) continue;
    out.set(rep.id, new Map(own.map((t) => [t.period, (total * t.amount) / sum])));
  }
  return out;
}

/** The model: one SalesPlanModel row per scenario and plan, in scenario order, plans side by side. */
export function modelJob(inputs: ModelInputs, options: ModelOptions): ModelJobResult {
  if (options.plans.length === 0) throw new SalesPlanError(modelMessages.noPlan);
  const scenarios = checkScenarios(options.scenarios);
  const language = options.language ?? "en";
  const repsTable = requireClean(inputs.reps, "Reps");
  const year =
    options.year ??
    planYear(
      found(inputs.salesTargets) ? inputs.salesTargets : undefined,
      options.fallbackYear ?? new Date().getFullYear(),
    );
  const months = Array.from({ length: 12 }, (_, i) => monthKey({ year, month: i + 1 }));
  // A rep who left before the plan year has no cost in it.
  const yearStart = serialOf(year, 1, 1);
  const current = repsTable.rows.filter((r) => (num(r.values.EndDate) ?? yearStart) >= yearStart);
  const reps: Rep[] = current.map((r) => ({
    id: text(r.values.RepID),
    name: text(r.values.Name),
    ...(text(r.values.Role) ? { role: text(r.values.Role) } : {}),
    targetIncentive: num(r.values.TargetIncentive),
    hireDate: num(r.values.HireDate),
    endDate: num(r.values.EndDate),
  }));
  const lastYear = new Map(current.map((r) => [text(r.values.RepID), num(r.values.LastYearSales) ?? 0]));
  const basisLabel = (options.basis === "scaled" ? modelMessages.basisScaled : modelMessages.basisLastYear)[
    language
  ];

  const rows: OutputRow[] = [];
  const lines: ModelLine[] = [];
  const used = new Map<string, ParsedTable>([[repsTable.name, repsTable]]);
  const runs = options.plans.map((plan) => {
    const assembled = assembleTargets(
      plan,
      options.measureTargets ?? {},
      {
        reps: { ...repsTable, rows: current },
        salesTargets: inputs.salesTargets,
        measureTargets: inputs.measureTargets,
      },
      months,
    );
    for (const t of assembled.used) used.set(t.name, t);
    const revenue = revenueMeasure(plan);
    const revenueKey = measureKey(revenue);
    const targets = assembled.targets;
    if (!targets.some((t) => t.amount > 0))
      throw new SalesPlanError(modelMessages.noTargets, {
        measures: plan.measures.map((m) => m.name).join(", "),
        year,
      });
    const revenueTargets = targets.filter((t) => measureKey(t.measure) === revenueKey);
    let sales: Map<string, Map<string, number>> | null = null;
    if (options.basis === "lastyear") {
      sales = lastYearSales(reps, lastYear, inputs.history, revenueTargets, year);
      if (found(inputs.history)) used.set(inputs.history.name, inputs.history);
      if (sales.size === 0) throw new SalesPlanError(modelMessages.noLastYear, { year: year - 1 });
    }
    // The reps with a target in the year (and, on last year's basis, last year's sales).
    const modelled = new Set(
      targets.filter((t) => t.amount > 0 && (!sales || sales.has(t.repId))).map((t) => t.repId),
    );
    const ownTargets = targets.filter((t) => modelled.has(t.repId));
    const revenueTarget = new Map(
      revenueTargets.map((t) => [`${t.repId}\u0000${t.period}`, t.amount] as const),
    );
    return {
      plan,
      revenue,
      revenueKey,
      ownTargets,
      sales,
      revenueTarget,
      reps: reps.filter((r) => modelled.has(r.id)),
    };
  });

  for (const scenario of scenarios)
    for (const run of runs) {
      const { plan, sales } = run;
      // Last year's sales times the scenario on the revenue measure; every other measure (and gate) at
      // the attainment that gives in the month, or the scenario where the month has no revenue target.
      const attainmentOf = (repId: string, period: string): number => {
        if (!sales) return scenario;
        const target = run.revenueTarget.get(`${repId}\u0000${period}`) ?? 0;
        return target > 0 ? (scenario * (sales.get(repId)?.get(period) ?? 0)) / target : scenario;
      };
      const fixed = sales ? new Map<string, number>() : undefined;
      if (sales && fixed)
        for (const [repId, byMonth] of sales)
          for (const [period, amount] of byMonth)
            fixed.set(amountKey(repId, period, run.revenue), excelRound(scenario * amount, 2));
      const amounts = scenarioAmounts(plan, run.ownTargets, attainmentOf, fixed);
      const result = computePayouts({
        plan,
        reps: run.reps.map((r) => ({ ...r, drawBalance: 0 })),
        targets: amounts.targets,
        actuals: amounts.actuals,
        language,
      });
      const pay = scenarioPay(plan, result);
      const payouts = run.reps.map((r) => (pay.cents.get(r.id) ?? 0) / 100).sort((a, b) => a - b);
      const revenue = sumMoney(
        amounts.actuals.filter((a) => measureKey(a.measure) === run.revenueKey).map((a) => a.amount),
      );
      const payout = sumMoney(payouts);
      rows.push({
        Scenario: scenario,
        Basis: basisLabel,
        Plan: plan.name,
        Version: plan.version,
        Reps: run.reps.length,
        Revenue: revenue,
        Payout: payout,
        CostOfSales: revenue > 0 ? payout / revenue : null,
        AboveCap: pay.aboveCap.size,
        PayoutP10: percentileInc(payouts, 0.1),
        PayoutP50: percentileInc(payouts, 0.5),
        PayoutP90: percentileInc(payouts, 0.9),
        PayoutMax: payouts.length ? payouts[payouts.length - 1] : null,
      });
      lines.push({ scenario, plan: plan.name, version: plan.version, payouts });
    }
  const first = options.plans[0];
  return {
    action: "model",
    plan: first.name,
    version: first.version,
    outputs: [{ name: "SalesPlanModel", columns: planModelColumns, rows }],
    totals: [],
    inputs: [...used.values()],
    lines,
    year,
  };
}
