/**
 * One-to-one reviews as records, one per rep scored in the period: the scorecard and the KPI trend,
 * strongest KPIs and those below the team median, last review's actions with their status
 * (ReviewNotes), development items with their KPI before and after and proposals from the coaching
 * library (CoachingLibrary, else the built-in suggestions), and mentoring (ramp attainment against
 * reps hired in the same quarter). The pane shows them; reviewSheet.ts prints them, one rep a file.
 */
import { SalesPlanError } from "../kernel/errors";
import type { Locale } from "../kernel/messages";
import {
  isDone,
  proposeDevelopment,
  type MentoringLine,
  type ProposedItem,
  type RampMonth,
} from "../engine/people";
import { coachingTips, developmentLines, mentoringOf, type DevelopmentLine } from "./development";
import { buildReviews, scorecardRows, type KpiComparison, type KpiKind } from "../engine/scorecards";
import { monthKey, monthOf } from "../kernel/calendar";
import type { WorkbookHost } from "../workbook/host";
import { activitiesSpec, actualsSpec, repsSpec } from "../workbook/inputs";
import { dealsSpec } from "./organisation";
import type { ParsedTable } from "../workbook/parse";
import { isNotFound, requireClean, type Mappings } from "./inputs";
import { num, text } from "./job";
import { readRepExtras, recomputePayouts } from "./ledger";
import { jobMessages } from "./messages";
import { monthEndMessages } from "./monthEndMessages";
import {
  checkPeopleReferences,
  coachingLibrarySpec,
  developmentSpec,
  optional,
  reviewNotesSpec,
} from "./people";
import { computeScorecards, type ScorecardOptions } from "./scorecards";

/** Months of the KPI trend, up to the review's period. */
export const TREND_MONTHS = 6;

export interface KpiLine {
  readonly kpi: string;
  readonly kind: KpiKind;
  /** null where the month has no value. */
  readonly value: number | null;
  readonly target: number | null;
  readonly achievement: number | null;
  /** The achievement the score credits (capped, floored). */
  readonly credit: number | null;
  /** The team's median achievement of the KPI in the period. */
  readonly teamMedian: number | null;
}

export type ActionState = "done" | "overdue" | "open";

export interface ReviewAction {
  readonly action: string;
  readonly owner: string;
  readonly due: number | null;
  readonly status: string;
  /** Done by its Status; overdue when due by the end of the review's period and not done. */
  readonly state: ActionState;
}

export interface LastReview {
  readonly period: string;
  readonly date: number | null;
  readonly reviewer: string;
  readonly strengths: string;
  readonly gaps: string;
  readonly actions: readonly ReviewAction[];
}

export interface RepReviewRecord {
  readonly repId: string;
  readonly name: string;
  readonly region: string;
  readonly period: string;
  readonly language: Locale;
  readonly score: number | null;
  readonly band: string | null;
  readonly teamRank: number | null;
  /** Reps with a score in the team in the period. */
  readonly teamSize: number;
  readonly kpis: readonly KpiLine[];
  /** The trend's months, oldest first, ending with the review's period. */
  readonly trendPeriods: readonly string[];
  /** Per KPI (the scorecard's order), its value in each trend month. */
  readonly trend: readonly { readonly kpi: string; readonly values: readonly (number | null)[] }[];
  readonly scores: readonly (number | null)[];
  readonly strongest: readonly KpiComparison[];
  /** Below the team median, weakest first (a KPI can be above its own target and still here). */
  readonly weakest: readonly KpiComparison[];
  readonly lastReview: LastReview | null;
  readonly development: readonly DevelopmentLine[];
  readonly proposals: readonly ProposedItem[];
  /** The rep's own ramp as a mentee; null when the rep has no mentor. */
  readonly ownRamp: MentoringLine | null;
  /** The rep's mentees' ramps, when the rep mentors. */
  readonly mentees: readonly MentoringLine[];
}

