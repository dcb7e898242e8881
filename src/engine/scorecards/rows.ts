/** A scorecard result's rows as plain records, and the credit a KPI adds to a row's score. */
import { creditFor } from "./score";
import type { ScorecardResult, ScorecardRow } from "./types";

/** Row i of a scorecard result as a plain record. */
export function scorecardRow(result: ScorecardResult, i: number): ScorecardRow {
  const K = result.kpis.length;
  const orNull = (x: number) => (Number.isNaN(x) ? null : x);
  const slice = (column: Float64Array) => Array.from(column.subarray(i * K, (i + 1) * K));
  const gate = result.gatedBy[i];
  return {
    rep: result.reps[i],
    name: result.names[i],
    team: result.teams[i],
    region: result.regions[i],
    period: result.periods[i],
    values: slice(result.values),
    targets: Array.from(result.targets[i]),
    achievements: slice(result.achievements),
    credits: result.kpis.map((_, k) => creditOf(result, i, k)),
    processScore: orNull(result.processScores[i]),
    resultScore: orNull(result.resultScores[i]),
    score: orNull(result.scores[i]),
    band: result.bands[i],
    teamRank: result.teamRanks[i] === 0 ? null : result.teamRanks[i],
    regionRank: result.regionRanks[i] === 0 ? null : result.regionRanks[i],
    gatedBy: gate < 0 ? null : result.kpis[gate].name,
    missing: result.missing.get(i) ?? [],
  };
}

/**
 * What KPI k of row i adds to the score: the achievement capped at the KPI's cap, 0 under its
 * floor; NaN where the value is missing (0 under the "zero" policy).
 */
export function creditOf(result: ScorecardResult, i: number, k: number): number {
  const kpi = result.kpis[k];
  return creditFor(result.achievements[i * result.kpis.length + k], kpi.floor, kpi.cap);
}

/** Every row of a scorecard result as plain records, in input order. */
export function scorecardRows(result: ScorecardResult): ScorecardRow[] {
  return Array.from({ length: result.size }, (_, i) => scorecardRow(result, i));
}
