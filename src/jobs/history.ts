/**
 * Targets with what a sales history adds: the season (from SalesHistory) and the joiners' ramp,
 * and the weight basis chosen from what the Reps table holds. Moved here from the command line so
 * the task pane and the CLI share it.
 */
import { SalesPlanError } from "../kernel/errors";
import type { Locale } from "../kernel/messages";
import { seasonalityCore, type Basis, type ProductMix } from "../engine/targets";
import { historySchema, readSpec, type InputTableSpec } from "../workbook/schema";
import type { ParsedTable } from "../workbook/parse";
import { isNotFound, requireClean } from "./inputs";
import { num, text, type JobResult } from "./job";
import { localize, type Localized } from "./localize";
import { jobMessages } from "./messages";
import { targetsJob, type TargetOptions } from "./targets";

/** Two or more years of monthly sales: the seasonality of the targets. Optional. ("History" is a sheet name Excel reserves.) */
export const historySpec: InputTableSpec = readSpec(historySchema);

/** Ramp of a joiner's quota by tenure month (SALES.RAMP's default story). */
export const DEFAULT_RAMP = [0.25, 0.5, 0.75, 1];

const found = (t: ParsedTable | undefined): t is ParsedTable => t !== undefined && !isNotFound(t);

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

/** The calendar years of the History table with all 12 months, oldest first, with their monthly sums. */
function wholeYears(history: ParsedTable): [number, (number | null)[]][] {
  const byYear = new Map<number, (number | null)[]>();
  for (const row of history.rows) {
    const [y, m] = text(row.values.Period).split("-").map(Number);
    const year = byYear.get(y) ?? new Array<number | null>(12).fill(null);
    year[m - 1] = (year[m - 1] ?? 0) + (num(row.values.Amount) ?? 0);
    byYear.set(y, year);
  }
  // Only whole years say anything about the season.
  return [...byYear.entries()]
    .filter(([, months]) => months.every((v) => v !== null))
    .sort((a, b) => a[0] - b[0]);
}

/** Calendar-month shares from the History table (each year normalised, years weighed equally). */
export function historySeasonality(history: ParsedTable | undefined): number[] | undefined {
  if (!found(history) || history.rows.length === 0) return undefined;
  const years = wholeYears(history);
  if (years.length === 0) return undefined;
  return seasonalityCore(years.map(([, months]) => months));
}

/** What the wizard shows about SalesHistory: found or not, its whole years and the season they give. */
export interface HistoryReport {
  readonly found: boolean;
  readonly sheet: string;
  readonly table: string | undefined;
  readonly rowCount: number;
  /** Calendar years with all 12 months. */
  readonly years: readonly number[];
  /** January..December shares (sum 1); null when no whole year (or the years cannot be read). */
  readonly seasonality: readonly number[] | null;
  readonly problems: readonly Localized[];
}

export function historyReport(history: ParsedTable): HistoryReport {
  const isFound = found(history);
  const problems = isFound ? history.problems.map((p) => localize(p.error)) : [];
  let seasonality: number[] | null = null;
  let years: number[] = [];
  if (isFound) {
    years = wholeYears(history).map(([y]) => y);
    try {
      seasonality = historySeasonality(history) ?? null;
    } catch (error) {
      problems.push(localize(error));
    }
  }
  return {
    found: isFound,
    sheet: history.sheet,
    table: history.table,
    rowCount: history.rowCount,
    years,
    seasonality,
    problems,
  };
}

/**
 * The targets job with the season taken from SalesHistory when the options ask for it (and the
 * table then counted among the audit's inputs); stops with what to do when the table is missing
 * or has no whole year.
 */
export function targetsWithHistory(
  inputs: {
    readonly reps?: ParsedTable;
    readonly regions?: ParsedTable;
    readonly history?: ParsedTable;
    readonly planAssignments?: ParsedTable;
  },
  options: TargetOptions,
): JobResult {
  const tables = { reps: inputs.reps, regions: inputs.regions, planAssignments: inputs.planAssignments };
  if (options.seasonalitySource !== "history") return targetsJob(tables, options);
  if (!found(inputs.history)) throw new SalesPlanError(jobMessages.historyNotFound);
  const history = requireClean(inputs.history, historySpec.name);
  const seasonality = historySeasonality(history);
  if (!seasonality) throw new SalesPlanError(jobMessages.historyNoWholeYear);
  return targetsJob({ ...tables, others: [history] }, { ...options, seasonality });
}

/**
 * SalesTargets as the targets job writes them, with the season from SalesHistory, the joiners'
 * ramp and the basis chosen from the data (calendar fiscal year, whole units).
 */
export function seasonalTargetsJob(
  inputs: {
    readonly reps: ParsedTable;
    readonly regions?: ParsedTable;
    readonly history?: ParsedTable;
    /** Optional: reps moved to another region carry targets in each (assignments.ts byRegion). */
    readonly planAssignments?: ParsedTable;
  },
  options: {
    readonly year: number;
    /** null: the Regions table's targets. */
    readonly companyTarget: number | null;
    readonly products: readonly ProductMix[];
    /** The language of the unassigned rows' RepID; default English. */
    readonly language?: Locale;
  },
): JobResult {
  const basis = targetBasis(inputs.reps);
  const useRegions = options.companyTarget === null;
  return targetsJob(
    {
      reps: inputs.reps,
      regions: useRegions ? inputs.regions : undefined,
      others: found(inputs.history) ? [inputs.history] : [],
      planAssignments: inputs.planAssignments,
    },
    {
      source: useRegions ? "regions" : "company",
      companyTarget: options.companyTarget,
      basis: "equal",
      blendHistory: 0,
      regionBasis: basis.region,
      repBasis: basis.rep,
      decimals: 0,
      fiscalYear: options.year,
      fiscalStartMonth: 1,
      products: options.products,
      seasonality: historySeasonality(inputs.history),
      ramp: DEFAULT_RAMP,
      language: options.language,
    },
  );
}
