/**
 * What a payout run keeps: the typed columns every row is read back from, the inputs it was run on
 * (RunContext), and the cents of SPIFFs and one-off adjustments, which the engine and the row view
 * both count. Money is counted in integer cents (the kernel's centsOf) so sums never drift.
 */
import type { Locale } from "../../kernel/messages";
import { centsOf } from "../../kernel/money";
import type { PayoutPeriod } from "./calendar";
import type { Plan, Spiff } from "./plan";
import type { AdjustmentInput, AdjustmentItem, Rep } from "./types";

export const NO_ITEMS: readonly AdjustmentItem[] = Object.freeze([]);

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
  /** The period index whose true-up reads "paid before" from the ledger; -1 for none. */
  readonly ledgerFrom: number;
}

/** A column value, or 0 from a column the plan left empty. */
export const at = (column: Float64Array | Int32Array, i: number): number =>
  i < column.length ? column[i] : 0;

/** Cents of a SPIFF for a number of units. */
export const spiffCents = (spiff: Spiff, units: number): number => centsOf(spiff.amount * units);

/** Cents of a one-off adjustment as it lands on the total (clawbacks negative). */
export function oneOffCents(a: AdjustmentInput): number {
  if (a.kind === "spiff") return centsOf(a.amount * (a.count ?? 1));
  if (a.kind === "manual" || a.kind === "award") return centsOf(a.amount);
  const part = a.monthsRequired !== undefined ? 1 - (a.monthsServed ?? 0) / a.monthsRequired : 1;
  return -centsOf(Math.abs(a.amount) * part);
}
