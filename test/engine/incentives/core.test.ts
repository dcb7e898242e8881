import fc from "fast-check";
import { SalesPlanError } from "../../../src/kernel/errors";
import {
  drawCore,
  formatAmount,
  formatMoney,
  formatPercent,
  payoutCurveCore,
  tieredCore,
  type CurvePoint,
  type Tier,
} from "../../../src/engine/incentives";

const tiers: Tier[] = [
  { from: 0, rate: 0.08 },
  { from: 150000, rate: 0.12 },
  { from: 180000, rate: 0.16 },
];

function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof SalesPlanError) return error.message;
    throw error;
  }
  throw new Error("expected a SalesPlanError");
}

describe("tieredCore (SALES.TIERED)", () => {
  test("marginal: each slice at its own rate", () => {
    // 150,000 x 8% + 30,000 x 12% + 15,000 x 16% = 12,000 + 3,600 + 2,400
    expect(tieredCore(195000, tiers, "marginal")).toBeCloseTo(18000, 9);
    expect(tieredCore(100000, tiers)).toBeCloseTo(8000, 9);
  });

  test("retro: the whole value at the highest tier reached", () => {
    expect(tieredCore(195000, tiers, "retro")).toBeCloseTo(31200, 9);
    expect(tieredCore(100000, tiers, "retro")).toBeCloseTo(8000, 9);
  });

  test("a value exactly on a bound takes the higher tier", () => {
    expect(tieredCore(150000, tiers, "retro")).toBeCloseTo(18000, 9);
    expect(tieredCore(149999.99, tiers, "retro")).toBeCloseTo(11999.9992, 6);
    // marginal is continuous at the bound
    expect(tieredCore(150000, tiers, "marginal")).toBeCloseTo(12000, 9);
  });

  test("below the first bound nothing is paid", () => {
    const fromTen = [
      { from: 10, rate: 0.5 },
      { from: 20, rate: 1 },
    ];
    expect(tieredCore(5, fromTen, "marginal")).toBe(0);
    expect(tieredCore(5, fromTen, "retro")).toBe(0);
    expect(tieredCore(25, fromTen, "marginal")).toBe(10);
    expect(tieredCore(0, tiers)).toBe(0);
  });

  test("bad tables are rejected with the row", () => {
    expect(
      messageOf(() =>
        tieredCore(1, [
          { from: 10, rate: 0.1 },
          { from: 5, rate: 0.2 },
        ]),
      ),
    ).toBe("tiers: bounds must be ascending, but 5 follows 10 at row 2, column 1");
    expect(
      messageOf(() =>
        tieredCore(1, [
          { from: 0, rate: 0.1 },
          { from: 0, rate: 0.2 },
        ]),
      ),
    ).toBe("tiers: bound 0 appears twice, so two tiers overlap at row 2, column 1");
    expect(messageOf(() => tieredCore(1, [{ from: 0, rate: -0.1 }]))).toBe(
      "tiers: rate must not be negative, got -0.1 at column 2",
    );
    expect(messageOf(() => tieredCore(1, []))).toBe("tiers: the table has no rows");
  });

  const tierTable = fc
    .uniqueArray(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 6 })
    .chain((bounds) =>
      fc
        .array(fc.double({ min: 0, max: 0.5, noNaN: true }), {
          minLength: bounds.length,
          maxLength: bounds.length,
        })
        .map((rates) => [...bounds].sort((a, b) => a - b).map((from, i): Tier => ({ from, rate: rates[i] }))),
    );

  test("property: marginal and retro agree on a single-tier table", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        fc.double({ min: 0, max: 1e7, noNaN: true }),
        (rate, value) => {
          const single = [{ from: 0, rate }];
          expect(tieredCore(value, single, "marginal")).toBeCloseTo(tieredCore(value, single, "retro"), 6);
        },
      ),
    );
  });

  test("property: never negative for non-negative values, and non-decreasing in the value (marginal)", () => {
    fc.assert(
      fc.property(
        tierTable,
        fc.double({ min: 0, max: 2e6, noNaN: true }),
        fc.double({ min: 0, max: 1e5, noNaN: true }),
        (table, value, step) => {
          const a = tieredCore(value, table, "marginal");
          const b = tieredCore(value + step, table, "marginal");
          expect(a).toBeGreaterThanOrEqual(0);
          expect(b).toBeGreaterThanOrEqual(a - 1e-6);
        },
      ),
    );
  });

  test("property: marginal never pays more than retro when rates rise", () => {
    fc.assert(
      fc.property(tierTable, fc.double({ min: 0, max: 2e6, noNaN: true }), (table, value) => {
        const rising = table.map((t, i) => ({ from: t.from, rate: 0.01 * (i + 1) }));
        expect(tieredCore(value, rising, "marginal")).toBeLessThanOrEqual(
          tieredCore(value, rising, "retro") + 1e-6,
        );
      }),
    );
  });
});

