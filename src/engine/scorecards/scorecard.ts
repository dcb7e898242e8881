/**
 * Whole scorecards: every rep and period of the Activities table scored in columns (see
 * ScorecardResult). Inputs are read in ./inputs, groups, ranks and medians built in ./groups, plain
 * rows in ./rows.
 */
import { fail, SalesPlanError } from "../../kernel/errors";
import { excelRound } from "../../kernel/money";
import { bandOf, DEFAULT_BANDS, prepareBands } from "./band";
import { failOnDuplicateRows, groupRows, rankGroups, teamMedians } from "./groups";
import { checkPlan, kpiKey, readValue, TargetTable } from "./inputs";
import { scorecardMessages } from "./messages";
import { achievement, creditFor } from "./score";
import type { ScorecardInput, ScorecardIssue, ScorecardRep, ScorecardResult } from "./types";

export { kpiKey } from "./inputs";
export { creditOf, scorecardRow, scorecardRows } from "./rows";
export type {
  KpiActuals,
  KpiDefinition,
  KpiKind,
  KpiTarget,
  MissingPolicy,
  ScorecardInput,
  ScorecardIssue,
  ScorecardPlan,
  ScorecardRep,
  ScorecardResult,
  ScorecardRow,
  TeamMedian,
} from "./types";

/**
 * Scorecards for every rep and period in `actuals`: achievement per KPI, group and weighted
 * scores, band, ranks in team and region, and the team median per KPI. Throws a SalesPlanError
 * naming rep, KPI and period for text values, negative values, unknown KPIs, unknown reps,
 * duplicate rep+period rows, targets that are not greater than 0 or missing; missing values follow
 * `plan.missing`.
 */
