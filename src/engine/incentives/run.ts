/**
 * What a payout run keeps: the payout periods, the window a measure earns over, the typed columns
 * every row is read back from, and the small money helpers the engine and its explanations share.
 * Money is counted in integer cents so sums never drift.
 */
import type { Locale } from "../../kernel/messages";
import { roundMoney } from "../../kernel/money";
import { employedDays } from "../targets/ramp";
import { curveRatioUnchecked, tierIndex, tieredUnchecked } from "./core";
import type { Measure, PayoutFrequency, Plan, PlanGate, Spiff } from "./plan";
import type { AdjustmentInput, AdjustmentItem, Rep } from "./types";

export const NO_ITEMS: readonly AdjustmentItem[] = Object.freeze([]);
export const cents = (x: number): number => Math.round(roundMoney(x) * 100);
export const money = (c: number): number => (c === 0 ? 0 : c / 100);

/** Excel serial of a calendar day (1900 date system, day 1 = 1900-01-01, as Excel counts after March 1900). */
export function dateSerial(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / 86400000 + 25569;
}

export interface PayoutPeriod {
  readonly key: string;
  readonly year: number;
  readonly start: number;
  readonly end: number;
}

export function parseMonth(text: string): { year: number; month: number } | null {
  const match = /^\s*(\d{4})-(\d{1,2})\s*$/.exec(text);
  if (!match) return null;
  const month = Number(match[2]);
  return month >= 1 && month <= 12 ? { year: Number(match[1]), month } : null;
}

export function payoutPeriodOf(year: number, month: number, frequency: PayoutFrequency): PayoutPeriod {
  if (frequency === "monthly") {
    const key = `${year}-${String(month).padStart(2, "0")}`;
    return { key, year, start: dateSerial(year, month, 1), end: dateSerial(year, month + 1, 1) - 1 };
  }
  if (frequency === "quarterly") {
    const q = Math.floor((month - 1) / 3);
    return {
      key: `${year}-Q${q + 1}`,
      year,
      start: dateSerial(year, q * 3 + 1, 1),
      end: dateSerial(year, q * 3 + 4, 1) - 1,
    };
  }
  return { key: String(year), year, start: dateSerial(year, 1, 1), end: dateSerial(year + 1, 1, 1) - 1 };
}

/**
 * The payout period a month ("2026-03") is paid in, as SalesPayouts' Period column names it:
 * "2026-03" monthly, "2026-Q1" quarterly, "2026" annually; null for text that is not such a month.
 */
export function payoutPeriodKey(month: string, frequency: PayoutFrequency): string | null {
  const parsed = parseMonth(month);
  return parsed ? payoutPeriodOf(parsed.year, parsed.month, frequency).key : null;
}

/**
 * Share of a period's days the rep is employed, the rule SALES.RAMP uses without a ramp (one rule,
 * targets' employedDays): the average over the period's days of 1 (employed) or 0 (before hire,
 * after leaving), with the days counted for the explanation's "employed of days".
 */
export function employedShare(
  period: { start: number; end: number },
  hireDate?: number | null,
  endDate?: number | null,
) {
  const days = period.end - period.start + 1;
  const employed = employedDays(period.start, period.end, hireDate, endDate);
  return { share: employed / days, employed, days };
}

