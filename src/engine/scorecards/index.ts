/**
 * Scorecards: process KPIs (visits, calls, proposals, proposal quality) and result KPIs (revenue,
 * collection rate) weighed in one score per rep and period, with bands, ranks, team medians and
 * the review data for one-to-ones. Pure: plain records in, plain records out.
 */

/** SALES.SCORE's core and the achievement rule it shares with the scorecards. */
export { achievementOf, DEFAULT_CAP, parseDirection, scoreCore, type Direction } from "./score";
/** SALES.BAND's core and the bands table helpers. */
export { bandCore, bandOf, DEFAULT_BANDS, prepareBands, type BandCell, type BandRow } from "./band";
/** Whole scorecards per rep and period. */
export {
  buildScorecards,
  creditOf,
  kpiKey,
  scorecardRow,
  scorecardRows,
  type KpiActuals,
  type KpiDefinition,
  type KpiKind,
  type KpiTarget,
  type MissingPolicy,
  type ScorecardInput,
  type ScorecardIssue,
  type ScorecardPlan,
  type ScorecardRep,
  type ScorecardResult,
  type ScorecardRow,
  type TeamMedian,
} from "./scorecard";
/** One-to-one review data: strongest and weakest KPIs, trend, coaching lines. */
export {
  buildReviews,
  DEFAULT_COACHING,
  type CoachingTip,
  type KpiComparison,
  type Review,
  type ReviewOptions,
  type Suggestion,
  type Trend,
} from "./review";
/** Competition ranks (1, 1, 3) and medians. */
export { competitionRanks, median, medianInPlace } from "./rank";
export { scorecardMessages } from "./messages";
