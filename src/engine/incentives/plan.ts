/**
 * The incentive plan as plain data: what the wizard edits, what the SalesPlan and SalesPlanTiers
 * tables hold, and what the payout engine reads. Validation lives here so every way in (wizard,
 * tables, CLI) gets the same messages.
 */
import { fail } from "../../kernel/errors";
import { commonMessages } from "../../kernel/messages";
import { checkCurve, checkTiers, type CurvePoint, type Tier, type TierMode } from "./core";
import { incentiveMessages } from "./messages";

export type PayoutFrequency = "monthly" | "quarterly" | "annual";

/**
 * What a true-up does when year-to-date earned falls below year-to-date paid: "clawback" takes the
 * difference back in that period; "carry" pays 0 and nets the balance against later payouts.
 */
export type NegativeTrueUp = "clawback" | "carry";

/** How a measure turns its result into money. */
export type MeasureMethod =
  | {
      readonly kind: "tiers";
      readonly mode: TierMode;
      /**
       * "amount": bounds are amounts per payout period; "attainment": bounds are ratios of the
       * target (1 = 100%), so each rep's table scales with their own target.
       */
      readonly basis: "amount" | "attainment";
      /**
       * "amount" (the default): a commission rate table, rate x amount credited, with no weight;
       * "incentive": rates are ratios of the measure's share of the target incentive per 100% of
       * attainment (bounds then must be attainment), so the measure's weight applies.
       */
      readonly payOn?: "amount" | "incentive";
      readonly tiers: readonly Tier[];
    }
  | {
      /** Payout ratio of the measure's share of the target incentive, by attainment. */
      readonly kind: "curve";
      readonly curve: readonly CurvePoint[];
    };

export interface Measure {
  /** As it appears in the Actuals table's Measure column. */
  readonly name: string;
  /**
   * Share of the target incentive, 0.7 = 70%, for the measures paid on it (curves, and tier tables
   * paid on the target incentive); their weights add up to 1. A commission rate table has none.
   */
  readonly weight?: number | null;
  readonly method: MeasureMethod;
  /** Attainment below which this measure pays nothing (0.5 = 50%). */
  readonly threshold?: number | null;
  /** Attainment above which no more credit counts (1.5 = 150%). */
  readonly attainmentCap?: number | null;
  /** Most this measure pays per payout period, in money (under true-up: per period elapsed). */
  readonly cap?: number | null;
  /**
   * "team": paid on the credited actuals and targets of everyone reporting to the rep, directly or
   * through others (not the rep's own); with a commission rate table it is a manager's override.
   * Absent or "own": the rep's own figures.
   */
  readonly on?: "own" | "team";
  /** The Actuals measure a team measure sums (e.g. Revenue for TeamRevenue); absent: its own name. */
  readonly source?: string;
}

/** The Actuals measure a measure reads: a team measure's source, else its own name. */
export function sourceOf(measure: Measure): string {
  return measure.on === "team" && measure.source ? measure.source : measure.name;
}

/** A plan-wide condition: no bonus at all in a period unless `measure` reaches `minimum`. */
export interface PlanGate {
  readonly measure: string;
  readonly minimum: number;
  /** Compare the measure's attainment (actual / target) or its actual value itself (e.g. a rate). */
  readonly on: "attainment" | "actual";
  /**
   * The figures the gate is judged on under a true-up: "period" (the period alone; failing
   * withholds that period's pay only) or "ytd" (year to date; failing works on the whole window).
   * Default: "period" for an actual (a rate means nothing summed), "ytd" for an attainment.
   * Without a true-up every gate is judged on the period.
   */
  readonly window?: "period" | "ytd";
}

/** A fixed amount per unit of a measure's actual, e.g. 500 per new logo. */
export interface Spiff {
  readonly name: string;
  readonly measure: string;
  readonly amount: number;
}

/** A draw per payout period against commission, prorated like the target incentive. */
export interface DrawTerms {
  readonly amount: number;
  readonly recoverable: boolean;
}

export interface Plan {
  readonly name: string;
  readonly version: string;
  readonly currency: string;
  readonly frequency: PayoutFrequency;
  /** Pay year-to-date earned minus year-to-date paid each period, instead of each period alone. */
  readonly trueUp: boolean;
  readonly negativeTrueUp: NegativeTrueUp;
  /** Annual target incentive for reps without their own or their role's. */
  readonly targetIncentive?: number | null;
  /** Annual target incentive by role. */
  readonly roleIncentives?: Readonly<Record<string, number>>;
  readonly measures: readonly Measure[];
  readonly gates?: readonly PlanGate[];
  /** Most the whole plan pays per payout period (under true-up: per period elapsed). */
  readonly cap?: number | null;
  readonly spiffs?: readonly Spiff[];
  readonly draw?: DrawTerms | null;
  /** Whether SPIFF money counts towards the draw (repays it, or meets it); default false. */
  readonly spiffRepaysDraw?: boolean;
}

/** Whether a measure pays on the target incentive, so its weight splits that incentive. */
export function paysOnIncentive(measure: Measure): boolean {
  return measure.method.kind === "curve" || measure.method.payOn === "incentive";
}

/** The weight a measure pays with: its own for measures paid on the target incentive, else none (0). */
export function weightOf(measure: Measure): number {
  return paysOnIncentive(measure) ? (measure.weight ?? 0) : 0;
}

