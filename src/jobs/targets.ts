/** Targets: Reps (and Regions) in, the top-down plan from the targets engine, SalesTargets out. */
import { SalesPlanError } from "../kernel/errors";
import type { Locale } from "../kernel/messages";
import { excelRound, sumMoney } from "../kernel/money";
import { planTargets, targetMessages, type Basis, type ProductMix, type TargetPlan } from "../engine/targets";
import { rowLabels, targetColumns, type OutputRow } from "../workbook/outputs";
import type { ParsedTable } from "../workbook/parse";
import { requireClean } from "./inputs";
import { num, text, type JobResult, type JobTotal } from "./job";
import { jobMessages } from "./messages";
import { repsProblems } from "./screen";
import { byRegion } from "./assignments";

export type TargetBasisChoice = "history" | "potential" | "equal" | "blend";

export interface TargetOptions {
  /** The language of the unassigned rows' RepID; default English. */
  readonly language?: Locale;
  /** "company": split `companyTarget` to regions; "regions": each region's Target from Regions. */
  readonly source: "company" | "regions";
  readonly companyTarget: number | null;
  readonly basis: TargetBasisChoice;
  /** Blend: share of last year's sales, 0..100; the rest is potential. */
  readonly blendHistory: number;
  /** Rounding of every target: 2 = cents, 0 = units, -3 = thousands. */
  readonly decimals: number;
  readonly fiscalYear: number;
  /** 1 = January. */
  readonly fiscalStartMonth: number;
  /** Product lines and their weights; empty: no product split. */
  readonly products: readonly ProductMix[];
  /** 12 calendar-month weights (January first); left out: equal months. */
  readonly seasonality?: readonly number[];
  /**
   * Where the season comes from: "history" = the SalesHistory table (the front end reads it and
   * fills `seasonality`, see targetsWithHistory); otherwise `seasonality` as given.
   */
  readonly seasonalitySource?: "none" | "history" | "typed";
  /** Every rep with a weight first gets this much of the annual target (0 or left out: none). */
  readonly repMinimum?: number;
  /** Ramp factors of a joiner's quota by tenure month (SALES.RAMP's), e.g. [0.25, 0.5, 0.75, 1]. */
  readonly ramp?: readonly number[];
  /** Overrides of `basis` for the company-to-regions and the region-to-reps steps. */
  readonly regionBasis?: Basis;
  readonly repBasis?: Basis;
}

export const defaultTargetOptions: TargetOptions = {
  source: "company",
  companyTarget: null,
  basis: "history",
  blendHistory: 60,
  decimals: 0,
  fiscalYear: new Date().getFullYear(),
  fiscalStartMonth: 1,
  products: [],
};

/** Rows the engine leaves to nobody (joiners' ramp, leavers' months) carry this RepID, in English. */
export const UNASSIGNED = rowLabels.unassigned.en;

/** Whether a SalesTargets RepID is the unassigned row's, written in either language. */
export function isUnassigned(repId: string): boolean {
  return repId === rowLabels.unassigned.en || repId === rowLabels.unassigned.zh;
}

function basisOf(options: TargetOptions): Basis {
  if (options.basis !== "blend") return options.basis;
  const h = options.blendHistory;
  if (!Number.isFinite(h) || h < 0 || h > 100)
    throw new SalesPlanError(jobMessages.blendOutOfRange, { value: h });
  return { history: h / 100, potential: 1 - h / 100 };
}

