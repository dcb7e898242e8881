import fc from "fast-check";
import { SalesPlanError } from "../../../src/kernel/errors";
import { toScaledUnits } from "../../../src/kernel/money";
import {
  prepareWeights,
  splitTotal,
  splitUnits,
  targetSplitCore,
} from "../../../src/engine/targets/apportion";

/** Textbook largest remainder in BigInt on integer weights, the reference the engine must match. */
function referenceSplit(units: bigint, weights: readonly bigint[]): bigint[] {
  const sum = weights.reduce((a, b) => a + b, 0n);
  const negative = units < 0n;
  const u = negative ? -units : units;
  const parts = weights.map((w) => (u * w) / sum);
  const rems = weights.map((w, i) => u * w - parts[i] * sum);
  let extra = u - parts.reduce((a, b) => a + b, 0n);
  const order = weights
    .map((_, i) => i)
    .sort((x, y) =>
      rems[x] !== rems[y]
        ? rems[x] > rems[y]
          ? -1
          : 1
        : weights[x] !== weights[y]
          ? weights[x] > weights[y]
            ? -1
            : 1
          : x - y,
    );
  for (const i of order) {
    if (extra === 0n) break;
    parts[i] += 1n;
    extra -= 1n;
  }
  return negative ? parts.map((p) => -p) : parts;
}

const asBig = (parts: ArrayLike<number | bigint>): bigint[] => Array.from(parts, (v) => BigInt(v));

describe("splitTotal by hand", () => {
  test.each<[number, (number | null)[], number, number[]]>([
    [100, [1, 1, 1], 0, [34, 33, 33]],
    [10, [1, 2, 3, 4], 0, [1, 2, 3, 4]],
    [10, [1, 1], 0, [5, 5]],
    [1, [1, 1, 1], 0, [1, 0, 0]],
    [2, [1, 3], 0, [0, 2]], // shares 0.5 and 1.5: the tie goes to the larger weight
    [3, [1, 3], 0, [1, 2]], // shares 0.75 and 2.25
    [100, [null, 1, 0, 1], 0, [0, 50, 0, 50]],
    [1.005, [1], 2, [1.01]],
    [100, [1, 1, 1], 2, [33.34, 33.33, 33.33]],
    [10000, [1, 1, 1], -3, [4000, 3000, 3000]],
    [1499, [1, 1], -3, [1000, 0]],
    [-100, [1, 1, 1], 0, [-34, -33, -33]],
    [0, [1, 2], 0, [0, 0]],
    [0.3, [0.1, 0.2], 1, [0.1, 0.2]],
  ])("split %p by %j at %p decimals", (total, weights, decimals, expected) => {
    expect(splitTotal(total, weights, { decimals })).toEqual(expected);
  });

  test("minimum first, then the rest by weight", () => {
    // 100 - 3*20 = 40 split 1:1:2 -> 10, 10, 20
    expect(splitTotal(100, [1, 1, 2, 0], { minimum: 20 })).toEqual([30, 30, 40, 0]);
    expect(splitTotal(60, [1, 5, 9], { minimum: 20 })).toEqual([20, 20, 20]);
  });

  test("a block keeps its shape", () => {
    expect(
      targetSplitCore(10, [
        [1, 1],
        [1, 2],
      ]),
    ).toEqual([
      [2, 2],
      [2, 4],
    ]);
  });

  test("errors name the argument and position", () => {
    const message = (f: () => unknown): string => {
      try {
        f();
      } catch (e) {
        expect(e).toBeInstanceOf(SalesPlanError);
        return (e as SalesPlanError).message;
      }
      throw new Error("no error");
    };
    expect(message(() => splitTotal(10, [1, -2, 3]))).toBe("weights: must not be negative, got -2 at row 2");
    expect(
      message(() =>
        targetSplitCore(10, [
          [1, 2],
          [3, -1],
        ]),
      ),
    ).toBe("weights: must not be negative, got -1 at row 2, column 2");
    expect(message(() => splitTotal(10, [0, null]))).toMatch(/every weight is 0/);
    expect(message(() => splitTotal(50, [1, 1, 1], { minimum: 20 }))).toBe(
      "minimum: 3 × 20 = 60 is more than the total 50",
    );
    expect(message(() => splitTotal(10, [1, NaN]))).toMatch(/weights: NaN is not a finite number at row 2/);
    expect(message(() => splitTotal(10, [1], { decimals: 1.5 }))).toMatch(/decimals/);
    const zh = (() => {
      try {
        splitTotal(10, [1, -2]);
      } catch (e) {
        return (e as SalesPlanError).format("zh");
      }
      return "";
    })();
    expect(zh).toBe("weights：不能为负数，实际为 -2（第 2 行）");
  });

  test("a total near 1e15 at 2 decimals keeps every cent", () => {
    const parts = splitTotal(999999999999999, [1, 1, 1], { decimals: 2 });
    const units = asBig(prepareAndSplit(999999999999999, [1, 1, 1], 2));
    expect(units.reduce((a, b) => a + b, 0n)).toBe(99999999999999900n);
    expect(units).toEqual([33333333333333300n, 33333333333333300n, 33333333333333300n]);
    expect(parts[0]).toBe(333333333333333);
  });
});

