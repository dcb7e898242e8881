/** A synthetic company for the speed check and the bench: reps x 12 months x 3 measures, seeded. */
import type { MeasureAmount, Plan, Rep } from "../../../src/engine/incentives";

/** The bench plan: a 4-tier marginal revenue table, a margin curve, a collection gate, caps and a draw. */
export const benchPlan: Plan = {
  name: "Bench plan",
  version: "1",
  currency: "CNY",
  frequency: "monthly",
  trueUp: false,
  negativeTrueUp: "carry",
  targetIncentive: 60000,
  measures: [
    {
      name: "Revenue",
      weight: 0.6,
      method: {
        kind: "tiers",
        mode: "marginal",
        basis: "attainment",
        tiers: [
          { from: 0, rate: 0.02 },
          { from: 0.8, rate: 0.04 },
          { from: 1, rate: 0.06 },
          { from: 1.2, rate: 0.08 },
        ],
      },
      cap: 4000,
    },
    {
      name: "Margin",
      weight: 0.4,
      method: {
        kind: "curve",
        curve: [
          { attainment: 0.5, payout: 0.25 },
          { attainment: 1, payout: 1 },
          { attainment: 1.5, payout: 2 },
        ],
      },
      cap: 4000,
    },
  ],
  gates: [{ measure: "CollectionRate", minimum: 0.9, on: "actual" }],
  draw: { amount: 1500, recoverable: true },
};

/** Park-Miller generator, so every run sees the same data. */
function random(seed: number): () => number {
  let state = seed % 2147483647;
  return () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
}

export interface SyntheticData {
  reps: Rep[];
  targets: MeasureAmount[];
  actuals: MeasureAmount[];
}

export function syntheticData(repCount: number, seed = 42): SyntheticData {
  const next = random(seed);
  const reps: Rep[] = [];
  const targets: MeasureAmount[] = [];
  const actuals: MeasureAmount[] = [];
  const months = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, "0")}`);
  for (let r = 0; r < repCount; r++) {
    const id = `R${String(r + 1).padStart(5, "0")}`;
    reps.push({ id, name: `Rep ${r + 1}` });
    const revenueTarget = 50000 + Math.round(next() * 100000);
    const marginTarget = Math.round(revenueTarget * 0.3);
    for (const period of months) {
      targets.push({ repId: id, period, measure: "Revenue", amount: revenueTarget });
      targets.push({ repId: id, period, measure: "Margin", amount: marginTarget });
      actuals.push({
        repId: id,
        period,
        measure: "Revenue",
        amount: Math.round(revenueTarget * (0.4 + next() * 1.1)),
      });
      actuals.push({
        repId: id,
        period,
        measure: "Margin",
        amount: Math.round(marginTarget * (0.3 + next() * 1.3)),
      });
      actuals.push({
        repId: id,
        period,
        measure: "CollectionRate",
        amount: Math.round((0.8 + next() * 0.2) * 1000) / 1000,
      });
    }
  }
  return { reps, targets, actuals };
}