export function targetsJob(
  inputs: {
    readonly reps?: ParsedTable;
    readonly regions?: ParsedTable;
    /** Other tables the options came from (e.g. the sales history behind `seasonality`), for the audit. */
    readonly others?: readonly ParsedTable[];
    /** The optional PlanAssignments table: a rep moved to another region carries targets in both. */
    readonly planAssignments?: ParsedTable;
  },
  options: TargetOptions,
): JobResult {
  const reps = requireClean(inputs.reps, "Reps");
  const useRegions = options.source === "regions";
  const regions = useRegions ? requireClean(inputs.regions, "Regions") : undefined;
  // A leaver before their hire date, a region Regions lacks: named by cell, not by the engine's index.
  requireClean({ ...reps, problems: repsProblems(reps, regions) }, "Reps");
  if (!useRegions && (options.companyTarget === null || !Number.isFinite(options.companyTarget)))
    throw new SalesPlanError(jobMessages.noTargetGiven);
  const basis = basisOf(options);
  const repInputs = reps.rows.map((r) => ({
    repId: text(r.values.RepID),
    name: text(r.values.Name),
    region: text(r.values.Region),
    lastYearSales: num(r.values.LastYearSales),
    potential: num(r.values.Potential),
    hireDate: num(r.values.HireDate),
    endDate: num(r.values.EndDate),
  }));
  const moved = inputs.planAssignments
    ? byRegion(repInputs, inputs.planAssignments, reps, regions, options)
    : null;
  const plan = withMinimumMessage(options, () =>
    planTargets({
      reps: moved?.reps ?? repInputs,
      regions: regions?.rows.map((r) => ({ region: text(r.values.Region), target: num(r.values.Target) })),
      companyTarget: useRegions ? null : options.companyTarget,
      regionBasis: options.regionBasis ?? basis,
      repBasis: options.repBasis ?? basis,
      products: options.products.length > 0 ? options.products : undefined,
      fiscalYear: { startYear: options.fiscalYear, startMonth: options.fiscalStartMonth },
      seasonality: options.seasonality,
      ramp: options.ramp,
      decimals: options.decimals,
      repMinimum: options.repMinimum,
    }),
  );
  const rows: OutputRow[] = plan.rows.map((r) => ({
    RepID:
      r.kind === "unassigned"
        ? rowLabels.unassigned[options.language ?? "en"]
        : (moved?.idOf(r.repId) ?? r.repId),
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
  totals.push(
    {
      id: "regionsTotal",
      value: sumMoney(totals.filter((t) => t.id === "regionTarget").map((t) => t.value)),
      expected: plan.companyTarget,
    },
    ...quarterTotals(plan, rows),
  );
  const unassigned = plan.regions.reduce((s, g) => s + g.unassigned, 0);
  if (unassigned !== 0) totals.push({ id: "unassigned", value: unassigned });
  return {
    action: "targets",
    outputs: [{ name: "SalesTargets", columns: targetColumns, rows }],
    totals,
    inputs: [
      reps,
      ...(regions ? [regions] : []),
      ...(inputs.others ?? []),
      ...(moved ? [inputs.planAssignments!] : []),
    ],
  };
}

/**
 * Fiscal quarters: each the sum of its rows, expected to equal the regions' quarters as the engine
 * built them; then the four quarters, expected to equal the company target.
 */
function quarterTotals(plan: TargetPlan, rows: readonly OutputRow[]): JobTotal[] {
  const quarterOf = new Map(plan.periods.map((p) => [p.label, p.quarter - 1]));
  const byQuarter: number[][] = [[], [], [], []];
  for (const row of rows) {
    const q = quarterOf.get(String(row.Period));
    if (q !== undefined) byQuarter[q].push(row.Target as number);
  }
  const lines = byQuarter.map((values, q): JobTotal => {
    const months = plan.periods.filter((p) => p.quarter === q + 1);
    return {
      id: "quarterTarget",
      item: `Q${q + 1} (${months[0].label} – ${months[months.length - 1].label})`,
      value: sumMoney(values),
      expected: sumMoney(plan.regions.map((g) => g.quarters[q])),
    };
  });
  return [
    ...lines,
    { id: "quartersTotal", value: sumMoney(lines.map((l) => l.value)), expected: plan.companyTarget },
  ];
}

/** The engine's "minimums exceed the total" in the wizard's words, with the largest minimum that fits. */
function withMinimumMessage(options: TargetOptions, build: () => TargetPlan): TargetPlan {
  try {
    return build();
  } catch (error) {
    if (!(error instanceof SalesPlanError) || error.template !== targetMessages.minimumsExceedTotal)
      throw error;
    const count = Number(error.params.count);
    const total = Number(error.params.total);
    // The largest minimum every rep of that region can get, rounded down to the targets' unit.
    const step = 10 ** -options.decimals;
    const max = excelRound(Math.floor(excelRound(total / count / step, 6)) * step, options.decimals);
    throw new SalesPlanError(jobMessages.minimumTooHigh, {
      minimum: options.repMinimum ?? 0,
      count,
      total,
      max,
    });
  }
}
