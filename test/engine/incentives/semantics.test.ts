/**
 * "Plan semantics, exactly" (PRODUCT.md, issue 12): gates under a year-to-date true-up, weights
 * only where they act, SPIFFs on their own measure and whether they repay the draw. Each test is a
 * worked example that failed before the rule was in the engine.
 */
import { computePayouts, type Plan } from "../../../src/engine/incentives";
import { monthly } from "../../support/plans";

/** Revenue on a straight curve (100% pays 100%) carrying a 12,000 target incentive: 1,000 a month. */
const curvePlan: Plan = {
  name: "True-up",
  version: "1",
  currency: "EUR",
  frequency: "monthly",
  trueUp: true,
  negativeTrueUp: "clawback",
  targetIncentive: 12000,
  measures: [
    {
      name: "Revenue",
      weight: 1,
      method: {
        kind: "curve",
        curve: [
          { attainment: 0, payout: 0 },
          { attainment: 1, payout: 1 },
        ],
      },
    },
  ],
};

describe("gates under a year-to-date true-up (point 2)", () => {
  const targets = monthly("R", { Revenue: [100, 100, 100, 100] });
  const actuals = monthly("R", { Revenue: [100, 100, 100, 100], CollectionRate: [0.95, 0.95, 0.8, 0.95] });
  const net = (plan: Plan) =>
    computePayouts({ plan, reps: [{ id: "R" }], targets, actuals })
      .rows.filter((r) => r.kind === "total")
      .map((r) => r.net);

  test("a gate judged on the period withholds that period's pay only", () => {
    // Before: Jan +1,000, Feb +1,000, Mar -2,000 (earlier pay taken back), Apr +4,000.
    const plan: Plan = { ...curvePlan, gates: [{ measure: "CollectionRate", minimum: 0.9, on: "actual" }] };
    expect(net(plan)).toEqual([1000, 1000, 0, 1000]);
    const rows = computePayouts({ plan, reps: [{ id: "R" }], targets, actuals }).rows;
    const march = rows.find((r) => r.period === "2026-03" && r.kind === "measure")!;
    expect(march.explanation).toContain(
      "plan gate not met this period (CollectionRate 0.8 < 0.9), so 1,000 withheld",
    );
    const april = rows.find((r) => r.period === "2026-04" && r.kind === "measure")!;
    expect(april.explanation).toContain(
      "This period: earned to date 4,000 - withheld earlier 1,000 - paid before 2,000 = 1,000",
    );
  });

  test("an attainment gate can be judged on the period too", () => {
    const plan: Plan = {
      ...curvePlan,
      gates: [{ measure: "Collection", minimum: 0.9, on: "attainment", window: "period" }],
    };
    const result = computePayouts({
      plan,
      reps: [{ id: "R" }],
      targets: [...targets, ...monthly("R", { Collection: [100, 100, 100, 100] })],
      actuals: monthly("R", { Revenue: [100, 100, 100, 100], Collection: [100, 100, 50, 100] }),
    });
    expect(result.rows.filter((r) => r.kind === "total").map((r) => r.net)).toEqual([1000, 1000, 0, 1000]);
  });

  test("a gate judged on year-to-date figures works on the year-to-date window", () => {
    // Year-to-date collection 150 / 300 = 50% in March: nothing earned to date, so March takes back
    // Jan and Feb (clawback); April's year to date (200 / 400 = 50%) still fails, May's (300 / 500 = 60%) passes.
    const plan: Plan = { ...curvePlan, gates: [{ measure: "Collection", minimum: 0.6, on: "attainment" }] };
    const result = computePayouts({
      plan,
      reps: [{ id: "R" }],
      targets: [
        ...monthly("R", { Revenue: [100, 100, 100, 100, 100], Collection: [100, 100, 100, 100, 100] }),
      ],
      actuals: [...monthly("R", { Revenue: [100, 100, 100, 100, 100], Collection: [100, 50, 0, 50, 100] })],
    });
    expect(result.rows.filter((r) => r.kind === "total").map((r) => r.net)).toEqual([
      1000, 1000, -2000, 0, 5000,
    ]);
    const march = result.rows.find((r) => r.period === "2026-03" && r.kind === "measure")!;
    expect(march.explanation).toContain("plan gate not met (Collection 50% < 60%), so 0");
  });

  test("without a true-up a failing gate pays nothing that period, as before", () => {
    const plan: Plan = {
      ...curvePlan,
      trueUp: false,
      gates: [{ measure: "CollectionRate", minimum: 0.9, on: "actual" }],
    };
    expect(net(plan)).toEqual([1000, 1000, 0, 1000]);
  });
});