/** A rep's annual target incentive: their own, else their role's, else the plan's; null when none is set. */
export function annualIncentiveOf(rep: Rep, plan: Plan): number | null {
  return (
    rep.targetIncentive ??
    (rep.role !== undefined ? plan.roleIncentives?.[rep.role] : undefined) ??
    plan.targetIncentive ??
    null
  );
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

/**
 * Every number of a run, column by column: 10,000 reps make half a million rows, and a few typed
 * columns keep that to a handful of allocations. Money is in integer cents. What can be read back
 * from the inputs (rep, period, actual, target, SPIFF amounts) is not stored again.
 */
export class PayoutColumns {
  // Per measure row, at rp * measures + m, where rp = rep * periods + period.
  /** The tier rate or curve ratio; NaN stands for "none". */
  readonly point: Float64Array;
  readonly grossCents: Float64Array;
  readonly netCents: Float64Array;
  // Under true-up only: the year-to-date window each measure row was paid on.
  readonly windowActual: Float64Array;
  readonly windowTarget: Float64Array;
  readonly windowCount: Int32Array;
  readonly incentiveFull: Float64Array;
  readonly incentiveProrated: Float64Array;
  /** Cents earned over the window after proration (what has been paid once the row is paid). */
  readonly cumulativeCents: Float64Array;
  /** Cents withheld earlier this year by gates judged on one period, and withheld by this row. */
  readonly forfeitedCents: Float64Array;
  readonly heldCents: Float64Array;
  // Per rep and period (the total row).
  readonly totalGrossCents: Float64Array;
  readonly totalAdjustmentCents: Float64Array;
  readonly planCapCents: Float64Array;
  readonly carryAdjustmentCents: Float64Array;
  readonly drawAdjustmentCents: Float64Array;
  readonly drawCents: Float64Array;
  readonly drawBalanceCents: Float64Array;
  readonly carriedCents: Float64Array;
  /** 1 + the index of the plan gate that failed; 0 when every gate holds. */
  readonly failedGate: Int32Array;
  readonly gateValue: Float64Array;

  constructor(repPeriods: number, measures: number, plan: Plan) {
    const trueUp = plan.trueUp;
    const size = repPeriods * measures;
    this.point = new Float64Array(size);
    this.grossCents = new Float64Array(size);
    this.netCents = new Float64Array(size);
    const windowSize = trueUp ? size : 0;
    this.windowActual = new Float64Array(windowSize);
    this.windowTarget = new Float64Array(windowSize);
    this.windowCount = new Int32Array(windowSize);
    this.incentiveFull = new Float64Array(windowSize);
    this.incentiveProrated = new Float64Array(windowSize);
    this.cumulativeCents = new Float64Array(windowSize);
    this.forfeitedCents = new Float64Array(windowSize);
    this.heldCents = new Float64Array(windowSize);
    this.totalGrossCents = new Float64Array(repPeriods);
    this.totalAdjustmentCents = new Float64Array(repPeriods);
    // Columns for features the plan does not use stay empty (reads of them give undefined -> 0).
    const sized = (used: boolean) => (used ? repPeriods : 0);
    this.planCapCents = new Float64Array(sized(plan.cap !== null && plan.cap !== undefined));
    // Only a true-up can make a period's due negative, so only a true-up carries.
    this.carryAdjustmentCents = new Float64Array(sized(plan.trueUp));
    this.carriedCents = new Float64Array(sized(plan.trueUp));
    this.drawAdjustmentCents = new Float64Array(sized(!!plan.draw));
    this.drawCents = new Float64Array(sized(!!plan.draw));
    this.drawBalanceCents = new Float64Array(sized(!!plan.draw));
    this.failedGate = new Int32Array(sized((plan.gates ?? []).length > 0));
    this.gateValue = new Float64Array(sized((plan.gates ?? []).length > 0));
  }
}

export interface RunContext {
  readonly plan: Plan;
  readonly reps: readonly Rep[];
  readonly periods: readonly PayoutPeriod[];
  readonly columns: PayoutColumns;
  /** Actuals and targets per rep, period and known measure, at (rep * periods + period) * known + k. */
  readonly actual: Float64Array;
  readonly target: Float64Array;
  readonly known: number;
  /** Known-measure index of each plan measure and each SPIFF. */
  readonly measureK: readonly number[];
  readonly spiffK: readonly number[];
  /** One-off adjustments by rep * periods + period. */
  readonly adjustmentsAt: ReadonlyMap<number, AdjustmentInput[]>;
  /** The language explanations are written in. */
  readonly language: Locale;
}

/** A column value, or 0 from a column the plan left empty. */
export const at = (column: Float64Array | Int32Array, i: number): number =>
  i < column.length ? column[i] : 0;

/** Cents of a SPIFF for a number of units. */
export const spiffCents = (spiff: Spiff, units: number): number => cents(spiff.amount * units);

/** Cents of a one-off adjustment as it lands on the total (clawbacks negative). */
export function oneOffCents(a: AdjustmentInput): number {
  if (a.kind === "spiff") return cents(a.amount * (a.count ?? 1));
  if (a.kind === "manual") return cents(a.amount);
  const part = a.monthsRequired !== undefined ? 1 - (a.monthsServed ?? 0) / a.monthsRequired : 1;
  return -cents(Math.abs(a.amount) * part);
}

export function employmentOf(rep: Rep, period: PayoutPeriod) {
  return rep.hireDate == null && rep.endDate == null
    ? null
    : employedShare(period, rep.hireDate, rep.endDate);
}
