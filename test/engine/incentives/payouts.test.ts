import { serialOf as dateSerial } from "../../../src/kernel/calendar";
import fc from "fast-check";
import { SalesPlanError } from "../../../src/kernel/errors";
import {
  computePayouts,
  drawCore,
  type AdjustmentInput,
  type MeasureAmount,
  type Plan,
  type PayoutRow,
  type Rep,
} from "../../../src/engine/incentives";
import { roundMoney } from "../../../src/kernel/money";
import { monthly } from "../../support/plans";

const revenueTiers = [
  { from: 0, rate: 0.08 },
  { from: 150000, rate: 0.12 },
  { from: 180000, rate: 0.16 },
];

const basePlan: Plan = {
  name: "Test",
  version: "1",
  currency: "CNY",
  frequency: "monthly",
  trueUp: false,
  negativeTrueUp: "carry",
  // Collection's curve alone pays on the target incentive (3,000 a month); Revenue is commission.
  targetIncentive: 36000,
  measures: [
    {
      name: "Revenue",
      method: { kind: "tiers", mode: "marginal", basis: "amount", tiers: revenueTiers },
      cap: 25000,
    },
    {
      name: "Collection",
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
  ],
};

function run(
  plan: Plan,
  reps: Rep[],
  targets: MeasureAmount[],
  actuals: MeasureAmount[],
  adjustments: AdjustmentInput[] = [],
) {
  return computePayouts({ plan, reps, targets, actuals, adjustments });
}

const rowsOf = (rows: readonly PayoutRow[], measure: string) => rows.filter((r) => r.measure === measure);

function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof SalesPlanError) return error.message;
    throw error;
  }
  throw new Error("expected a SalesPlanError");
}

describe("computePayouts: one rep, one month", () => {
  const result = run(
    basePlan,
    [{ id: "A", name: "Ann" }],
    monthly("A", { Revenue: [150000], Collection: [100] }),
    monthly("A", { Revenue: [195000], Collection: [92] }),
  );
  const [revenue, collection, total] = result.rows;

  test("rows per measure and a total, with the issue's explanation", () => {
    expect(result.rows.map((r) => [r.measure, r.kind])).toEqual([
      ["Revenue", "measure"],
      ["Collection", "measure"],
      ["Total", "total"],
    ]);
    expect(revenue).toMatchObject({
      repId: "A",
      name: "Ann",
      period: "2026-01",
      actual: 195000,
      target: 150000,
      attainment: 1.3,
      point: 0.16,
      gross: 18000,
      net: 18000,
    });
    expect(revenue.explanation).toBe(
      "Revenue 195,000 vs target 150,000 (130%): 150,000 × 8% + 30,000 × 12% + 15,000 × 16% = 18,000; cap 25,000 not reached",
    );
  });

  test("curve measure: 92% on the 50%->25% / 100%->100% segment is 88% of 36,000 / 12", () => {
    expect(collection.point).toBeCloseTo(0.88, 12);
    expect(collection.gross).toBe(2640);
    expect(collection.explanation).toBe(
      "Collection 92 vs target 100 (92%): on the curve between 50% → 25% and 100% → 100%: payout 88% × target incentive 3,000 (weight 100%) = 2,640",
    );
  });

  test("the total is the sum of the rounded rows", () => {
    expect(total.gross).toBe(20640);
    expect(total.net).toBe(20640);
    expect(result.totals).toEqual({ gross: 20640, adjustments: 0, net: 20640 });
    expect(total.explanation).toBe("Total 2026-01: measures 20,640 = 20,640");
  });
});