/** Whether a gate is judged on year-to-date figures in this plan. */
export function gateOnYearToDate(plan: Plan, gate: PlanGate): boolean {
  return plan.trueUp && (gate.window ?? (gate.on === "actual" ? "period" : "ytd")) === "ytd";
}

/** Payout periods per year for a frequency. */
export function periodsPerYear(frequency: PayoutFrequency): number {
  return frequency === "monthly" ? 12 : frequency === "quarterly" ? 4 : 1;
}

const WEIGHT_TOLERANCE = 1e-9;

function checkAmount(value: number | null | undefined, arg: string): void {
  if (value === null || value === undefined) return;
  if (!Number.isFinite(value)) fail(commonMessages.notFinite, { arg, value: String(value) });
  if (value < 0) fail(commonMessages.negative, { arg, value });
}

/**
 * Check a plan and throw a SalesPlanError with a clear message at the first problem: tiers that
 * overlap or are unsorted, negative rates, a curve that goes down (more attainment must never pay
 * less), weights of the measures paid on the target incentive that do not add up to 100%, an
 * attainment cap at or under the threshold, a gate on a blank measure, negative amounts.
 *
 * A plan is checked once between the wizard and the engine: the wizard's check, the job's (before
 * it writes SalesPlan) and the payout engine's are the same call on the same plan, so the plans
 * that passed are remembered (a plan is read-only data) and not checked again.
 */
export function validatePlan(plan: Plan): void {
  if (checkedPlans.has(plan)) return;
  checkPlanRules(plan);
  checkedPlans.add(plan);
}

const checkedPlans = new WeakSet<Plan>();

function checkPlanRules(plan: Plan): void {
  if (plan.measures.length === 0) fail(incentiveMessages.noMeasures, { plan: plan.name });
  const seen = new Set<string>();
  let weights = 0;
  const weighted: string[] = [];
  for (const measure of plan.measures) {
    const key = measureKey(measure.name);
    if (seen.has(key)) fail(incentiveMessages.duplicateMeasure, { plan: plan.name, measure: measure.name });
    seen.add(key);
    if (paysOnIncentive(measure)) {
      const arg = `${measure.name} weight`;
      const weight = measure.weight ?? 0;
      if (!Number.isFinite(weight)) fail(commonMessages.notFinite, { arg, value: String(weight) });
      if (weight < 0) fail(commonMessages.negative, { arg, value: weight });
      weights += weight;
      weighted.push(measure.name);
    }
    if (measure.method.kind === "tiers") {
      checkTiers(measure.method.tiers, `${measure.name} tiers`);
      if (measure.method.payOn === "incentive" && measure.method.basis !== "attainment")
        fail(incentiveMessages.incentiveTiersBasis, { measure: measure.name });
    } else checkCurve(measure.method.curve, `${measure.name} curve`);
    checkAmount(measure.threshold, `${measure.name} threshold`);
    checkAmount(measure.attainmentCap, `${measure.name} attainment cap`);
    checkAmount(measure.cap, `${measure.name} cap`);
    const threshold = measure.threshold ?? null;
    const attainmentCap = measure.attainmentCap ?? null;
    if (threshold !== null && attainmentCap !== null && attainmentCap <= threshold)
      fail(incentiveMessages.capUnderThreshold, { measure: measure.name, cap: attainmentCap, threshold });
  }
  if (weighted.length > 0 && Math.abs(weights - 1) > WEIGHT_TOLERANCE)
    fail(incentiveMessages.weightsNotWhole, {
      plan: plan.name,
      measures: weighted.join(", "),
      value: Number((weights * 100).toPrecision(12)),
    });
  for (const gate of plan.gates ?? []) {
    if (gate.measure.trim() === "")
      fail(incentiveMessages.unknownGateMeasure, { plan: plan.name, measure: gate.measure });
    checkAmount(gate.minimum, `gate ${gate.measure}`);
  }
  for (const spiff of plan.spiffs ?? []) checkAmount(spiff.amount, `SPIFF ${spiff.name}`);
  checkAmount(plan.cap, "plan cap");
  checkAmount(plan.targetIncentive, "target incentive");
  for (const [role, amount] of Object.entries(plan.roleIncentives ?? {}))
    checkAmount(amount, `target incentive ${role}`);
  if (plan.draw) checkAmount(plan.draw.amount, "draw");
}

/** Measure names match case- and space-insensitively, like table headers. */
export function measureKey(name: string): string {
  return name.replace(/\s+/g, "").toLowerCase();
}

/** Every measure name the actuals may report: the paid measures, gate measures and SPIFF measures. */
export function knownMeasures(plan: Plan): string[] {
  const names = new Map<string, string>();
  for (const measure of plan.measures) names.set(measureKey(measure.name), measure.name);
  // A team measure's figures are summed from its source measure's rows.
  for (const measure of plan.measures)
    if (!names.has(measureKey(sourceOf(measure))))
      names.set(measureKey(sourceOf(measure)), sourceOf(measure));
  for (const gate of plan.gates ?? [])
    if (!names.has(measureKey(gate.measure))) names.set(measureKey(gate.measure), gate.measure);
  for (const spiff of plan.spiffs ?? [])
    if (!names.has(measureKey(spiff.measure))) names.set(measureKey(spiff.measure), spiff.measure);
  return [...names.values()];
}