export interface ReviewsOptions {
  /** "2026-03" */
  readonly period: string;
  /** The language of reps without a Language in Reps. */
  readonly lang: Locale;
  /** The scorecard's definition; null: there is none, and no review can be built. */
  readonly scorecard: ScorecardOptions | null;
  readonly mappings?: Mappings;
}

export interface ReviewsResult {
  readonly records: RepReviewRecord[];
  /** Every mentoring line of the period, mentors and mentees named (for the manager, not a rep's file). */
  readonly mentoring: readonly MentoringLine[];
  /** Every rep the workbook names (Reps and the scorecard), whom a rep's file must not name. */
  readonly reps: readonly { readonly id: string; readonly name: string }[];
}

const found = (t: ParsedTable | undefined): t is ParsedTable => t !== undefined && !isNotFound(t);
const nan = (x: number): number | null => (Number.isNaN(x) ? null : x);
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Every rep's review for the period, read from the workbook. */
export async function reviewRecords(host: WorkbookHost, options: ReviewsOptions): Promise<ReviewsResult> {
  if (options.scorecard === null) throw new SalesPlanError(jobMessages.reviewsNoScorecard);
  const mappings = options.mappings ?? {};
  // One batch: inside Excel, one Excel.run for the six tables.
  const [reps, activities, actuals, deals, notesTable, developmentTable, libraryTable] =
    await host.readTables([
      { spec: repsSpec, mapping: mappings.Reps ?? {} },
      { spec: activitiesSpec, mapping: mappings.Activities ?? {} },
      { spec: actualsSpec, mapping: mappings.Actuals ?? {} },
      { spec: dealsSpec },
      { spec: reviewNotesSpec },
      { spec: developmentSpec },
      { spec: coachingLibrarySpec },
    ]);
  const repsTable = found(reps) ? requireClean(reps, "Reps") : undefined;
  const reviewNotes = optional(notesTable, "ReviewNotes");
  const development = optional(developmentTable, "Development");
  const library = optional(libraryTable, "CoachingLibrary");
  checkPeopleReferences(repsTable, { ReviewNotes: reviewNotes, Development: development });
  const { result } = computeScorecards(
    { reps: repsTable, activities, actuals: found(actuals) ? actuals : undefined, deals },
    options.scorecard,
  );
  const kpiNames = result.kpis.map((k) => k.name);
  const tips = coachingTips(library, kpiNames, found(activities) ? activities : undefined);
  const info = await readRepExtras(host, mappings);
  const mentoring = mentoringOf(repsTable, await rampMonths(host, mappings, options.lang), options.period);

  const rows = scorecardRows(result);
  const reviews = buildReviews(result, tips ? { coaching: tips } : {});
  const byRep = new Map<string, number[]>();
  rows.forEach((r, i) => {
    let list = byRep.get(r.rep);
    if (!list) byRep.set(r.rep, (list = []));
    list.push(i);
  });
  const medians = new Map(result.medians.map((m) => [`${m.team}\u0000${m.period}`, m.achievements]));
  const records: RepReviewRecord[] = [];
  rows.forEach((row, at) => {
    if (row.period !== options.period) return;
    const language = info.get(row.rep)?.language ?? options.lang;
    const own = (byRep.get(row.rep) ?? []).map((i) => rows[i]).sort((a, b) => byText(a.period, b.period));
    const trendRows = own.filter((r) => r.period <= options.period).slice(-TREND_MONTHS);
    const median = medians.get(`${row.team}\u0000${row.period}`);
    const review = reviews[at];
    // Strongest means above the median, below means below it: a KPI at the median is neither.
    const weakest = review.weakest.filter((c) => c.gap < 0);
    const valuesOf = (k: number) =>
      own.flatMap((r) => (Number.isNaN(r.values[k]) ? [] : [{ period: r.period, value: r.values[k] }]));
    records.push({
      repId: row.rep,
      name: row.name,
      region: row.region,
      period: row.period,
      language,
      score: row.score,
      band: row.band,
      teamRank: row.teamRank,
      teamSize: rows.filter((r) => r.period === row.period && r.team === row.team && r.score !== null).length,
      kpis: result.kpis.map((kpi, k) => ({
        kpi: kpi.name,
        kind: kpi.kind,
        value: nan(row.values[k]),
        target: nan(row.targets[k]),
        achievement: nan(row.achievements[k]),
        credit: nan(row.credits[k]),
        teamMedian: median ? nan(median[k]) : null,
      })),
      trendPeriods: trendRows.map((r) => r.period),
      trend: kpiNames.map((kpi, k) => ({ kpi, values: trendRows.map((r) => nan(r.values[k])) })),
      scores: trendRows.map((r) => r.score),
      strongest: review.strongest.filter((c) => c.gap > 0),
      weakest,
      lastReview: lastReview(reviewNotes, row.rep, options.period),
      development: developmentLines(development, row.rep, kpiNames, valuesOf, options.period),
      proposals: proposeDevelopment(weakest, tips, language),
      ownRamp: mentoring.find((m) => m.mentee === row.rep) ?? null,
      mentees: mentoring.filter((m) => m.mentor === row.rep),
    });
  });
  if (records.length === 0) throw new SalesPlanError(jobMessages.reviewsNone, { period: options.period });
  const everyone = new Map<string, string>();
  for (const r of repsTable?.rows ?? []) everyone.set(text(r.values.RepID), text(r.values.Name));
  for (const r of rows) if (!everyone.get(r.rep)) everyone.set(r.rep, r.name);
  return { records, mentoring, reps: [...everyone].map(([id, name]) => ({ id, name })) };
}

