/**
 * The two-measure plan the issue asks a newcomer to build: Revenue on a payout curve (50% -> 25%,
 * 100% -> 100%, 150% -> 200%) weighted 70%, Collection on a marginal rate table (1% from 0, 2% from
 * 50,000) weighted 30%, and a gate on Revenue at 50%; 24,000 target incentive a year.
 */
import type { Plan } from "../../src/engine/incentives";

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
        weight: 0.7,
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
        weight: 0.3,
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
