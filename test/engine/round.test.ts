import fc from "fast-check";
import { excelRound, fromScaledUnits, roundMoney, toScaledUnits } from "../../src/engine/round";

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