describe("computePayouts: features", () => {
  test("money is rounded per row with Excel ROUND, totals are sums of rounded rows", () => {
    const plan: Plan = {
      ...basePlan,
      measures: [
        {
          name: "A",
          weight: 0.5,
          method: { kind: "tiers", mode: "marginal", basis: "amount", tiers: [{ from: 0, rate: 0.005 }] },
        },
        {
          name: "B",
          weight: 0.5,
          method: { kind: "tiers", mode: "marginal", basis: "amount", tiers: [{ from: 0, rate: 0.005 }] },
        },
      ],
    };
    // 201 x 0.5% = 1.005 -> 1.01 on each row (half away from zero), total 2.02 (not ROUND(2.01) = 2.01)
    const result = run(
      plan,
      [{ id: "R" }],
      monthly("R", { A: [0], B: [0] }),
      monthly("R", { A: [201], B: [201] }),
    );
    expect(rowsOf(result.rows, "A")[0].gross).toBe(1.01);
    expect(rowsOf(result.rows, "Total")[0].net).toBe(2.02);
    expect(roundMoney(201 * 0.005 * 2)).toBe(2.01);
  });

  test("a measure threshold pays nothing below it", () => {
    const plan: Plan = {
      ...basePlan,
      measures: [{ ...basePlan.measures[0], threshold: 0.8 }, basePlan.measures[1]],
    };
    const result = run(
      plan,
      [{ id: "R" }],
      monthly("R", { Revenue: [150000, 150000], Collection: [100, 100] }),
      monthly("R", { Revenue: [119999, 120000], Collection: [0, 0] }),
    );
    const revenue = rowsOf(result.rows, "Revenue");
    expect(revenue[0].gross).toBe(0);
    expect(revenue[0].explanation).toBe(
      "Revenue 119,999 vs target 150,000 (80%): below the threshold of 80%, so 0",
    );
    expect(revenue[1].gross).toBe(9600);
  });

  test("a plan-wide gate: no bonus unless collection rate >= 90%", () => {
    const plan: Plan = { ...basePlan, gates: [{ measure: "CollectionRate", minimum: 0.9, on: "actual" }] };
    const targets = monthly("R", { Revenue: [150000, 150000], Collection: [100, 100] });
    const actuals = monthly("R", {
      Revenue: [195000, 195000],
      Collection: [100, 100],
      CollectionRate: [0.89, 0.9],
    });
    const result = run(plan, [{ id: "R" }], targets, actuals);
    const totals = rowsOf(result.rows, "Total");
    expect(totals[0].net).toBe(0);
    expect(totals[1].net).toBe(18000 + 3000);
    expect(rowsOf(result.rows, "Revenue")[0].explanation).toBe(
      "Revenue 195,000 vs target 150,000 (130%): plan gate not met (CollectionRate 0.89 < 0.9), so 0",
    );
  });

  test("measure caps, attainment caps and the plan cap", () => {
    const plan: Plan = {
      ...basePlan,
      cap: 20000,
      measures: [
        { ...basePlan.measures[0], cap: 15000 },
        { ...basePlan.measures[1], attainmentCap: 1.2 },
      ],
    };
    const result = run(
      plan,
      [{ id: "R" }],
      monthly("R", { Revenue: [150000], Collection: [100] }),
      monthly("R", { Revenue: [195000], Collection: [200] }),
    );
    const [revenue, collection, total] = result.rows;
    expect(revenue.gross).toBe(15000);
    expect(revenue.explanation).toContain("= 18,000; capped at 15,000");
    // credited at 120%: 1 + 0.2 x 2 = 140% of 3,000
    expect(collection.gross).toBe(4200);
    expect(collection.explanation).toContain("credited up to the attainment cap 120%");
    expect(total.gross).toBe(19200);
    expect(total.net).toBe(19200);
    const capped = run(
      { ...plan, cap: 18000 },
      [{ id: "R" }],
      monthly("R", { Revenue: [150000], Collection: [100] }),
      monthly("R", { Revenue: [195000], Collection: [200] }),
    );
    const cappedTotal = capped.rows[2];
    expect(cappedTotal.adjustments).toBe(-1200);
    expect(cappedTotal.net).toBe(18000);
    expect(cappedTotal.explanation).toBe(
      "Total 2026-01: measures 19,200 + adjustments -1,200 = 18,000. Adjustments: - plan cap (18,000) 1,200 = -1,200",
    );
  });

  test("retro tiers on attainment scale with each rep's target", () => {
    const plan: Plan = {
      ...basePlan,
      measures: [
        {
          name: "Revenue",
          weight: 1,
          method: {
            kind: "tiers",
            mode: "retro",
            basis: "attainment",
            tiers: [
              { from: 0, rate: 0.05 },
              { from: 1, rate: 0.07 },
            ],
          },
        },
      ],
    };
    const result = run(
      plan,
      [{ id: "A" }, { id: "B" }],
      [...monthly("A", { Revenue: [100] }), ...monthly("B", { Revenue: [1000] })],
      [...monthly("A", { Revenue: [100] }), ...monthly("B", { Revenue: [999] })],
    );
    const revenue = rowsOf(result.rows, "Revenue");
    expect(revenue[0].gross).toBe(7);
    expect(revenue[1].gross).toBe(49.95);
    expect(revenue[0].explanation).toBe(
      "Revenue 100 vs target 100 (100%): 100 × 7% (whole amount at tier 2, from 100) = 7",
    );
  });

  test("joiners and leavers: day-exact proration of the target incentive and the draw", () => {
    const plan: Plan = { ...basePlan, draw: { amount: 3100, recoverable: false } };
    // hired 15 January 2026: employed 17 of 31 days
    const rep: Rep = { id: "J", hireDate: dateSerial(2026, 1, 15), endDate: dateSerial(2026, 2, 13) };
    const result = run(
      plan,
      [rep],
      monthly("J", { Revenue: [150000, 150000, 150000], Collection: [100, 100, 100] }),
      monthly("J", { Revenue: [0, 0, 0], Collection: [100, 100, 100] }),
    );
    const collection = rowsOf(result.rows, "Collection");
    expect(collection[0].gross).toBe(3000);
    expect(collection[0].net).toBe(roundMoney((3000 * 17) / 31));
    expect(collection[0].adjustmentItems[0].note).toBe("proration (17 of 31 days employed)");
    // left 13 February: 13 of 28 days; March: not employed, nothing paid and no draw
    expect(collection[1].net).toBe(roundMoney((3000 * 13) / 28));
    expect(collection[2].net).toBe(0);
    const totals = rowsOf(result.rows, "Total");
    expect(totals[0].net).toBe(roundMoney((3100 * 17) / 31));
    expect(totals[2].net).toBe(0);
  });

  test("SPIFFs, clawbacks (full and prorated) and manual adjustments on the total", () => {
    const plan: Plan = { ...basePlan, spiffs: [{ name: "New logo", measure: "NewLogos", amount: 500 }] };
    const adjustments: AdjustmentInput[] = [
      {
        repId: "R",
        period: "2026-01",
        kind: "clawback",
        amount: 1200,
        monthsServed: 4,
        monthsRequired: 12,
        reason: "ACME churned",
      },
      { repId: "R", period: "2026-01", kind: "clawback", amount: 300, reason: "refund" },
      { repId: "R", period: "2026-01", kind: "manual", amount: 100.5, reason: "split credit" },
      { repId: "R", period: "2026-01", kind: "spiff", amount: 250, count: 2, reason: "Q1 push" },
    ];
    const result = run(
      plan,
      [{ id: "R" }],
      monthly("R", { Revenue: [150000], Collection: [100] }),
      monthly("R", { Revenue: [0], Collection: [0], NewLogos: [2] }),
      adjustments,
    );
    const total = result.rows[2];
    expect(total.adjustmentItems.map((x) => [x.kind, x.amount])).toEqual([
      ["spiff", 1000],
      ["spiff", 500],
      ["clawback", -800],
      ["clawback", -300],
      ["manual", 100.5],
    ]);
    expect(total.net).toBe(500.5);
    expect(total.explanation).toBe(
      "Total 2026-01: measures 0 + adjustments 500.50 = 500.50. Adjustments: SPIFF New logo 2 × 500 + SPIFF “Q1 push” 2 × 250 - clawback “ACME churned” 1,200 × 8/12 months not served - clawback “refund” in full 300 + manual adjustment “split credit” 100.50 = 500.50",
    );
  });

  test("a manual adjustment needs a reason", () => {
    expect(
      messageOf(() =>
        run(basePlan, [{ id: "R" }], [], monthly("R", { Revenue: [1] }), [
          { repId: "R", period: "2026-01", kind: "manual", amount: 5 },
        ]),
      ),
    ).toBe("adjustments: a manual adjustment for rep 'R' in 2026-01 needs a reason at column 4");
  });

  test("a recoverable draw is carried forward exactly as SALES.DRAW computes it", () => {
    const plan: Plan = {
      ...basePlan,
      measures: [
        {
          name: "Revenue",
          weight: 1,
          method: { kind: "tiers", mode: "marginal", basis: "amount", tiers: [{ from: 0, rate: 0.1 }] },
        },
      ],
      draw: { amount: 2000, recoverable: true },
    };
    const sales = [27500, 30000, 15000, 23750, 30000, 27500];
    const result = run(plan, [{ id: "R" }], [], monthly("R", { Revenue: sales }));
    const totals = rowsOf(result.rows, "Total");
    const expected = drawCore(
      sales.map((s) => s * 0.1),
      2000,
      true,
    );
    expect(totals.map((t) => [t.net, t.drawBalance])).toEqual(expected.map((e) => [e.pay, e.balance]));
    expect(totals[2].explanation).toBe(
      "Total 2026-03: measures 1,500 + adjustments 500 = 2,000. Adjustments: draw top-up (to 2,000) 500 = 500; draw balance owed 500",
    );
  });

  test("unknown measures, reps and months in the actuals are errors with the row", () => {
    const actuals = [
      ...monthly("R", { Revenue: [1] }),
      { repId: "R", period: "2026-01", measure: "Revnue", amount: 1 },
    ];
    expect(messageOf(() => run(basePlan, [{ id: "R" }], [], actuals))).toBe(
      "actuals: unknown measure 'Revnue' (the plan has Revenue, Collection) at row 2, column 3",
    );
    expect(
      messageOf(() =>
        run(basePlan, [{ id: "R" }], [], [{ repId: "X", period: "2026-01", measure: "Revenue", amount: 1 }]),
      ),
    ).toBe("actuals: unknown rep 'X' at column 1");
    expect(
      messageOf(() =>
        run(basePlan, [{ id: "R" }], [], [{ repId: "R", period: "March", measure: "Revenue", amount: 1 }]),
      ),
    ).toBe("actuals: period 'March' is not a month like 2026-03 at column 2");
  });

  test("quarterly plans add the months of each quarter", () => {
    const plan: Plan = { ...basePlan, frequency: "quarterly" };
    const result = run(
      plan,
      [{ id: "R" }],
      monthly("R", { Revenue: [50000, 50000, 50000, 0], Collection: [100, 100, 100, 100] }),
      monthly("R", { Revenue: [60000, 65000, 70000, 0], Collection: [92, 92, 92, 0] }),
    );
    expect(result.periods).toEqual(["2026-Q1", "2026-Q2"]);
    const revenue = rowsOf(result.rows, "Revenue")[0];
    expect(revenue.actual).toBe(195000);
    expect(revenue.gross).toBe(18000);
    // quarterly target incentive 30,000 x 30% = 9,000 at 88%
    expect(rowsOf(result.rows, "Collection")[0].gross).toBe(7920);
  });
});

