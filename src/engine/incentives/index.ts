/**
 * Incentives: the plan model, its SalesPlan/SalesPlanTiers rows, the payout engine and the cell-sized
 * cores of SALES.TIERED, SALES.PAYOUTCURVE and SALES.DRAW. Everything here is pure: plain records in,
 * records with explanations out; user-facing problems are thrown as SalesPlanError.
 */
export {
  checkCurve,
  checkTiers,
  curveRatioUnchecked,
  drawCore,
  drawSeries,
  payoutCurveCore,
  tieredCore,
  tieredUnchecked,
  tierIndex,
  type CurvePoint,
  type DrawPeriod,
  type Tier,
  type TierMode,
} from "./core";
export {
  gateOnYearToDate,
  knownMeasures,
  measureKey,
  periodsPerYear,
  sourceOf,
  validatePlan,
  type DrawTerms,
  type Measure,
  type MeasureMethod,
  type NegativeTrueUp,
  type PayoutFrequency,
  type Plan,
  type PlanGate,
  type Spiff,
} from "./plan";
export { planFromRows, planToRows, type PlanRow, type PlanTables, type PlanTierRow } from "./rows";
export {
  bookedKey,
  computePayouts,
  daysOn,
  employedShare,
  payoutPeriodKey,
  type AdjustmentInput,
  type AdjustmentItem,
  type AdjustmentKind,
  type BookedPaid,
  type DaySpan,
  type MeasureAmount,
  type PayoutInput,
  type PayoutResult,
  type PayoutRow,
  type Rep,
} from "./payouts";
export { annualIncentiveOf } from "./earning";
export { WHAT_IF_REP, whatIfPayout, type WhatIf } from "./whatIf";
export { formatAmount, formatMoney, formatPercent } from "./format";
export { incentiveMessages } from "./messages";
