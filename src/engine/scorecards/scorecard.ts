import { fail, SalesPlanError } from "../errors";
import { excelRound } from "../round";
import { bandOf, DEFAULT_BANDS, prepareBands, type BandRow } from "./band";
import { scorecardMessages } from "./messages";
import { competitionRanks, median } from "./rank";
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

/** One rep in one period. Arrays are indexed like `ScorecardResult.kpis`. */
export interface ScorecardRow {
  readonly rep: string;
  readonly name: string;
  readonly team: string;
  readonly region: string;
  readonly period: string;
  /** Raw values; null where missing (and not counted as zero). */
  readonly values: readonly (number | null)[];
  readonly targets: readonly number[];
  /** value / target ("up") or target / value ("down"), before cap and floor; null where missing. */
  readonly achievements: readonly (number | null)[];
  /** The achievement credited to the score: capped, 0 under the floor; null where not counted. */
  readonly credits: readonly (number | null)[];
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

/** The median per KPI of one team in one period, over the reps that have a value. */
export interface TeamMedian {
  readonly team: string;
  readonly period: string;
  readonly values: readonly (number | null)[];
  readonly achievements: readonly (number | null)[];
}

/** A problem that did not stop the run (a missing value), with its message in both languages. */
export interface ScorecardIssue {
  readonly rep: string;
  readonly period: string;
  readonly kpi: string;
  readonly error: SalesPlanError;
}

export interface ScorecardResult {
  /** The plan's KPIs with every default filled in, in the plan's order. */
  readonly kpis: readonly Required<KpiDefinition>[];
  readonly rows: readonly ScorecardRow[];
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

  const reps = new Map<string, ScorecardRep>();
  for (const rep of input.reps ?? []) {
    if (reps.has(rep.rep)) fail(scorecardMessages.duplicateRep, { rep: rep.rep });
    reps.set(rep.rep, rep);
  }
  const targets = new TargetTable(input.targets, keyIndex, K, knownNames);

  const down = kpis.map((kpi) => kpi.direction === "down");
  const isProcess = kpis.map((kpi) => kpi.kind === "process");
  const groupWeights = plan.groupWeights;

  // A table's headers repeat on every row: look each distinct header up once.
  const headerIndex = new Map<string, number>();
  const seenRows = new Set<string>();
  const issues: ScorecardIssue[] = [];
  const rows: MutableRow[] = new Array(input.actuals.length);

  for (let i = 0; i < input.actuals.length; i++) {
    const record = input.actuals[i];
    const { rep, period } = record;
    const info = reps.get(rep);
    if (input.reps !== undefined && info === undefined) fail(scorecardMessages.unknownRep, { rep, period });
    const rowKey = rep + SEP + period;
    if (seenRows.has(rowKey)) fail(scorecardMessages.duplicateRepPeriod, { rep, period });
    seenRows.add(rowKey);

    const values: (number | null)[] = new Array(K).fill(null);
    for (const header in record.values) {
      let k = headerIndex.get(header);
      if (k === undefined) {
        k = keyIndex.get(kpiKey(header));
        if (k === undefined)
          fail(scorecardMessages.unknownKpi, { kpi: header, rep, period, known: knownNames });
        headerIndex.set(header, k);
      }
      values[k] = readValue(record.values[header], rep, kpis[k].name, period);
    }
    const targetRow = targets.resolve(rep, info?.role, period);

    const achievements: (number | null)[] = new Array(K);
    const credits: (number | null)[] = new Array(K);
    const missing: string[] = [];
    let gatedBy: string | null = null;
    // [process, result] weighted sums and weights; a group with a reported gap is void.
    let pSum = 0;
    let pWeight = 0;
    let rSum = 0;
    let rWeight = 0;
    let pVoid = false;
    let rVoid = false;
    for (let k = 0; k < K; k++) {
      const kpi = kpis[k];
      let target = targetRow[k];
      if (!(target > 0)) target = targets.missing(rep, kpi.name, period);
      const value = values[k];
      if (value === null) {
        missing.push(kpi.name);
        issues.push({
          rep,
          period,
          kpi: kpi.name,
          error: new SalesPlanError(scorecardMessages.valueMissing, { rep, kpi: kpi.name, period }),
        });
        if (policy === "zero") {
          // No credit, whatever the direction: 0 complaints would otherwise earn the cap.
          achievements[k] = 0;
          credits[k] = 0;
          if (isProcess[k]) pWeight += kpi.weight;
          else rWeight += kpi.weight;
        } else {
          achievements[k] = null;
          credits[k] = null;
          if (policy === "report") {
            if (isProcess[k]) pVoid = true;
            else rVoid = true;
          }
        }
        continue;
      }
      if (gatedBy === null && kpi.gate >= 0 && (down[k] ? value > kpi.gate : value < kpi.gate))
        gatedBy = kpi.name;
      const a = down[k] ? (value === 0 ? kpi.cap : target / value) : value / target;
      const credit = a < kpi.floor ? 0 : a < kpi.cap ? a : kpi.cap;
      achievements[k] = a;
      credits[k] = credit;
      if (isProcess[k]) {
        pSum += kpi.weight * credit;
        pWeight += kpi.weight;
      } else {
        rSum += kpi.weight * credit;
        rWeight += kpi.weight;
      }
    }
    const processScore = pVoid || pWeight === 0 ? null : (pSum / pWeight) * 100;
    const resultScore = rVoid || rWeight === 0 ? null : (rSum / rWeight) * 100;
    let score: number | null;
    if (pVoid || rVoid) score = null;
    else if (groupWeights === undefined)
      score = pWeight + rWeight === 0 ? null : ((pSum + rSum) / (pWeight + rWeight)) * 100;
    else {
      // A group with no KPI left (all skipped) hands its weight to the other.
      const gp = processScore === null ? 0 : groupWeights.process;
      const gr = resultScore === null ? 0 : groupWeights.result;
      score = gp + gr === 0 ? null : (gp * (processScore ?? 0) + gr * (resultScore ?? 0)) / (gp + gr);
    }
    if (score !== null && gatedBy !== null) score = 0;
    rows[i] = {
      rep,
      name: info?.name ?? "",
      team: info?.team ?? "",
      region: info?.region ?? "",
      period,
      values,
      targets: Array.from(targetRow),
      achievements,
      credits,
      processScore,
      resultScore,
      score,
      band: score === null ? null : (bandOf(score, bands) ?? null),
      teamRank: null,
      regionRank: null,
      gatedBy,
      missing,
    };
  }

