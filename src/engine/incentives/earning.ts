/**
 * What a measure earns over a window (one period, or the year to date under a true-up): a rate
 * table on the amount, or a curve or tier ratio times the measure's share of the target incentive,
 * with thresholds, attainment caps, caps and the plan gates. The engine and the explanations both
 * call `earn`, so a sentence always quotes what was paid.
 */
import { curveRatioUnchecked, tierIndex, tieredUnchecked } from "./core";
import { periodsPerYear, type Measure, type Plan, type PlanGate } from "./plan";
import type { Rep } from "./types";

/** A rep's annual target incentive: their own, else their role's, else the plan's; null when none is set. */
export function annualIncentiveOf(rep: Rep, plan: Plan): number | null {
  return (
    rep.targetIncentive ??
    (rep.role !== undefined ? plan.roleIncentives?.[rep.role] : undefined) ??
    plan.targetIncentive ??
    null
  );
}

/** A rep's target incentive for one payout period: the annual one (0 when none is set) over the periods in a year. */
export function periodIncentiveOf(rep: Rep, plan: Plan): number {
  return (annualIncentiveOf(rep, plan) ?? 0) / periodsPerYear(plan.frequency);
}

/** What one measure earns over a window (one period, or year to date under true-up). */
export interface MeasureWindow {
  windowActual: number;
  windowTarget: number;
  /** Payout periods in the window: per-period tier amounts and caps scale by it. */
  windowCount: number;
  /** The measure's share of the target incentive over the window, before and after proration. */
  incentiveFull: number;
  incentiveProrated: number;
  gateOpen: boolean;
}

export interface MeasureEarning {
  full: number;
  prorated: number;
  point: number | null;
}

const scratch: MeasureEarning = { full: 0, prorated: 0, point: null };

export function earn(measure: Measure, w: MeasureWindow): MeasureEarning {
  scratch.point = null;
  scratch.full = 0;
  scratch.prorated = 0;
  const attainment = w.windowTarget > 0 ? w.windowActual / w.windowTarget : null;
  const method = measure.method;
  const threshold = measure.threshold ?? null;
  const attainmentCap = measure.attainmentCap ?? null;
  if (method.kind === "tiers" && method.payOn !== "incentive") {
    const byAttainment = method.basis === "attainment";
    if (byAttainment && attainment === null) return scratch;
    const scale = byAttainment ? w.windowTarget : w.windowCount;
    let credited = w.windowActual;
    if (attainmentCap !== null && attainment !== null && attainment > attainmentCap)
      credited = attainmentCap * w.windowTarget;
    const index = tierIndex(credited / scale, method.tiers);
    scratch.point = index < 0 ? 0 : method.tiers[index].rate;
    if (!w.gateOpen || (threshold !== null && (attainment === null || attainment < threshold)))
      return scratch;
    let value = tieredUnchecked(credited / scale, method.tiers, method.mode) * scale;
    if (measure.cap !== null && measure.cap !== undefined && value > measure.cap * w.windowCount)
      value = measure.cap * w.windowCount;
    scratch.full = value;
    scratch.prorated = value;
    return scratch;
  }
  if (attainment === null) return scratch;
  const credited = attainmentCap !== null && attainment > attainmentCap ? attainmentCap : attainment;
  // A curve's ratio, or a tier table's on attainment (rates per 100% of attainment).
  const ratio =
    method.kind === "curve"
      ? curveRatioUnchecked(credited, method.curve)
      : tieredUnchecked(credited, method.tiers, method.mode);
  scratch.point = ratio;
  if (!w.gateOpen || (threshold !== null && attainment < threshold)) return scratch;
  let full = ratio * w.incentiveFull;
  let prorated = ratio * w.incentiveProrated;
  if (measure.cap !== null && measure.cap !== undefined) {
    const cap = measure.cap * w.windowCount;
    if (full > cap) full = cap;
    if (prorated > cap) prorated = cap;
  }
  scratch.full = full;
  scratch.prorated = prorated;
  return scratch;
}

export function gateValue(gate: PlanGate, actual: number, target: number): number | null {
  if (gate.on === "actual") return actual;
  return target > 0 ? actual / target : null;
}