function prepareAndSplit(total: number, weights: number[], decimals: number): bigint[] {
  return asBig(splitUnits(toScaledUnits(total, decimals), prepareWeights(weights)));
}

describe("splitUnits matches exact largest remainder", () => {
  const integerWeights = fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 1_000_000_000 })), {
    minLength: 1,
    maxLength: 60,
  });

  test("exact sums, within one unit, same parts as the BigInt reference", () => {
    fc.assert(
      fc.property(integerWeights, fc.bigInt({ min: -(10n ** 17n), max: 10n ** 17n }), (ws, units) => {
        fc.pre(ws.some((w) => w > 0));
        const prepared = prepareWeights(ws);
        const parts = asBig(splitUnits(units, prepared));
        const big = ws.map(BigInt);
        const sum = big.reduce((a, b) => a + b, 0n);
        expect(parts.reduce((a, b) => a + b, 0n)).toBe(units);
        parts.forEach((p, i) => {
          const diff = p * sum - units * big[i];
          expect(diff < sum && -diff < sum).toBe(true);
        });
        expect(parts).toEqual(referenceSplit(units, big));
      }),
      { numRuns: 3000 },
    );
  });

  test("decimal weights are read as Excel shows them", () => {
    const cents = fc.array(fc.integer({ min: 0, max: 99_999_999_999 }), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(
        cents,
        fc.double({ min: 0, max: 1e15, noNaN: true }),
        fc.integer({ min: -3, max: 4 }),
        (ks, total, d) => {
          fc.pre(ks.some((k) => k > 0));
          const weights = ks.map((k) => k / 100);
          const units = toScaledUnits(total, d);
          const parts = asBig(splitUnits(units, prepareWeights(weights)));
          expect(parts).toEqual(referenceSplit(units, ks.map(BigInt)));
        },
      ),
      { numRuns: 2000 },
    );
  });

  test("weights too wide for doubles take the BigInt path and still match", () => {
    const wide = fc.array(
      fc.oneof(
        fc.integer({ min: 1, max: 999 }),
        fc.constant(1e-9),
        fc.constant(123456789012345),
        fc.constant(1e20),
      ),
      { minLength: 1, maxLength: 30 },
    );
    fc.assert(
      fc.property(wide, fc.bigInt({ min: 0n, max: 10n ** 17n }), (rest, units) => {
        const ws = [...rest, 1e-9, 1e20];
        const prepared = prepareWeights(ws);
        expect(prepared.scaled).toBeNull();
        // every weight here is exactly k * 10^-9 for an integer k
        const ks = ws.map((w) => (w === 1e-9 ? 1n : BigInt(w) * 10n ** 9n));
        expect(asBig(splitUnits(units, prepared))).toEqual(referenceSplit(units, ks));
      }),
      { numRuns: 500 },
    );
  });

  test("10,000 weights and totals near 1e15 lose no unit", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 10_000, maxLength: 10_000 }),
        fc.bigInt({ min: 10n ** 17n - 10n ** 12n, max: 10n ** 17n }),
        (ws, units) => {
          fc.pre(ws.some((w) => w > 0));
          const parts = asBig(splitUnits(units, prepareWeights(ws)));
          const big = ws.map(BigInt);
          const sum = big.reduce((a, b) => a + b, 0n);
          expect(parts.reduce((a, b) => a + b, 0n)).toBe(units);
          for (let i = 0; i < parts.length; i++) {
            const diff = parts[i] * sum - units * big[i];
            if (diff >= sum || -diff >= sum) throw new Error(`part ${i} is off by a unit or more`);
          }
        },
      ),
      { numRuns: 20 },
    );
  });

  test("minimum: every weighted position gets it, the rest splits exactly", () => {
    fc.assert(
      fc.property(
        integerWeights,
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 0, max: 100 }),
        (ws, extra, m) => {
          const positive = ws.filter((w) => w > 0).length;
          fc.pre(positive > 0);
          const total = positive * m + extra;
          const parts = splitTotal(total, ws, { minimum: m });
          expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
          const rest = referenceSplit(BigInt(extra), ws.map(BigInt));
          parts.forEach((p, i) => expect(p).toBe(ws[i] > 0 ? m + Number(rest[i]) : 0));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
