/**
 * The scorecards' records: the plan and its KPIs, the tables read (reps, targets, activities) and
 * the columnar result with its plain-record view.
 */
import type { SalesPlanError } from "../../kernel/errors";
import type { BandRow } from "./band";
import type { Direction } from "./score";

/** Process KPIs (visits, calls, proposals, proposal quality) lead; result KPIs (revenue, collection) lag. */
export type KpiKind = "process" | "result";

/**
 * What a missing KPI value does to a rep's score: "report" (the default) leaves the score empty
 * and lists the gap; "zero" gives the KPI no credit (achievement 0, in either direction); "skip" leaves the KPI out and re-weights the rest.
 * Every policy lists the missing KPIs on the row and in `issues`.
 */
export type MissingPolicy = "report" | "zero" | "skip";

export interface KpiDefinition {
  /** The KPI's name as in the Activities table header (matched case- and space-insensitively). */
  readonly name: string;
  readonly kind: KpiKind;
  /** Relative weight within the KPI's group (or within the whole card without group weights). */
  readonly weight: number;
  /** "up" (default): more is better, achievement = value / target; "down": target / value. */
  readonly direction?: Direction;
  /** Highest achievement credited, e.g. 1.2 = 120%; defaults to the plan's cap. */
  readonly cap?: number;
  /** Achievement below this earns no credit for this KPI (e.g. 0.5: under half the target counts 0). */
  readonly floor?: number;
  /**
   * A gate on the raw value: a value worse than this (below it for "up", above it for "down") sets
   * the whole score to 0, e.g. collection rate gate 0.8.
   */
  readonly gate?: number;
}

export interface ScorecardPlan {
  readonly kpis: readonly KpiDefinition[];
  /** The balance between the groups, e.g. { process: 40, result: 60 }; without it, KPI weights alone. */
  readonly groupWeights?: { readonly process: number; readonly result: number };
  /** Default achievement cap for every KPI: 1.2 (120%). */
  readonly cap?: number;
  /** Bands (minimum score, label); default A >= 100, B >= 85, C >= 70, D >= 0. */
  readonly bands?: readonly BandRow[];
  readonly missing?: MissingPolicy;
}

export interface ScorecardRep {
  readonly rep: string;
  readonly name?: string;
  readonly region?: string;
  /** Reps without a team form one team, "". */
  readonly team?: string;
  /**
   * The team and region in force in a period, where they change during the year (PlanAssignments:
   * a transfer); undefined for a period keeps `team` and `region`.
   */
  readonly inForce?: (period: string) => { readonly team?: string; readonly region?: string } | undefined;
  /** Role (e.g. "AE", "SDR") for role-level targets. */
  readonly role?: string;
}

/**
 * A target for one KPI. Leave `rep`, `role` and `period` out to make it broader: the most specific
 * target wins, in the order rep+period, rep, role+period, role, period, everyone.
 */
export interface KpiTarget {
  readonly kpi: string;
  readonly target: unknown;
  readonly rep?: string;
  readonly role?: string;
  readonly period?: string;
}

/** One row of the Activities table: a rep's KPI values for one period (blank = missing). */
export interface KpiActuals {
  readonly rep: string;
  readonly period: string;
  readonly values: Readonly<Record<string, unknown>>;
}

export interface ScorecardInput {
  readonly plan: ScorecardPlan;
  /** The Reps table; when given, every rep in `actuals` must be in it. */
  readonly reps?: readonly ScorecardRep[];
  readonly targets: readonly KpiTarget[];
  readonly actuals: readonly KpiActuals[];
}

/**
 * One rep in one period, as a plain record (see `scorecardRow`). Per-KPI arrays are indexed like
 * `ScorecardResult.kpis` and hold NaN, not null, where there is no number.
 */
export interface ScorecardRow {
  readonly rep: string;
  readonly name: string;
  readonly team: string;
  readonly region: string;
  readonly period: string;
  /** Raw values; NaN where missing (whatever the missing policy: the value was not there). */
  readonly values: readonly number[];
  readonly targets: readonly number[];
  /**
   * value / target ("up") or target / value ("down"), before cap and floor; NaN where missing
   * (0 with the "zero" policy). A "down" KPI at 0 gets the cap.
   */
  readonly achievements: readonly number[];
  /** The achievement credited to the score: capped, 0 under the floor; NaN where not counted. */
  readonly credits: readonly number[];
  /** Weighted score of each group, 0..100*cap; null when the group has no KPI or a missing value. */
  readonly processScore: number | null;
  readonly resultScore: number | null;
  /** The weighted score, 0..100*cap; null when a missing value is reported (policy "report"). */
  readonly score: number | null;
  readonly band: string | null;
  /** Competition rank (1, 1, 3) among the team's / region's reps in the same period. */
  readonly teamRank: number | null;
  readonly regionRank: number | null;
  /** The KPI whose gate set the score to 0, if any. */
  readonly gatedBy: string | null;
  readonly missing: readonly string[];
}

/** The median per KPI of one team in one period, over the reps that have a value (NaN if none). */
export interface TeamMedian {
  readonly team: string;
  readonly period: string;
  readonly values: readonly number[];
  readonly achievements: readonly number[];
}

/** A problem that did not stop the run (a missing value), with its message in both languages. */
export interface ScorecardIssue {
  readonly rep: string;
  readonly period: string;
  readonly kpi: string;
  readonly error: SalesPlanError;
}

/**
 * Scorecards in columns: row i is the i-th record of `actuals`; per-KPI figures are row-major
 * (row i, KPI k at i * kpis.length + k). Columns, not an object per row, because 10,000 reps x
 * 12 months x 8 KPIs must compute in well under 200 ms and every retained object costs. Use
 * `scorecardRow(result, i)` or `scorecardRows(result)` for plain records.
 */
export interface ScorecardResult {
  /** The plan's KPIs with every default filled in, in the plan's order. */
  readonly kpis: readonly Required<KpiDefinition>[];
  /** Number of rows. */
  readonly size: number;
  readonly reps: readonly string[];
  readonly names: readonly string[];
  readonly teams: readonly string[];
  readonly regions: readonly string[];
  readonly periods: readonly string[];
  /** Raw values, NaN where missing. */
  readonly values: Float64Array;
  /** The target vector per row (one per KPI); rows with the same targets share one vector. */
  readonly targets: readonly Float64Array[];
  /** Before cap and floor; NaN where missing (0 under the "zero" policy). */
  readonly achievements: Float64Array;
  /** Per row; NaN where there is no score. */
  readonly processScores: Float64Array;
  readonly resultScores: Float64Array;
  readonly scores: Float64Array;
  readonly bands: readonly (string | null)[];
  /** Competition ranks (1, 1, 3) within team / region and period; 0 for rows without a score. */
  readonly teamRanks: Int32Array;
  readonly regionRanks: Int32Array;
  /** Index of the KPI whose gate zeroed the score, or -1. */
  readonly gatedBy: Int32Array;
  /** Missing KPI names by row, for the rows that have any. */
  readonly missing: ReadonlyMap<number, readonly string[]>;
  readonly medians: readonly TeamMedian[];
  readonly issues: readonly ScorecardIssue[];
}
