import {
  kpiKey,
  scorecardRows,
  type KpiKind,
  type ScorecardResult,
  type ScorecardRow,
  type TeamMedian,
} from "./scorecard";

/** One line of the coaching table: what to suggest when a KPI is among a rep's weakest. */
export interface CoachingTip {
  readonly kpi: string;
  readonly en: string;
  readonly zh: string;
}

/** A starting coaching table for the usual KPIs; managers edit it or pass their own. */
export const DEFAULT_COACHING: readonly CoachingTip[] = [
  { kpi: "Visits", en: "Plan two more customer visits a week.", zh: "每周多安排两次客户拜访。" },
  {
    kpi: "Calls",
    en: "Block an hour a day for calls to open accounts.",
    zh: "每天留出一小时给跟进中的客户打电话。",
  },
  {
    kpi: "Proposals",
    en: "Turn every qualified meeting into a written proposal within a week.",
    zh: "每次有效会谈后一周内提交书面方案。",
  },
  {
    kpi: "ProposalQuality",
    en: "Have the manager review the next two proposals before they go out.",
    zh: "接下来两份方案发出前请经理先审阅。",
  },
  {
    kpi: "Revenue",
    en: "Review the pipeline weekly and push the three largest deals to a next step.",
    zh: "每周复盘商机，推动金额最大的三个商机进入下一步。",
  },
  {
    kpi: "CollectionRate",
    en: "Call every customer with an invoice over 30 days due this week.",
    zh: "本周联系所有逾期超过 30 天的客户催收回款。",
  },
];

/** A KPI of one rep next to the team median, by achievement (so KPIs of any unit compare). */
export interface KpiComparison {
  readonly kpi: string;
  readonly kind: KpiKind;
  readonly value: number;
  readonly achievement: number;
  readonly teamMedian: number;
  /** achievement - team median: above 0 is better than the median rep. */
  readonly gap: number;
}

export interface Trend {
  readonly previousPeriod: string;
  readonly previousScore: number | null;
  /** score - previous score; null when either is missing. */
  readonly change: number | null;
}

export interface Suggestion {
  readonly kpi: string;
  readonly en: string;
  readonly zh: string;
}

/** What a manager opens in a one-to-one: strengths, gaps, trend and what to do next. */
export interface Review {
  readonly rep: string;
  readonly name: string;
  readonly period: string;
  readonly score: number | null;
  readonly band: string | null;
  readonly teamRank: number | null;
  readonly regionRank: number | null;
  /** Up to three KPIs furthest above the team median, best first. */
  readonly strongest: readonly KpiComparison[];
  /** Up to three KPIs furthest below the team median, weakest first. */
  readonly weakest: readonly KpiComparison[];
  /** Against the rep's latest earlier period in the result; null for a rep's first period. */
  readonly trend: Trend | null;
  /** One line per weak KPI that the coaching table covers. */
  readonly suggestions: readonly Suggestion[];
  readonly missing: readonly string[];
}

export interface ReviewOptions {
  /** The coaching table; default DEFAULT_COACHING. */
  readonly coaching?: readonly CoachingTip[];
  /** How many strongest and weakest KPIs to list; default 3. */
  readonly count?: number;
}

/**
 * Review data for every row of a scorecard result. Periods order as text, so use sortable keys
 * ("2026-03", "2026-W09"). With fewer than 2 x count KPIs, strongest and weakest split them
 * evenly so no KPI is listed as both.
 */
export function buildReviews(result: ScorecardResult, options: ReviewOptions = {}): Review[] {
  const count = options.count ?? 3;
  const tips = new Map((options.coaching ?? DEFAULT_COACHING).map((tip) => [kpiKey(tip.kpi), tip]));
  const medians = new Map<string, TeamMedian>(result.medians.map((m) => [m.team + "\u0000" + m.period, m]));
  const rows = scorecardRows(result);
  const byRep = new Map<string, ScorecardRow[]>();
  for (const row of rows) {
    const list = byRep.get(row.rep);
    if (list === undefined) byRep.set(row.rep, [row]);
    else list.push(row);
  }
  const previous = new Map<ScorecardRow, ScorecardRow>();
  for (const list of byRep.values()) {
    const sorted = [...list].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
    for (let i = 1; i < sorted.length; i++) previous.set(sorted[i], sorted[i - 1]);
  }

  return rows.map((row) => {
    const median = medians.get(row.team + "\u0000" + row.period);
    const comparisons: KpiComparison[] = [];
    result.kpis.forEach((kpi, k) => {
      const value = row.values[k];
      const achievement = row.achievements[k];
      const teamMedian = median === undefined ? NaN : median.achievements[k];
      if (Number.isNaN(value) || Number.isNaN(achievement) || Number.isNaN(teamMedian)) return;
      comparisons.push({
        kpi: kpi.name,
        kind: kpi.kind,
        value,
        achievement,
        teamMedian,
        gap: achievement - teamMedian,
      });
    });
    // Stable sort: equal gaps keep the plan's KPI order.
    const byGap = [...comparisons].sort((a, b) => b.gap - a.gap);
    const n = Math.min(count, Math.floor(byGap.length / 2));
    const strongest = byGap.slice(0, n);
    const weakest = byGap.slice(byGap.length - n).reverse();
    const suggestions: Suggestion[] = [];
    for (const weak of weakest) {
      const tip = tips.get(kpiKey(weak.kpi));
      if (tip !== undefined) suggestions.push({ kpi: weak.kpi, en: tip.en, zh: tip.zh });
    }
    const before = previous.get(row);
    const trend: Trend | null =
      before === undefined
        ? null
        : {
            previousPeriod: before.period,
            previousScore: before.score,
            change: row.score === null || before.score === null ? null : row.score - before.score,
          };
    return {
      rep: row.rep,
      name: row.name,
      period: row.period,
      score: row.score,
      band: row.band,
      teamRank: row.teamRank,
      regionRank: row.regionRank,
      strongest,
      weakest,
      trend,
      suggestions,
      missing: row.missing,
    };
  });
}
