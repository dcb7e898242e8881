/** The payout engine's records: what goes in (reps, amounts, adjustments) and the rows that come out. */
import type { Locale } from "../../kernel/messages";
import type { Plan } from "./plan";

/** A rep as the Reps table has them. Dates are Excel date serials (both ends inclusive). */
export interface Rep {
  readonly id: string;
  readonly name?: string;
  readonly role?: string;
  /** Annual target incentive; overrides the role's and the plan's. */
  readonly targetIncentive?: number | null;
  readonly hireDate?: number | null;
  readonly endDate?: number | null;
  /** Draw balance the rep already owes when this run starts. */
  readonly drawBalance?: number;
  /**
   * The days this run pays the rep for (their PlanAssignments to this plan); absent: every day.
   * Days outside them prorate like days before hire, and the explanations say "on the plan".
   */
  readonly days?: readonly DaySpan[];
}

/** A run of days, both ends inclusive (Excel serials; +-Infinity for an open end). */
export interface DaySpan {
  readonly from: number;
  readonly to: number;
}

/** One actual or target: a rep's amount for a measure in a month ("2026-03"). */
export interface MeasureAmount {
  readonly repId: string;
  readonly period: string;
  readonly measure: string;
  readonly amount: number;
}

/**
 * A one-off adjustment in a month: a SPIFF (amount x count), a clawback of an earlier payout (in
 * full, or prorated by months served of months required), a manual adjustment with its reason, or
 * an honour-roll award's cash (the people job's second pass; paid like a manual adjustment, after
 * the draw, and explained as an award).
 */
export interface AdjustmentInput {
  readonly repId: string;
  readonly period: string;
  readonly kind: "spiff" | "clawback" | "manual" | "award";
  /** SPIFF: amount per unit; clawback: the original payout (positive); manual, award: signed amount. */
  readonly amount: number;
  readonly reason?: string;
  readonly count?: number;
  readonly monthsServed?: number;
  readonly monthsRequired?: number;
}

export interface PayoutInput {
  readonly plan: Plan;
  readonly reps: readonly Rep[];
  readonly targets: readonly MeasureAmount[];
  readonly actuals: readonly MeasureAmount[];
  readonly adjustments?: readonly AdjustmentInput[];
  /** The language of the explanations; default "en". The figures are the same in both. */
  readonly language?: Locale;
  /** Month-end: what SalesLedger booked for closed periods, which a true-up's "paid before" reads. */
  readonly booked?: BookedPaid | null;
}

/**
 * What SalesLedger says was paid for each rep's measures in closed periods (restatements counted
 * for the period they restate). Under a true-up the first period after the closed ones subtracts
 * this as "paid before", not what the closed periods would pay now: a change to a closed period
 * of the same year is then paid inside that true-up, as finance booked it.
 */
export interface BookedPaid {
  /** The closed payout periods ("2026-01"); the first period after the last of them reads the ledger. */
  readonly closed: ReadonlySet<string>;
  /** Cents booked, by bookedKey(rep, measure, year). */
  readonly cents: ReadonlyMap<string, number>;
}

/** The key of BookedPaid.cents: a rep's measure in a year ("2026"). */
export const bookedKey = (repId: string, measure: string, year: string | number): string =>
  `${repId}\u0000${measure}\u0000${year}`;

export type AdjustmentKind =
  "proration" | "planCap" | "spiff" | "trueUpCarry" | "draw" | "clawback" | "manual" | "award";

/** One adjustment on a row, in money (cents), with the reason where a person gave one. */
export interface AdjustmentItem {
  readonly kind: AdjustmentKind;
  readonly amount: number;
  readonly note: string;
}

/** One SalesPayouts row: a rep's measure in a payout period, or (measure "Total") the rep's total. */
export interface PayoutRow {
  readonly repId: string;
  readonly name: string;
  /** Payout period: "2026-03", "2026-Q1" or "2026". */
  readonly period: string;
  readonly measure: string;
  readonly kind: "measure" | "total";
  /** The period's own actual and target (the explanation shows year-to-date figures under true-up). */
  readonly actual: number | null;
  readonly target: number | null;
  readonly attainment: number | null;
  /** The rate of the tier reached, or the curve's payout ratio at the credited attainment. */
  readonly point: number | null;
  readonly gross: number;
  readonly adjustments: number;
  readonly net: number;
  readonly adjustmentItems: readonly AdjustmentItem[];
  /** Total rows: draw the rep owes after this period. */
  readonly drawBalance: number;
  /** Total rows: negative true-up carried into later periods (0 or negative). */
  readonly carriedBalance: number;
  /** Built on first read, so a large run does not pay for sentences nobody opens. */
  readonly explanation: string;
  /** The plan that paid the row, in a run over several plans (PlanAssignments); absent otherwise. */
  readonly plan?: string;
}

export interface PayoutResult {
  /** Every row: per rep and payout period, one per measure, then the rep total. */
  readonly rows: PayoutRow[];
  /** Number of rows. */
  readonly length: number;
  /** One row, without building the whole list. */
  row(i: number): PayoutRow;
  /** Payout periods in order. */
  readonly periods: string[];
  /**
   * Sums of the rep total rows, to the cent; `restated`: what true-ups reading the ledger (input
   * `booked`) paid for closed periods, included in gross and net.
   */
  readonly totals: {
    readonly gross: number;
    readonly adjustments: number;
    readonly net: number;
    readonly restated?: number;
  };
}