describe("computePayouts: year-to-date true-up", () => {
  const plan: Plan = {
    ...basePlan,
    trueUp: true,
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
            { attainment: 2, payout: 3 },
          ],
        },
      },
    ],
  };
  const targets = monthly("R", { Revenue: [100, 100, 100] });
  const actuals = monthly("R", { Revenue: [150, 50, 40] });

  test("each month pays year-to-date earned minus year-to-date paid", () => {
    const result = run({ ...plan, negativeTrueUp: "clawback" }, [{ id: "R" }], targets, actuals);
    const revenue = rowsOf(result.rows, "Revenue");
    // Jan: 150% -> 200% of 1,000 = 2,000. Feb YTD 200/200 = 100% of 2,000 = 2,000 -> 0. Mar 240/300 = 80% of 3,000 = 2,400 -> 400
    expect(revenue.map((r) => r.net)).toEqual([2000, 0, 400]);
    expect(revenue[2].explanation).toBe(
      "Year to date: Revenue 240 vs target 300 (80%): on the curve between 0% → 0% and 100% → 100%: payout 80% × target incentive 3,000 (weight 100%) = 2,400. This period: earned to date 2,400 - paid before 2,000 = 400",
    );
  });

  test("a negative true-up is clawed back, or carried forward, never dropped", () => {
    const down = monthly("R", { Revenue: [150, 0, 100] });
    const clawback = rowsOf(
      run({ ...plan, negativeTrueUp: "clawback" }, [{ id: "R" }], targets, down).rows,
      "Total",
    );
    // Jan 2,000; Feb YTD 75% of 2,000 = 1,500 -> -500; Mar YTD 250/300 -> 2,500 -> +1,000
    expect(clawback.map((r) => r.net)).toEqual([2000, -500, 1000]);
    const carry = rowsOf(
      run({ ...plan, negativeTrueUp: "carry" }, [{ id: "R" }], targets, down).rows,
      "Total",
    );
    expect(carry.map((r) => [r.net, r.carriedBalance])).toEqual([
      [2000, 0],
      [0, -500],
      [500, 0],
    ]);
    expect(carry[1].explanation).toBe(
      "Total 2026-02: measures -500 + adjustments 500 = 0. Adjustments: negative true-up carried forward 500 = 500; negative balance carried to later periods 500",
    );
    expect(carry.reduce((s, r) => s + r.net, 0)).toBe(2500);
  });
});