  rankWithin(
    rows,
    (row) => row.team + SEP + row.period,
    (row, rank) => (row.teamRank = rank),
  );
  rankWithin(
    rows,
    (row) => row.region + SEP + row.period,
    (row, rank) => (row.regionRank = rank),
  );
  return { kpis, rows, medians: teamMedians(rows, K), issues };
}

type MutableRow = { -readonly [P in keyof ScorecardRow]: ScorecardRow[P] };

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

/** A KPI value: a finite non-negative number, or null for a blank cell. */
function readValue(cell: unknown, rep: string, kpi: string, period: string): number | null {
  if (typeof cell === "number") {
    if (!Number.isFinite(cell))
      fail(scorecardMessages.valueNotNumber, { rep, kpi, period, value: String(cell) });
    if (cell < 0) fail(scorecardMessages.valueNegative, { rep, kpi, period, value: cell });
    return cell;
  }
  if (cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "")) return null;
  return fail(scorecardMessages.valueNotNumber, { rep, kpi, period, value: String(cell) });
}

/** Targets by specificity; each level holds one NaN-filled vector per key (NaN = not set here). */
class TargetTable {
  private readonly levels: Map<string, Float64Array>[] = [];
  private readonly hasPeriodic: boolean;
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

/** Competition ranks by score inside each group; rows without a score get no rank. */
function rankWithin(
  rows: readonly MutableRow[],
  groupOf: (row: ScorecardRow) => string,
  setRank: (row: MutableRow, rank: number) => void,
): void {
  const groups = new Map<string, MutableRow[]>();
  for (const row of rows) {
    if (row.score === null) continue;
    const key = groupOf(row);
    const members = groups.get(key);
    if (members === undefined) groups.set(key, [row]);
    else members.push(row);
  }
  for (const members of groups.values()) {
    // Scores that print the same are a tie; float noise in the 15th digit must not split them.
    const keys = members.map((row) => excelRound(row.score as number, 9));
    const ranks = competitionRanks(keys);
    for (let i = 0; i < members.length; i++) setRank(members[i], ranks[i]);
  }
}

function teamMedians(rows: readonly ScorecardRow[], K: number): TeamMedian[] {
  const groups = new Map<string, ScorecardRow[]>();
  for (const row of rows) {
    const key = row.team + SEP + row.period;
    const members = groups.get(key);
    if (members === undefined) groups.set(key, [row]);
    else members.push(row);
  }
  const out: TeamMedian[] = [];
  for (const members of groups.values()) {
    const values: (number | null)[] = [];
    const achievements: (number | null)[] = [];
    for (let k = 0; k < K; k++) {
      const v: number[] = [];
      const a: number[] = [];
      for (const row of members) {
        const value = row.values[k];
        const achievement = row.achievements[k];
        if (value !== null) v.push(value);
        if (achievement !== null) a.push(achievement);
      }
      values.push(median(v));
      achievements.push(median(a));
    }
    out.push({ team: members[0].team, period: members[0].period, values, achievements });
  }
  return out;
}
