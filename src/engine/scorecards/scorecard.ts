import { fail, SalesPlanError } from "../errors";
import { excelRound } from "../../kernel/money";
import { bandOf, DEFAULT_BANDS, prepareBands, type BandRow } from "./band";
import { scorecardMessages } from "./messages";
import { medianInPlace } from "./rank";
import { DEFAULT_CAP, type Direction } from "./score";

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

/** KPI names and table headers match case- and space-insensitively. */
export function kpiKey(name: string): string {
  return name.replace(/\s+/g, "").toLowerCase();
}

const ANY = "*";
const SEP = "\u0000";

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
    teamCol[i] = entry.team;
    regionCol[i] = entry.region;
    periodCol[i] = period;
    periodOf[i] = idOf(periodIds, period);
    teamOf[i] = entry.teamId;
    regionOf[i] = entry.regionId;

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
      const a = down[k] ? (value === 0 ? cap : target / value) : value / target;
      const credit = a < floorOf[k] ? 0 : a < cap ? a : cap;
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
  const a = result.achievements[i * result.kpis.length + k];
  return a < kpi.floor ? 0 : a < kpi.cap ? a : kpi.cap;
}

/** Every row of a scorecard result as plain records, in input order. */
export function scorecardRows(result: ScorecardResult): ScorecardRow[] {
  return Array.from({ length: result.size }, (_, i) => scorecardRow(result, i));
}

function checkPlan(plan: ScorecardPlan): Required<KpiDefinition>[] {
  if (plan.kpis.length === 0) fail(scorecardMessages.noKpis);
  const planCap = plan.cap ?? DEFAULT_CAP;
  if (!(planCap > 0) || !Number.isFinite(planCap)) {
    fail(scorecardMessages.kpiBadNumber, { field: "cap", kpi: "*", expected: "> 0", value: planCap });
  }
  const seen = new Set<string>();
  let weightSum = 0;
  const kpis = plan.kpis.map((kpi) => {
    const key = kpiKey(kpi.name);
    if (seen.has(key)) fail(scorecardMessages.duplicateKpi, { kpi: kpi.name });
    seen.add(key);
    const bad = (field: string, expected: string, value: unknown) =>
      fail(scorecardMessages.kpiBadNumber, { field, kpi: kpi.name, expected, value: String(value) });
    if (kpi.kind !== "process" && kpi.kind !== "result") bad("kind", "process / result", kpi.kind);
    if (!(kpi.weight >= 0) || !Number.isFinite(kpi.weight)) bad("weight", ">= 0", kpi.weight);
    const direction = kpi.direction ?? "up";
    if (direction !== "up" && direction !== "down") bad("direction", "up / down", direction);
    const cap = kpi.cap ?? planCap;
    if (!(cap > 0) || !Number.isFinite(cap)) bad("cap", "> 0", cap);
    const floor = kpi.floor ?? 0;
    if (!(floor >= 0) || !Number.isFinite(floor)) bad("floor", ">= 0", floor);
    // -1 marks "no gate"; gates are on non-negative values.
    const gate = kpi.gate ?? -1;
    if (kpi.gate !== undefined && (!(gate >= 0) || !Number.isFinite(gate))) bad("gate", ">= 0", gate);
    weightSum += kpi.weight;
    return { name: kpi.name, kind: kpi.kind, weight: kpi.weight, direction, cap, floor, gate };
  });
  if (weightSum === 0) fail(scorecardMessages.allWeightsZero, { arg: "scorecard plan" });
  const groups = plan.groupWeights;
  if (
    groups !== undefined &&
    (!(groups.process >= 0) || !(groups.result >= 0) || groups.process + groups.result === 0)
  ) {
    fail(scorecardMessages.badGroupWeights, { process: groups.process, result: groups.result });
  }
  return kpis;
}

/** A KPI value: a finite non-negative number, or NaN for a blank cell. */
function readValue(cell: unknown, rep: string, kpi: string, period: string): number {
  if (typeof cell === "number") {
    if (!Number.isFinite(cell))
      fail(scorecardMessages.valueNotNumber, { rep, kpi, period, value: String(cell) });
    if (cell < 0) fail(scorecardMessages.valueNegative, { rep, kpi, period, value: cell });
    return cell;
  }
  if (cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "")) return NaN;
  return fail(scorecardMessages.valueNotNumber, { rep, kpi, period, value: String(cell) });
}