describe("computePayouts: properties", () => {
  const curvePlan = (trueUp: boolean, frequency: Plan["frequency"]): Plan => ({
    name: "P",
    version: "1",
    currency: "EUR",
    frequency,
    trueUp,
    negativeTrueUp: "clawback",
    // Margin's curve alone pays on the target incentive.
    targetIncentive: 4800,
    cap: frequency === "annual" ? 12 * 3000 : 3000,
    measures: [
      {
        name: "Revenue",
        method: {
          kind: "tiers",
          mode: "marginal",
          basis: "attainment",
          tiers: [
            { from: 0, rate: 0.02 },
            { from: 0.8, rate: 0.05 },
            { from: 1.2, rate: 0.08 },
          ],
        },
        threshold: 0.5,
        cap: frequency === "annual" ? 12 * 2000 : 2000,
      },
      {
        name: "Margin",
        weight: 1,
        method: {
          kind: "curve",
          curve: [
            { attainment: 0.5, payout: 0.25 },
            { attainment: 1, payout: 1 },
            { attainment: 1.5, payout: 2.5 },
          ],
        },
      },
    ],
  });
  const months = fc.array(
    fc.record({ revenue: fc.integer({ min: 0, max: 80000 }), margin: fc.integer({ min: 0, max: 30000 }) }),
    { minLength: 12, maxLength: 12 },
  );
  const input = (values: { revenue: number; margin: number }[]) => ({
    targets: monthly("R", { Revenue: values.map(() => 40000), Margin: values.map(() => 12000) }),
    actuals: monthly("R", { Revenue: values.map((v) => v.revenue), Margin: values.map((v) => v.margin) }),
  });

  test("monthly true-up over a year pays what the annual calculation pays", () => {
    fc.assert(
      fc.property(months, (values) => {
        const { targets, actuals } = input(values);
        const monthlyRun = run(curvePlan(true, "monthly"), [{ id: "R" }], targets, actuals);
        const annualRun = run(curvePlan(false, "annual"), [{ id: "R" }], targets, actuals);
        expect(monthlyRun.totals.net).toBe(annualRun.totals.net);
      }),
      { numRuns: 60 },
    );
  });

  test("never negative without a clawback; caps and gates hold", () => {
    fc.assert(
      fc.property(months, fc.boolean(), (values, trueUp) => {
        const { targets, actuals } = input(values);
        const plan: Plan = {
          ...curvePlan(trueUp, "monthly"),
          negativeTrueUp: "carry",
          draw: { amount: 500, recoverable: true },
        };
        const result = run(plan, [{ id: "R" }], targets, actuals);
        for (const row of result.rows) if (row.kind === "total") expect(row.net).toBeGreaterThanOrEqual(0);
        if (!trueUp)
          for (const row of result.rows) {
            if (row.measure === "Revenue") {
              expect(row.gross).toBeLessThanOrEqual(2000);
              if ((row.attainment ?? 0) < 0.5) expect(row.gross).toBe(0);
            }
            if (row.kind === "total") {
              const capCut = row.adjustmentItems.find((x) => x.kind === "planCap")?.amount ?? 0;
              expect(Math.round((row.gross + capCut) * 100)).toBeLessThanOrEqual(300000);
            }
          }
      }),
      { numRuns: 60 },
    );
  });

  test("monotone in attainment for non-decreasing curves", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60000 }), fc.integer({ min: 0, max: 5000 }), (margin, step) => {
        const plan = { ...curvePlan(false, "monthly"), cap: null };
        const pay = (m: number) =>
          run(
            plan,
            [{ id: "R" }],
            input([{ revenue: 0, margin: m }])
              .targets.slice(0, 1)
              .concat(monthly("R", { Margin: [12000] })),
            monthly("R", { Revenue: [0], Margin: [m] }),
          ).totals.net;
        expect(pay(margin + step)).toBeGreaterThanOrEqual(pay(margin));
      }),
      { numRuns: 100 },
    );
  });
});

