/**
 * Reading a scorecard's inputs: the plan checked with its defaults filled in, KPI values read from
 * cells, and the targets table resolved by specificity.
 */
import { fail } from "../../kernel/errors";
import { scorecardMessages } from "./messages";
import { DEFAULT_CAP } from "./score";
import type { KpiDefinition, KpiTarget, ScorecardPlan } from "./types";

/** KPI names and table headers match case- and space-insensitively. */
export function kpiKey(name: string): string {
  return name.replace(/\s+/g, "").toLowerCase();
}

const ANY = "*";
const SEP = "\u0000";

export function checkPlan(plan: ScorecardPlan): Required<KpiDefinition>[] {
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
export function readValue(cell: unknown, rep: string, kpi: string, period: string): number {
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
export class TargetTable {
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