/** Targets by specificity; each level holds one NaN-filled vector per key (NaN = not set here). */
class TargetTable {
  private readonly levels: Map<string, Float64Array>[] = [];
  /** Whether any target names a period (otherwise a rep's targets are the same in every period). */
  readonly hasPeriodic: boolean;
  private readonly memo = new Map<string, Float64Array>();

  constructor(
    targets: readonly KpiTarget[],
    keyIndex: ReadonlyMap<string, number>,
    private readonly K: number,
    knownNames: string,
  ) {
    // Levels in order of precedence: rep+period, rep, role+period, role, period, everyone.
    for (let l = 0; l < 6; l++) this.levels.push(new Map());
    let periodic = false;
    for (const t of targets) {
      const scope = {
        rep: t.rep ?? ANY,
        role: t.rep === undefined ? (t.role ?? ANY) : ANY,
        period: t.period ?? ANY,
      };
      const k = keyIndex.get(kpiKey(t.kpi));
      if (k === undefined)
        fail(scorecardMessages.unknownKpi, {
          kpi: t.kpi,
          rep: scope.rep,
          period: scope.period,
          known: knownNames,
        });
      const params = { kpi: t.kpi, ...scope };
      let value: number;
      if (typeof t.target === "number" && Number.isFinite(t.target)) value = t.target;
      else if (
        t.target === null ||
        t.target === undefined ||
        (typeof t.target === "string" && t.target.trim() === "")
      ) {
        value = fail(scorecardMessages.targetNotPositive, { ...params, value: "(blank)" });
      } else value = fail(scorecardMessages.targetNotNumber, { ...params, value: String(t.target) });
      if (!(value > 0)) fail(scorecardMessages.targetNotPositive, { ...params, value });
      let level: number;
      let key: string;
      if (t.rep !== undefined)
        [level, key] = t.period !== undefined ? [0, t.rep + SEP + t.period] : [1, t.rep];
      else if (t.role !== undefined)
        [level, key] = t.period !== undefined ? [2, t.role + SEP + t.period] : [3, t.role];
      else [level, key] = t.period !== undefined ? [4, t.period] : [5, ""];
      if (t.period !== undefined) periodic = true;
      let vector = this.levels[level].get(key);
      if (vector === undefined) {
        vector = new Float64Array(K).fill(NaN);
        this.levels[level].set(key, vector);
      }
      if (!Number.isNaN(vector[k])) fail(scorecardMessages.targetDuplicate, params);
      vector[k] = value;
    }
    this.hasPeriodic = periodic;
  }

  /** The target per KPI for a rep in a period; NaN where nothing applies. */
  resolve(rep: string, role: string | undefined, period: string): Float64Array {
    // Without period-specific targets a rep's vector is the same in every period: resolve it once.
    const memoKey = this.hasPeriodic ? rep + SEP + period : rep;
    const cached = this.memo.get(memoKey);
    if (cached !== undefined) return cached;
    const candidates = [
      this.levels[0].get(rep + SEP + period),
      this.levels[1].get(rep),
      role === undefined ? undefined : this.levels[2].get(role + SEP + period),
      role === undefined ? undefined : this.levels[3].get(role),
      this.levels[4].get(period),
      this.levels[5].get(""),
    ];
    const out = new Float64Array(this.K).fill(NaN);
    for (let k = 0; k < this.K; k++) {
      for (const vector of candidates) {
        if (vector !== undefined && !Number.isNaN(vector[k])) {
          out[k] = vector[k];
          break;
        }
      }
    }
    this.memo.set(memoKey, out);
    return out;
  }