export function buildScorecards(input: ScorecardInput): ScorecardResult {
  const plan = input.plan;
  const kpis = checkPlan(plan);
  const K = kpis.length;
  const keyIndex = new Map(kpis.map((kpi, k) => [kpiKey(kpi.name), k]));
  const knownNames = kpis.map((kpi) => kpi.name).join(", ");
  const policy = plan.missing ?? "report";
  const bands = prepareBands(plan.bands ?? DEFAULT_BANDS);

  // Each rep's team, region and ids, found once per row with a single lookup.
  const teamIds = new Map<string, number>();
  const regionIds = new Map<string, number>();
  const idOf = (ids: Map<string, number>, key: string) => {
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = ids.size));
    return id;
  };
  const reps = new Map<string, RepEntry>();
  const addRep = (rep: ScorecardRep): RepEntry => {
    const team = rep.team ?? "";
    const region = rep.region ?? "";
    const entry: RepEntry = {
      targets: undefined,
      info: rep,
      id: reps.size,
      team,
      region,
      teamId: idOf(teamIds, team),
      regionId: idOf(regionIds, region),
    };
    reps.set(rep.rep, entry);
    return entry;
  };
  for (const rep of input.reps ?? []) {
    if (reps.has(rep.rep)) fail(scorecardMessages.duplicateRep, { rep: rep.rep });
    addRep(rep);
  }
  const targets = new TargetTable(input.targets, keyIndex, K, knownNames);

  // The plan's numbers as flat arrays: the inner loop runs once per rep, period and KPI.
  const down = Uint8Array.from(kpis, (kpi) => (kpi.direction === "down" ? 1 : 0));
  const isProcess = Uint8Array.from(kpis, (kpi) => (kpi.kind === "process" ? 1 : 0));
  const weightOf = Float64Array.from(kpis, (kpi) => kpi.weight);
  const capOf = Float64Array.from(kpis, (kpi) => kpi.cap);
  const floorOf = Float64Array.from(kpis, (kpi) => kpi.floor);
  const gateOf = Float64Array.from(kpis, (kpi) => kpi.gate);
  const groupWeights = plan.groupWeights;

  // A table's headers repeat on every row: look each distinct header up once.
  const headerIndex = new Map<string, number>();
  // Periods, teams and regions as small integers, so grouping needs no string keys per row.
  const periodIds = new Map<string, number>();
  const n = input.actuals.length;
  const issues: ScorecardIssue[] = [];
  const missingByRow = new Map<number, string[]>();
  const repCol: string[] = new Array(n);
  const nameCol: string[] = new Array(n);
  const teamCol: string[] = new Array(n);
  const regionCol: string[] = new Array(n);
  const periodCol: string[] = new Array(n);
  const bandCol: (string | null)[] = new Array(n);
  const repOf = new Int32Array(n);
  const periodOf = new Int32Array(n);
  const teamOf = new Int32Array(n);
  const regionOf = new Int32Array(n);
  const values = new Float64Array(n * K).fill(NaN);
  // Rows share their rep's resolved target vector: no n x K copy.
  const targetCol: Float64Array[] = new Array(n);
  // Set for every cell in the loop below (NaN where a value is missing). Credits are not stored:
  // they follow from the achievement (creditOf), and every n x K column costs time to fill.
  const achievements = new Float64Array(n * K);
  const processScores = new Float64Array(n);
  const resultScores = new Float64Array(n);
  const scores = new Float64Array(n);
  const gatedBy = new Int32Array(n).fill(-1);
  const checkedTargets = new Set<Float64Array>();

  for (let i = 0; i < n; i++) {
    const record = input.actuals[i];
    const { rep, period } = record;
    let entry = reps.get(rep);
    if (entry === undefined) {
      if (input.reps !== undefined) fail(scorecardMessages.unknownRep, { rep, period });
      entry = addRep({ rep });
    }
    const info = entry.info;
    repCol[i] = rep;
    repOf[i] = entry.id;
    nameCol[i] = info.name ?? "";
    const moved = info.inForce?.(period);
    const team = moved?.team ?? entry.team;
    const region = moved?.region ?? entry.region;
    teamCol[i] = team;
    regionCol[i] = region;
    periodCol[i] = period;
    periodOf[i] = idOf(periodIds, period);
    teamOf[i] = moved?.team === undefined ? entry.teamId : idOf(teamIds, team);
    regionOf[i] = moved?.region === undefined ? entry.regionId : idOf(regionIds, region);

    const base = i * K;
    for (const header in record.values) {
      let k = headerIndex.get(header);
      if (k === undefined) {
        k = keyIndex.get(kpiKey(header));
        if (k === undefined)
          fail(scorecardMessages.unknownKpi, { kpi: header, rep, period, known: knownNames });
        headerIndex.set(header, k);
      }
      values[base + k] = readValue(record.values[header], rep, kpis[k].name, period);
    }
    // Without period-specific targets a rep's targets are the same in every period: keep them on the rep.
    let targetRow = entry.targets;
    if (targetRow === undefined) {
      targetRow = targets.resolve(rep, info.role, period);
      if (!targets.hasPeriodic) entry.targets = targetRow;
    }
    if (!checkedTargets.has(targetRow)) {
      for (let k = 0; k < K; k++) if (!(targetRow[k] > 0)) targets.missing(rep, kpis[k].name, period);
      checkedTargets.add(targetRow);
    }
    targetCol[i] = targetRow;

    let pSum = 0;
    let pWeight = 0;
    let rSum = 0;
    let rWeight = 0;
    // A group with a reported gap has no score.
    let pVoid = false;
    let rVoid = false;
    let gate = -1;
    for (let k = 0; k < K; k++) {
      const value = values[base + k];
      if (value !== value) {
        // NaN: the value is missing.
        const list = missingByRow.get(i) ?? [];
        list.push(kpis[k].name);
        missingByRow.set(i, list);
        issues.push({
          rep,
          period,
          kpi: kpis[k].name,
          error: new SalesPlanError(scorecardMessages.valueMissing, { rep, kpi: kpis[k].name, period }),
        });
        if (policy === "zero") {
          // No credit, whatever the direction: 0 complaints would otherwise earn the cap.
          achievements[base + k] = 0;
          if (isProcess[k]) pWeight += weightOf[k];
          else rWeight += weightOf[k];
        } else {
          achievements[base + k] = NaN;
          if (policy === "report") {
            if (isProcess[k]) pVoid = true;
            else rVoid = true;
          }
        }
        continue;
      }
      if (gate < 0 && gateOf[k] >= 0 && (down[k] ? value > gateOf[k] : value < gateOf[k])) gate = k;
      const target = targetRow[k];
      const cap = capOf[k];
      const a = achievement(value, target, down[k] === 1, cap);
      const credit = creditFor(a, floorOf[k], cap);
      achievements[base + k] = a;
      if (isProcess[k]) {
        pSum += weightOf[k] * credit;
        pWeight += weightOf[k];
      } else {
        rSum += weightOf[k] * credit;
        rWeight += weightOf[k];
      }
    }
    const processScore = pVoid || pWeight === 0 ? NaN : (pSum / pWeight) * 100;
    const resultScore = rVoid || rWeight === 0 ? NaN : (rSum / rWeight) * 100;
    let score: number;
    if (pVoid || rVoid) score = NaN;
    else if (groupWeights === undefined) {
      score = pWeight + rWeight === 0 ? NaN : ((pSum + rSum) / (pWeight + rWeight)) * 100;
    } else {
      // A group with no KPI left (all skipped) hands its weight to the other.
      const gp = processScore === processScore ? groupWeights.process : 0;
      const gr = resultScore === resultScore ? groupWeights.result : 0;
      score =
        gp + gr === 0
          ? NaN
          : ((gp > 0 ? gp * processScore : 0) + (gr > 0 ? gr * resultScore : 0)) / (gp + gr);
    }
    if (gate >= 0 && score === score) score = 0;
    processScores[i] = processScore;
    resultScores[i] = resultScore;
    scores[i] = score;
    gatedBy[i] = gate;
    const band = score === score ? bandOf(score, bands) : undefined;
    bandCol[i] = band === undefined ? null : String(band);
  }

  const P = periodIds.size;
  failOnDuplicateRows(repOf, periodOf, P, repCol, periodCol);
  const teamRanks = new Int32Array(n);
  const regionRanks = new Int32Array(n);
  // Scores that print the same are a tie; float noise in the 15th digit must not split them.
  const rankKeys = new Float64Array(n);
  for (let i = 0; i < n; i++) rankKeys[i] = scores[i] === scores[i] ? excelRound(scores[i], 9) : NaN;
  const byTeam = groupRows(teamOf, periodOf, teamIds.size * P, P);
  rankGroups(byTeam, rankKeys, teamRanks);
  rankGroups(groupRows(regionOf, periodOf, regionIds.size * P, P), rankKeys, regionRanks);
  const medians = teamMedians(byTeam, values, achievements, K, teamCol, periodCol);
  return {
    kpis,
    size: n,
    reps: repCol,
    names: nameCol,
    teams: teamCol,
    regions: regionCol,
    periods: periodCol,
    values,
    targets: targetCol,
    achievements,
    processScores,
    resultScores,
    scores,
    bands: bandCol,
    teamRanks,
    regionRanks,
    gatedBy,
    missing: missingByRow,
    medians,
    issues,
  };
}

interface RepEntry {
  targets: Float64Array | undefined;
  readonly info: ScorecardRep;
  readonly id: number;
  readonly team: string;
  readonly region: string;
  readonly teamId: number;
  readonly regionId: number;
}