describe("computePayouts: plan cap under true-up", () => {
  test("the cap grows with the months paid so far, and its cut is trued up too", () => {
    const plan: Plan = {
      ...basePlan,
      trueUp: true,
      negativeTrueUp: "clawback",
      cap: 1000,
      measures: [
        {
          name: "Revenue",
          weight: 1,
          method: { kind: "tiers", mode: "marginal", basis: "amount", tiers: [{ from: 0, rate: 0.1 }] },
        },
      ],
    };
    const result = run(plan, [{ id: "R" }], [], monthly("R", { Revenue: [15000, 0, 20000] }));
    const totals = rowsOf(result.rows, "Total");
    // Jan earns 1,500, capped at 1,000. Feb: YTD 1,500 within 2,000: the 500 cut is given back.
    // Mar: YTD 3,500 against 3,000: 500 cut again.
    expect(totals.map((t) => [t.gross, t.adjustments, t.net])).toEqual([
      [1500, -500, 1000],
      [0, 500, 500],
      [2000, -500, 1500],
    ]);
    expect(totals[2].explanation).toBe(
      "Total 2026-03: measures 2,000 + adjustments -500 = 1,500. Adjustments: - plan cap (3,000) 500 = -500",
    );
    expect(totals.reduce((sum, t) => sum + t.net, 0)).toBe(3000);
  });
});
