/** The what-if row is the payout engine's own row for a rep with the same figures, and periods map by frequency. */
import { SalesPlanError } from "../../../src/kernel/errors";
import { computePayouts, payoutPeriodKey, whatIfPayout, type Plan } from "../../../src/engine/incentives";
import { twoMeasurePlan } from "../../support/plans";

const plan: Plan = twoMeasurePlan("What-if", "1");

/** The engine over a one-rep table with the same figures as the what-if. */
function engineRow(p: Plan, actuals: Record<string, number>, target: number, incentive: number | null) {
  const targets = Object.keys(actuals).map((measure) => ({
    repId: "R1",
    period: "2026-05",
    measure,
    amount: target,
  }));
  const result = computePayouts({
    plan: p,
    reps: [{ id: "R1", name: "Ann", targetIncentive: incentive }],
    targets,
    actuals: targets.map((t) => ({ ...t, amount: actuals[t.measure] })),
  });
  return (measure: string) => result.rows.find((r) => r.measure === measure)!;
}

test.each([
  ["Revenue", 1.15, 80000, null],
  ["Revenue", 0.75, 80000, 30000],
  ["Revenue", 1.8, 80000, null],
  ["Collection", 1.2, 60000, null],
  ["Collection", 0.5, 60000, null],
])("%s at %p of %p: the engine's row for the same figures", (measure, attainment, target, incentive) => {
  const row = whatIfPayout(plan, { measure, attainment, target, targetIncentive: incentive });
  const other = measure === "Revenue" ? "Collection" : "Revenue";
  const expected = engineRow(
    plan,
    { [measure]: Math.round(attainment * target), [other]: target },
    target,
    incentive ?? 24000,
  )(measure);
  expect(row.measure).toBe(measure);
  expect(row.net).toBe(expected.net);
  expect(row.gross).toBe(expected.gross);
  expect(row.point).toBe(expected.point);
  expect(row.explanation).toBe(expected.explanation);
});

test("worked example: revenue at 115% on the curve, and the gate closing below 50%", () => {
  // 1.15 lies between 100% -> 100% and 150% -> 200%: 1 + 0.15 x 2 = 130% of 24000 / 12 x 100% = 2000 x 1.3.
  const row = whatIfPayout(plan, { measure: "Revenue", attainment: 1.15, target: 100000 });
  expect(row.net).toBe(2600);
  expect(row.explanation).toBe(
    "Revenue 115,000 vs target 100,000 (115%): on the curve between 100% → 100% and 150% → 200%: payout 130% × target incentive 2,000 (weight 100%) = 2,600",
  );
  const gated = whatIfPayout(plan, { measure: "Revenue", attainment: 0.4, target: 100000 });
  expect(gated.net).toBe(0);
  expect(gated.explanation).toMatch(/plan gate not met \(Revenue 40% < 50%\), so 0/);
  // The rate table: 50,000 x 1% + 10,000 x 2% at 120% of 50,000.
  expect(whatIfPayout(plan, { measure: "Collection", attainment: 1.2, target: 50000 }).net).toBe(700);
});

test("an unknown measure, a bad number or a curve without any target incentive is the engine's error", () => {
  expect(() => whatIfPayout(plan, { measure: "Margin", attainment: 1, target: 1 })).toThrow(SalesPlanError);
  expect(() => whatIfPayout(plan, { measure: "Revenue", attainment: NaN, target: 1 })).toThrow(/attainment/);
  expect(() => whatIfPayout(plan, { measure: "Revenue", attainment: 1, target: -1 })).toThrow(/target/);
  expect(() =>
    whatIfPayout({ ...plan, targetIncentive: null }, { measure: "Revenue", attainment: 1, target: 1 }),
  ).toThrow(/no target incentive/);
});

test("months map to the payout period SalesPayouts names", () => {
  expect(payoutPeriodKey("2026-03", "monthly")).toBe("2026-03");
  expect(payoutPeriodKey("2026-03", "quarterly")).toBe("2026-Q1");
  expect(payoutPeriodKey("2026-10", "quarterly")).toBe("2026-Q4");
  expect(payoutPeriodKey("2026-10", "annual")).toBe("2026");
  expect(payoutPeriodKey("March", "monthly")).toBeNull();
});