/** The last review before `period`: its notes and every action agreed in it. */
export function lastReview(notes: ParsedTable | undefined, rep: string, period: string): LastReview | null {
  const earlier = (notes?.rows ?? []).filter(
    (r) => text(r.values.RepID) === rep && text(r.values.Period) < period,
  );
  if (earlier.length === 0) return null;
  const latest = earlier.map((r) => text(r.values.Period)).sort(byText)[earlier.length - 1];
  const held = earlier.filter((r) => text(r.values.Period) === latest);
  const first = (key: string) => held.map((r) => text(r.values[key])).find((v) => v.trim() !== "") ?? "";
  const dates = held.map((r) => num(r.values.Date)).filter((d): d is number => d !== null);
  return {
    period: latest,
    date: dates.length > 0 ? Math.max(...dates) : null,
    reviewer: first("Reviewer"),
    strengths: first("Strengths"),
    gaps: first("Gaps"),
    actions: held
      .filter((r) => text(r.values.Actions).trim() !== "")
      .map((r): ReviewAction => {
        const due = num(r.values.Due);
        const status = text(r.values.Status);
        const state: ActionState = isDone(status)
          ? "done"
          : due !== null && monthKey(monthOf(due)) <= period
            ? "overdue"
            : "open";
        return { action: text(r.values.Actions), owner: text(r.values.Owner), due, status, state };
      }),
  };
}

/**
 * Each rep's primary measure (the plan's first) by month, actual and ramped target, as the
 * payouts compute them; none when the workbook has no plan or no actuals (no ramp to compare).
 */
export async function rampMonths(host: WorkbookHost, mappings: Mappings, lang: Locale): Promise<RampMonth[]> {
  let recomputed;
  try {
    recomputed = await recomputePayouts(host, mappings, lang);
  } catch (error) {
    const t = error instanceof SalesPlanError ? error.template : null;
    if (t === monthEndMessages.noPlan || t === monthEndMessages.noActuals) return [];
    throw error;
  }
  const primary = recomputed.plan.measures[0]?.name;
  return recomputed.job.engine.rows
    .filter((r) => r.kind === "measure" && r.measure === primary)
    .map((r) => ({ rep: r.repId, period: r.period, actual: r.actual, target: r.target }));
}
