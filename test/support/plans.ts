/**
 * The two-measure plan the issue asks a newcomer to build: Revenue on a payout curve (50% -> 25%,
 * 100% -> 100%, 150% -> 200%) carrying the whole target incentive (weight 100%), Collection on a
 * marginal commission rate table (1% from 0, 2% from 50,000; no weight), and a gate on Revenue at
 * 50%; 24,000 target incentive a year.
 */
import { planFromRows, type MeasureAmount, type Plan } from "../../src/engine/incentives";

/** Monthly records for one rep: `values[measure]` is one amount per month from January 2026. */
export function monthly(repId: string, values: Record<string, number[]>): MeasureAmount[] {
  const out: MeasureAmount[] = [];
  for (const [measure, amounts] of Object.entries(values))
    amounts.forEach((amount, i) =>
      out.push({ repId, period: `2026-${String(i + 1).padStart(2, "0")}`, measure, amount }),
    );
  return out;
}

export function twoMeasurePlan(name = "Sales incentive", version = "v1"): Plan {
  return {
    name,
    version,
    currency: "",
    frequency: "monthly",
    trueUp: false,
    negativeTrueUp: "carry",
    targetIncentive: 24000,
    measures: [
      {
        name: "Revenue",
        weight: 1,
        method: {
          kind: "curve",
          curve: [
            { attainment: 0.5, payout: 0.25 },
            { attainment: 1, payout: 1 },
            { attainment: 1.5, payout: 2 },
          ],
        },
      },
      {
        name: "Collection",
        method: {
          kind: "tiers",
          mode: "marginal",
          basis: "amount",
          tiers: [
            { from: 0, rate: 0.01 },
            { from: 50000, rate: 0.02 },
          ],
        },
      },
    ],
    gates: [{ measure: "Revenue", minimum: 0.5, on: "attainment" }],
  };
}

/** One Revenue measure on a flat 5% commission: what a workbook whose actuals are all in Deals pays. */
export const dealsOnlyPlan: Plan = planFromRows({
  plan: [
    { Parameter: "Name", Item: "", Value: "Deals only" },
    { Parameter: "Currency", Item: "", Value: "CNY" },
    { Parameter: "Method", Item: "Revenue", Value: "tiers" },
  ],
  tiers: [{ Measure: "Revenue", From: 0, Rate: 0.05 }],
});