  missing(rep: string, kpi: string, period: string): never {
    return fail(scorecardMessages.targetMissing, { rep, kpi, period });
  }
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

/** A rep with two rows for one period is an error; found by sorting (rep, period) keys, not a set per row. */
function failOnDuplicateRows(
  repOf: Int32Array,
  periodOf: Int32Array,
  P: number,
  reps: readonly string[],
  periods: readonly string[],
) {
  const n = repOf.length;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = repOf[i] * P + periodOf[i];
  keys.sort();
  for (let i = 1; i < n; i++) {
    if (keys[i] === keys[i - 1]) {
      // Report the first row that repeats, in input order.
      const seen = new Set<number>();
      for (let j = 0; j < n; j++) {
        const key = repOf[j] * P + periodOf[j];
        if (seen.has(key)) fail(scorecardMessages.duplicateRepPeriod, { rep: reps[j], period: periods[j] });
        seen.add(key);
      }
    }
  }
}

/**
 * Row indices grouped by (group id, period id) with a counting sort: `order` lists the rows group
 * by group, in row order, and group g spans order[start[g]] .. order[start[g + 1] - 1].
 */
function groupRows(groupOf: Int32Array, periodOf: Int32Array, size: number, P: number) {
  const start = new Int32Array(size + 1);
  const n = groupOf.length;
  for (let i = 0; i < n; i++) start[groupOf[i] * P + periodOf[i] + 1]++;
  for (let g = 0; g < size; g++) start[g + 1] += start[g];
  const fill = start.slice(0, size);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[fill[groupOf[i] * P + periodOf[i]]++] = i;
  return { start, order, size };
}

type Groups = ReturnType<typeof groupRows>;

/** Competition ranks by key (higher first) inside each group; rows without a key keep 0. */
function rankGroups(groups: Groups, keys: Float64Array, ranks: Int32Array): void {
  const { start, order, size } = groups;
  const scratch = new Int32Array(order.length);
  for (let g = 0; g < size; g++) {
    let count = 0;
    for (let j = start[g]; j < start[g + 1]; j++)
      if (keys[order[j]] === keys[order[j]]) scratch[count++] = order[j];
    const members = scratch.subarray(0, count);
    if (count <= 64) {
      // Teams are small: an insertion sort in place (stable, highest key first) beats a sort call.
      for (let j = 1; j < count; j++) {
        const i = members[j];
        let h = j - 1;
        while (h >= 0 && keys[members[h]] < keys[i]) {
          members[h + 1] = members[h];
          h--;
        }
        members[h + 1] = i;
      }
    } else members.sort((a, b) => keys[b] - keys[a]);
    for (let j = 0; j < count; j++) {
      const i = members[j];
      ranks[i] = j > 0 && keys[members[j - 1]] === keys[i] ? ranks[members[j - 1]] : j + 1;
    }
  }
}

function teamMedians(
  groups: Groups,
  values: Float64Array,
  achievements: Float64Array,
  K: number,
  teams: readonly string[],
  periods: readonly string[],
): TeamMedian[] {
  const { start, order, size } = groups;
  const out: TeamMedian[] = [];
  // Scratch: KPI k of the current group collects at k * largest .. ; rows are read once, in order.
  let largest = 0;
  for (let g = 0; g < size; g++) largest = Math.max(largest, start[g + 1] - start[g]);
  const v = new Float64Array(largest * K);
  const a = new Float64Array(largest * K);
  const nv = new Int32Array(K);
  const na = new Int32Array(K);
  for (let g = 0; g < size; g++) {
    if (start[g] === start[g + 1]) continue;
    nv.fill(0);
    na.fill(0);
    for (let j = start[g]; j < start[g + 1]; j++) {
      const base = order[j] * K;
      for (let k = 0; k < K; k++) {
        const value = values[base + k];
        const achievement = achievements[base + k];
        if (value === value) v[k * largest + nv[k]++] = value;
        if (achievement === achievement) a[k * largest + na[k]++] = achievement;
      }
    }
    const medianValues: number[] = new Array(K);
    const medianAchievements: number[] = new Array(K);
    for (let k = 0; k < K; k++) {
      medianValues[k] = medianInPlace(v, k * largest, nv[k]);
      medianAchievements[k] = medianInPlace(a, k * largest, na[k]);
    }
    const first = order[start[g]];
    out.push({
      team: teams[first],
      period: periods[first],
      values: medianValues,
      achievements: medianAchievements,
    });
  }
  return out;
}
