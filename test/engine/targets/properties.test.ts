/** Exact sums for the splitting functions other than TARGETSPLIT, over random inputs. */
import fc from "fast-check";
import { toScaledUnits } from "../../../src/kernel/money";
import { catchupList, groupSplitCore, seasonalityCore } from "../../../src/engine/targets";

const units = (xs: readonly number[], d: number): bigint => xs.reduce((s, x) => s + toScaledUnits(x, d), 0n);

describe("property: CATCHUP places exactly the gap", () => {
  test("open periods add up to ROUND(target - SUM(actuals)), or 0 when met", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            actual: fc.oneof(fc.constant(null), fc.integer({ min: -1000, max: 1_000_000 })),
            share: fc.integer({ min: 1, max: 100 }),
          }),
          { minLength: 1, maxLength: 24 },
        ),
        fc.integer({ min: 0, max: 100_000_000 }),
        fc.integer({ min: -2, max: 2 }),
        (periods, target, d) => {
          const actuals = periods.map((p) => p.actual);
          const result = catchupList(
            target,
            actuals,
            periods.map((p) => p.share),
            d,
          );
          const done = actuals.reduce<number>((s, a) => s + (a ?? 0), 0);
          const gap = toScaledUnits(target - done, d);
          const open = result.filter((_, i) => actuals[i] === null);
          result.forEach((v, i) => actuals[i] !== null && expect(v).toBe(actuals[i]));
          if (open.length > 0) expect(units(open, d)).toBe(gap > 0n ? gap : 0n);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe("property: GROUPSPLIT keeps every group's total", () => {
  test("members of each group add up to its rounded total", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10_000_000_000 }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.record({ group: fc.nat(5), weight: fc.integer({ min: 1, max: 1000 }) }), {
          maxLength: 60,
        }),
        fc.integer({ min: -1, max: 2 }),
        (totals, members, d) => {
          // every group gets at least one member, so none is left without a weight
          const all = [
            ...totals.map((_, g) => ({ group: g, weight: 1 })),
            ...members.filter((m) => m.group < totals.length),
          ];
          const groups = totals.map((t, g): [string, number] => [`G${g}`, t / 100]);
          const result = groupSplitCore(
            groups,
            all.map((m) => `g${m.group}`),
            all.map((m) => m.weight),
            d,
          );
          totals.forEach((t, g) => {
            const mine = result.filter((_, i) => all[i].group === g);
            expect(units(mine, d)).toBe(toScaledUnits(t / 100, d));
          });
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe("property: SEASONALITY is a profile", () => {
  test("shares sum to 1 and scaling a year does not change them", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 12, maxLength: 12 }), {
          minLength: 1,
          maxLength: 6,
        }),
        fc.integer({ min: 2, max: 50 }),
        (years, factor) => {
          const profile = seasonalityCore(years);
          expect(profile.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
          const grown = seasonalityCore(years.map((y, i) => (i === 0 ? y.map((v) => v * factor) : y)));
          grown.forEach((v, i) => expect(v).toBeCloseTo(profile[i], 12));
        },
      ),
      { numRuns: 300 },
    );
  });
});
