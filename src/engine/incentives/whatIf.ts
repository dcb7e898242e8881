/**
 * What-if: one measure's payout at a chosen attainment, computed by the payout engine itself (one
 * made-up rep, one payout period), so the number and its sentence are exactly what SalesPayouts
 * would show for a rep with those figures.
 */
import { fail } from "../../kernel/errors";
import { commonMessages, type Locale } from "../../kernel/messages";
import { excelRound } from "../../kernel/money";
import { incentiveMessages } from "./messages";
import { computePayouts, type MeasureAmount, type PayoutRow } from "./payouts";
import { knownMeasures, measureKey, type Plan } from "./plan";

export interface WhatIf {
  /** A measure of the plan. */
  readonly measure: string;
  /** Attainment of that measure, 1 = 100%. */
  readonly attainment: number;
  /** The measure's target for one payout period (rate tables by amount pay on attainment x target). */
  readonly target: number;
  /** Annual target incentive of the rep; absent or null: the plan's. */
  readonly targetIncentive?: number | null;
  /** The language of the row's explanation; default "en". */
  readonly language?: Locale;
}

/** The rep id the what-if run uses (it shows in engine messages about the rep). */
export const WHAT_IF_REP = "what-if";

/**
 * The measure row SalesPayouts would hold for a rep at `attainment` of `target` on one measure.
 * Every other measure of the plan (and a gate on it) is taken at 100% of the same target; the rep
 * works the whole period (no proration). Plan-level adjustments (plan cap, SPIFFs, draw) belong to
 * the rep's total row and are not part of this row. Throws the engine's SalesPlanError for an
 * invalid plan, an unknown measure, or a curve with no target incentive anywhere.
 */
export function whatIfPayout(plan: Plan, input: WhatIf): PayoutRow {
  const m = plan.measures.findIndex((x) => measureKey(x.name) === measureKey(input.measure));
  if (m < 0)
    fail(incentiveMessages.unknownMeasure, {
      arg: "what-if",
      measure: input.measure,
      expected: plan.measures.map((x) => x.name).join(", "),
    });
  for (const [arg, value] of [
    ["attainment", input.attainment],
    ["target", input.target],
  ] as const) {
    if (!Number.isFinite(value)) fail(commonMessages.notFinite, { arg, value: String(value) });
    if (value < 0) fail(commonMessages.negative, { arg, value });
  }
  const month = "2026-01";
  const amounts = (actual: boolean): MeasureAmount[] =>
    knownMeasures(plan).map((name, k) => ({
      repId: WHAT_IF_REP,
      period: month,
      measure: name,
      // Rounded off float noise (1.15 x 100000 = 114999.99999999999), as a typed cell would be.
      amount: actual && k === m ? excelRound(input.attainment * input.target, 9) : input.target,
    }));
  const result = computePayouts({
    plan,
    reps: [{ id: WHAT_IF_REP, targetIncentive: input.targetIncentive ?? null }],
    targets: amounts(false),
    actuals: amounts(true),
    language: input.language ?? "en",
  });
  // One rep and one period: the rows are the plan's measures in order, then the total.
  return result.row(m);
}
