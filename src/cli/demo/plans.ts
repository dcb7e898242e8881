/** The demo's incentive plan and scorecard: every feature PRODUCT.md lists, at plausible sizes. */
import type { MeasureMethod, Plan } from "../../engine/incentives";
import type { ScorecardOptions } from "../../jobs";

/** Half the target incentive at 80% attainment, all of it at 100%, one and a half at 120%. */
const BONUS_CURVE: MeasureMethod = {
  kind: "curve",
  curve: [
    { attainment: 0.8, payout: 0.5 },
    { attainment: 1, payout: 1 },
    { attainment: 1.2, payout: 1.5 },
  ],
};

/**
 * Two measures (revenue on a marginal commission rate table, so no weight; collection on a curve
 * carrying the whole target incentive), a gate, caps, a SPIFF and a draw.
 */
export const demoPlan: Plan = {
  name: "FY2026 Field Sales",
  version: "1.0",
  currency: "CNY",
  frequency: "monthly",
  trueUp: false,
  negativeTrueUp: "carry",
  // Collection's curve pays on this alone (1,500 a month at 100%).
  targetIncentive: 18_000,
  measures: [
    {
      name: "Revenue",
      method: {
        kind: "tiers",
        mode: "marginal",
        basis: "attainment",
        tiers: [
          { from: 0, rate: 0.02 },
          { from: 1, rate: 0.04 },
          { from: 1.2, rate: 0.06 },
        ],
      },
      threshold: 0.5,
      attainmentCap: 2,
    },
    {
      name: "Collection",
      weight: 1,
      method: BONUS_CURVE,
      threshold: 0.8,
      cap: 4_000,
    },
  ],
  gates: [{ measure: "Revenue", minimum: 0.6, on: "attainment" }],
  cap: 20_000,
  spiffs: [{ name: "New logo", measure: "NewLogos", amount: 2_000 }],
  draw: { amount: 1_500, recoverable: true },
};

/**
 * The sales managers' plan (the regions' leads, who still sell): their own revenue on the field
 * plan's commission, their team's revenue (everyone reporting to them, directly or through the
 * leads under them) on a curve carrying the whole target incentive, and an override of 0.1% on
 * the team's credited revenue.
 */
export const managerPlan: Plan = {
  name: "FY2026 Sales Managers",
  version: "1.0",
  currency: "CNY",
  frequency: "monthly",
  trueUp: false,
  negativeTrueUp: "carry",
  // TeamRevenue's curve pays on this alone (2,000 a month at 100% of the team's target).
  targetIncentive: 24_000,
  measures: [
    demoPlan.measures[0],
    {
      name: "TeamRevenue",
      on: "team",
      source: "Revenue",
      weight: 1,
      method: BONUS_CURVE,
      threshold: 0.8,
    },
    {
      name: "TeamOverride",
      on: "team",
      source: "Revenue",
      method: { kind: "tiers", mode: "marginal", basis: "amount", tiers: [{ from: 0, rate: 0.001 }] },
    },
  ],
  cap: 40_000,
};

/** Process (visits, calls, proposal quality) against results (collection rate, revenue). */
export function demoScorecard(monthlyRevenueTarget: number): ScorecardOptions {
  return {
    kpis: [
      { name: "Visits", kind: "process", direction: "up", weight: 0.4, cap: null, target: 20 },
      { name: "Calls", kind: "process", direction: "up", weight: 0.2, cap: null, target: 60 },
      { name: "ProposalQuality", kind: "process", direction: "up", weight: 0.4, cap: null, target: 4 },
      { name: "CollectionRate", kind: "result", direction: "up", weight: 0.4, cap: 1.05, target: 0.95 },
      {
        name: "Revenue",
        kind: "result",
        direction: "up",
        weight: 0.6,
        cap: null,
        target: monthlyRevenueTarget,
      },
    ],
    groupWeights: { process: 40, result: 60 },
    cap: 1.2,
    bands: [
      { minimum: 100, label: "A" },
      { minimum: 85, label: "B" },
      { minimum: 70, label: "C" },
      { minimum: 0, label: "D" },
    ],
  };
}