describe("payoutCurveCore (SALES.PAYOUTCURVE)", () => {
  const curve: CurvePoint[] = [
    { attainment: 0.5, payout: 0.25 },
    { attainment: 1, payout: 1 },
    { attainment: 1.5, payout: 2 },
  ];

  test("linear between points, 0 below the first, the last slope beyond", () => {
    expect(payoutCurveCore(0.49, curve)).toBe(0);
    expect(payoutCurveCore(0.5, curve)).toBe(0.25);
    expect(payoutCurveCore(0.75, curve)).toBeCloseTo(0.625, 12);
    expect(payoutCurveCore(1, curve)).toBe(1);
    expect(payoutCurveCore(1.25, curve)).toBeCloseTo(1.5, 12);
    // beyond 150%: slope (2 - 1) / (1.5 - 1) = 2 per unit of attainment
    expect(payoutCurveCore(2, curve)).toBeCloseTo(3, 12);
  });

  test("times the target incentive, then at most the cap", () => {
    expect(payoutCurveCore(1.25, curve, 10000)).toBeCloseTo(15000, 6);
    expect(payoutCurveCore(1.25, curve, 10000, 12000)).toBe(12000);
    expect(payoutCurveCore(0.75, curve, 10000, 12000)).toBeCloseTo(6250, 6);
  });

  test("a single point is flat beyond it", () => {
    expect(payoutCurveCore(3, [{ attainment: 1, payout: 0.5 }], 100)).toBe(50);
    expect(payoutCurveCore(0.9, [{ attainment: 1, payout: 0.5 }], 100)).toBe(0);
  });

  test("a falling curve is refused, naming the point (issue 12, point 4)", () => {
    // Today the last segment (150%, 1.2) -> (200%, 1.1) pays 0.9 at 300% and 0.5 at 500%.
    const falling = [
      { attainment: 0.5, payout: 0.25 },
      { attainment: 1, payout: 1 },
      { attainment: 1.5, payout: 1.2 },
      { attainment: 2, payout: 1.1 },
    ];
    expect(messageOf(() => payoutCurveCore(3, falling))).toBe(
      "curve: the payout falls from 1.2 to 1.1 at row 4, column 2, so more attainment would pay less",
    );
    // A flat stretch is fine: it never pays less for more.
    expect(payoutCurveCore(3, [...falling.slice(0, 3), { attainment: 2, payout: 1.2 }])).toBe(1.2);
  });

  test("bad curves and caps are rejected", () => {
    expect(
      messageOf(() =>
        payoutCurveCore(1, [
          { attainment: 1, payout: 1 },
          { attainment: 0.5, payout: 2 },
        ]),
      ),
    ).toBe("curve: bounds must be ascending, but 0.5 follows 1 at row 2, column 1");
    expect(messageOf(() => payoutCurveCore(1, curve, 1, -1))).toBe("cap: must not be negative, got -1");
  });

  const rising = fc
    .uniqueArray(fc.integer({ min: 0, max: 300 }), { minLength: 2, maxLength: 6 })
    .chain((xs) =>
      fc
        .array(fc.integer({ min: 0, max: 100 }), { minLength: xs.length, maxLength: xs.length })
        .map((steps) => {
          const sorted = [...xs].sort((a, b) => a - b);
          let payout = 0;
          return sorted.map((x, i): CurvePoint => {
            payout += steps[i];
            return { attainment: x / 100, payout: payout / 100 };
          });
        }),
    );

  test("property: monotone in attainment for a non-decreasing curve, and the cap holds", () => {
    fc.assert(
      fc.property(
        rising,
        fc.double({ min: 0, max: 4, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 50000, noNaN: true }),
        (points, attainment, step, cap) => {
          const a = payoutCurveCore(attainment, points, 10000);
          const b = payoutCurveCore(attainment + step, points, 10000);
          expect(a).toBeGreaterThanOrEqual(0);
          expect(b).toBeGreaterThanOrEqual(a - 1e-9);
          expect(payoutCurveCore(attainment, points, 10000, cap)).toBeLessThanOrEqual(cap);
        },
      ),
    );
  });
});

describe("drawCore (SALES.DRAW)", () => {
  test("recoverable: shortfalls are owed and repaid from earnings above the draw", () => {
    expect(drawCore([1500, 2375, 3000, 500, 0], 2000, true)).toEqual([
      { pay: 2000, balance: 500 },
      { pay: 2000, balance: 125 },
      { pay: 2875, balance: 0 },
      { pay: 2000, balance: 1500 },
      { pay: 2000, balance: 3500 },
    ]);
  });

  test("not recoverable: the larger of earnings and draw, nothing owed", () => {
    expect(drawCore([500, 3000], 1500, false)).toEqual([
      { pay: 1500, balance: 0 },
      { pay: 3000, balance: 0 },
    ]);
  });

  test("a negative draw is rejected", () => {
    expect(messageOf(() => drawCore([1], -5))).toBe("draw: must not be negative, got -5");
  });

  test("property: recoverable pay never below the draw; pay minus earnings equals the balance change", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10000 }), { maxLength: 24 }),
        fc.integer({ min: 0, max: 5000 }),
        (earnings, draw) => {
          const out = drawCore(earnings, draw, true);
          let balance = 0;
          out.forEach((period, i) => {
            expect(period.pay).toBeGreaterThanOrEqual(draw);
            expect(period.pay).toBeGreaterThanOrEqual(0);
            expect(period.balance).toBeGreaterThanOrEqual(0);
            // whatever is paid beyond earnings is owed, whatever is held back repays
            expect(period.pay - earnings[i]).toBe(period.balance - balance);
            balance = period.balance;
          });
        },
      ),
    );
  });
});

describe("explanation numbers round as the cells do (Excel ROUND)", () => {
  test("a half cent rounds away from zero, as roundMoney does", () => {
    expect(formatMoney(1.005)).toBe("1.01");
    expect(formatMoney(2.675)).toBe("2.68");
    expect(formatMoney(-1.005)).toBe("-1.01");
    expect(formatMoney(18000)).toBe("18,000");
    expect(formatPercent(1.0839178453788025)).toBe("108.39%");
    expect(formatAmount(1234.56785)).toBe("1,234.5679");
  });
});