describe("weights split the target incentive among the measures paid on it (point 3)", () => {
  const commission = (weight: number): Plan => ({
    ...curvePlan,
    trueUp: false,
    measures: [
      {
        name: "Revenue",
        weight,
        method: { kind: "tiers", mode: "marginal", basis: "amount", tiers: [{ from: 0, rate: 0.05 }] },
      },
      {
        name: "Margin",
        weight: 0.6,
        method: {
          kind: "curve",
          curve: [
            { attainment: 0, payout: 0 },
            { attainment: 1, payout: 1 },
          ],
        },
      },
      {
        name: "NPS",
        weight: 0.4,
        method: {
          kind: "tiers",
          mode: "marginal",
          basis: "attainment",
          payOn: "incentive",
          tiers: [
            { from: 0, rate: 1 },
            { from: 1, rate: 1.5 },
          ],
        },
      },
    ],
  });
  const run = (plan: Plan) =>
    computePayouts({
      plan,
      reps: [{ id: "R" }],
      targets: monthly("R", { Revenue: [100000], Margin: [100], NPS: [50] }),
      actuals: monthly("R", { Revenue: [100000], Margin: [100], NPS: [55] }),
    }).rows;

  test("a commission rate table pays on the amount whatever weight it carries", () => {
    // 100,000 x 5% = 5,000; the weights 0.6 + 0.4 of Margin and NPS make the 100%.
    expect(run(commission(0.7))[0].net).toBe(5000);
    expect(run(commission(0))[0].net).toBe(5000);
  });

  test("curves and tier tables on the target incentive share it by weight", () => {
    const [, margin, nps] = run(commission(0));
    // 12,000 / 12 = 1,000 a month: Margin 100% x 1,000 x 60% = 600.
    expect(margin.net).toBe(600);
    // NPS at 110%: 100% x 1 + 10% x 1.5 = 115% of 1,000 x 40% = 460.
    expect(nps.net).toBe(460);
    expect(nps.point).toBeCloseTo(1.15, 12);
  });
});

describe("SPIFFs pay on their own measure; whether they repay the draw is a setting (points 1, 7)", () => {
  const plan: Plan = {
    ...curvePlan,
    trueUp: false,
    measures: [
      {
        name: "Revenue",
        method: { kind: "tiers", mode: "marginal", basis: "amount", tiers: [{ from: 0, rate: 0.05 }] },
      },
    ],
    spiffs: [{ name: "New logo", measure: "NewLogos", amount: 500 }],
    draw: { amount: 1500, recoverable: true },
  };
  // January: commission 500 (under the 1,500 draw) and 2 new logos; February: commission 3,000.
  const input = {
    reps: [{ id: "R" }],
    targets: [],
    actuals: monthly("R", { Revenue: [10000, 60000], NewLogos: [2, 0] }),
  };

  test("by default SPIFF money is paid on top and does not repay the draw", () => {
    const totals = computePayouts({ plan, ...input }).rows.filter((r) => r.kind === "total");
    // Jan: draw tops 500 up to 1,500 (1,000 owed), then the SPIFF 2 x 500 = 1,000: 2,500.
    expect(totals.map((r) => [r.net, r.drawBalance])).toEqual([
      [2500, 1000],
      // Feb: 3,000 earned, 1,500 above the draw repays the 1,000 owed: 2,000.
      [2000, 0],
    ]);
    expect(totals[0].adjustmentItems.map((x) => [x.kind, x.amount])).toEqual([
      ["draw", 1000],
      ["spiff", 1000],
    ]);
  });

  test("with SpiffRepaysDraw the SPIFF counts towards the draw", () => {
    const totals = computePayouts({ plan: { ...plan, spiffRepaysDraw: true }, ...input }).rows.filter(
      (r) => r.kind === "total",
    );
    // Jan: 500 + 1,000 SPIFF = 1,500 meets the draw, nothing owed.
    expect(totals.map((r) => [r.net, r.drawBalance])).toEqual([
      [1500, 0],
      [3000, 0],
    ]);
  });
});
