import fc from "fast-check";
import { SalesPlanError } from "../../src/kernel/errors";
import {
  centsOf,
  excelRound,
  fromCents,
  fromScaledUnits,
  moneyOf,
  roundMoney,
  sumCents,
  sumMoney,
  toCents,
  toScaledUnits,
} from "../../src/kernel/money";

describe("excelRound follows Excel's ROUND", () => {
  test.each([
    [1.005, 2, 1.01],
    [2.675, 2, 2.68],
    [-1.005, 2, -1.01],
    [0.5, 0, 1],
    [-0.5, 0, -1],
    [1.5, 0, 2],
    [2.5, 0, 3],
    [1234.5678, -2, 1200],
    [1250, -2, 1300],
    [-1250, -2, -1300],
    [0.285, 2, 0.29],
    [1.45, 1, 1.5],
    [8.345, 2, 8.35],
    [123456789.125, 2, 123456789.13],
    [0.1 + 0.2, 1, 0.3],
    [1e15 + 0.5, 0, 1e15], // 15 digits shown: 1.00000000000000E+15
    [0, 2, 0],
    [0.004, 2, 0],
  ])("ROUND(%p, %p) = %p", (x, digits, expected) => {
    expect(excelRound(x, digits)).toBe(expected);
  });

  test("roundMoney rounds to cents", () => {
    expect(roundMoney(10.125)).toBe(10.13);
    expect(roundMoney(-10.125)).toBe(-10.13);
  });

  test("toScaledUnits gives the exact integer of ROUND(x, d) * 10^d", () => {
    expect(toScaledUnits(1.005, 2)).toBe(101n);
    expect(toScaledUnits(999999999999999, 2)).toBe(99999999999999900n);
    expect(toScaledUnits(-2.675, 2)).toBe(-268n);
    expect(toScaledUnits(1234.5, -3)).toBe(1n);
    expect(toScaledUnits(499, -3)).toBe(0n);
    expect(fromScaledUnits(101n, 2)).toBe(1.01);
    expect(fromScaledUnits(3n, -3)).toBe(3000);
  });

  test("the fast path and the exact path agree", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e12, max: 1e12, noNaN: true }),
        fc.integer({ min: -3, max: 6 }),
        (x, d) => {
          expect(excelRound(x, d)).toBe(fromScaledUnits(toScaledUnits(x, d), d));
        },
      ),
      { numRuns: 5000 },
    );
  });

  test("values that are exactly half a unit as shown always round away from zero", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer({ min: 0, max: 4 }), (n, d) => {
        const shown = Number(`${n}5e-${d + 1}`); // e.g. n=100, d=2 -> 1.005
        const units = n >= 0 ? n + 1 : n - 1;
        expect(excelRound(shown, d)).toBe(Number(`${units}e-${d}`));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("cents and sums of money", () => {
  test("cents round as Excel's ROUND does", () => {
    expect(centsOf(1.005)).toBe(101);
    expect(centsOf(-2.675)).toBe(-268);
    expect(moneyOf(centsOf(0.1) + centsOf(0.2))).toBe(0.3);
    expect(Object.is(moneyOf(0), 0)).toBe(true);
    expect(toCents(123456789.125)).toBe(12345678913n);
    expect(fromCents(-5n)).toBe(-0.05);
  });

  test("a sum skips blanks and text and does not drift", () => {
    expect(sumMoney([0.1, 0.2, null, "x", 0.3])).toBe(0.6);
    expect(sumCents(Array.from({ length: 1000 }, () => 0.01))).toBe(1000n);
    expect(sumMoney([1.005, 1.005])).toBe(2.02);
    expect(() => sumMoney([1, Infinity])).toThrow(SalesPlanError);
  });

  test("sums equal the exact BigInt sum of each amount's cents, fast path or not", () => {
    const amount = fc.oneof(
      fc.integer({ min: -1e12, max: 1e12 }).map((c) => c / 100),
      fc.double({ min: -1e13, max: 1e13, noNaN: true }),
      fc.integer({ min: -9e15, max: 9e15 }).map((c) => c / 100),
    );
    fc.assert(
      fc.property(fc.array(amount, { maxLength: 30 }), (values) => {
        const exact = values.reduce((s, v) => s + toScaledUnits(v, 2), 0n);
        expect(sumCents(values)).toBe(exact);
      }),
    );
  });

  test("sums beyond 2^53 cents stay exact", () => {
    const big = 9e13; // 9e15 cents
    expect(sumCents([big, big, big, 0.01])).toBe(27_000_000_000_000_001n);
  });
});
