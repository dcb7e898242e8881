import { monthOf, serialOf } from "../../../src/kernel/calendar";
import { SalesPlanError } from "../../../src/kernel/errors";
import {
  catchupCore,
  groupSplitCore,
  rampCore,
  replanRegion,
  seasonalityCore,
  fiscalPeriods,
  parsePeriod,
  checkPeriodOrder,
  basisWeights,
} from "../../../src/engine/targets";

function errorOf(f: () => unknown): SalesPlanError {
  try {
    f();
  } catch (e) {
    if (e instanceof SalesPlanError) return e;
    throw e;
  }
  throw new Error("expected a SalesPlanError");
}

describe("dates and fiscal periods", () => {
  test("Excel serials", () => {
    expect(serialOf(2026, 1, 1)).toBe(46023);
    expect(serialOf(1900, 3, 1)).toBe(61);
    expect(serialOf(1900, 1, 1)).toBe(1);
    expect(monthOf(46082)).toEqual({ year: 2026, month: 3 });
  });

  test("a fiscal year starting in April", () => {
    const periods = fiscalPeriods(2026, 4);
    expect(periods.map((p) => p.label)).toEqual([
      "2026-04",
      "2026-05",
      "2026-06",
      "2026-07",
      "2026-08",
      "2026-09",
      "2026-10",
      "2026-11",
      "2026-12",
      "2027-01",
      "2027-02",
      "2027-03",
    ]);
    expect(periods[0].start).toBe(serialOf(2026, 4, 1));
    expect(periods[10].end).toBe(serialOf(2027, 2, 28));
    expect(periods.map((p) => p.quarter)).toEqual([1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4]);
  });

  test("periods as users type them, in order", () => {
    expect(parsePeriod("2026-3", "Period")).toBe("2026-03");
    expect(parsePeriod(serialOf(2026, 3, 17), "Period")).toBe("2026-03");
    expect(
      errorOf(() => parsePeriod("March", "Period", { row: 2, column: 0, rows: 5, columns: 1 })).message,
    ).toBe("Period: 'March' is not a month like 2026-03 at row 3");
    expect(() => checkPeriodOrder(["2026-01", "2026-02"], "Period")).not.toThrow();
    expect(errorOf(() => checkPeriodOrder(["2026-01", "2026-03", "2026-02"], "Period")).message).toMatch(
      /period 2026-02 comes after 2026-03.* at row 3/,
    );
    expect(errorOf(() => checkPeriodOrder(["2026-01", "2026-01"], "Period")).message).toMatch(
      /appears more than once at row 2/,
    );
  });
});

describe("RAMP", () => {
  const march = [serialOf(2026, 3, 1), serialOf(2026, 3, 31)] as const;
  const april = [serialOf(2026, 4, 1), serialOf(2026, 4, 30)] as const;
  const ramp = [0.25, 0.5, 0.75, 1];
  const hire = serialOf(2026, 3, 16);

  test("hire month is tenure month 1, days before the hire count 0", () => {
    // 16 days at 0.25 out of 31
    expect(rampCore(12000, hire, ...march, ramp)).toBeCloseTo((12000 * 16 * 0.25) / 31, 9);
    expect(rampCore(12000, hire, ...april, ramp)).toBe(6000);
    expect(rampCore(12000, hire, serialOf(2026, 8, 1), serialOf(2026, 8, 31), ramp)).toBe(12000);
  });

  test("a leaver keeps the days up to the end date, inclusive", () => {
    expect(rampCore(3000, serialOf(2020, 1, 1), ...april, [], serialOf(2026, 4, 10))).toBe(1000);
    expect(rampCore(3000, serialOf(2020, 1, 1), ...april, null, serialOf(2026, 3, 10))).toBe(0);
  });

  test("a quarter spanning the ramp averages its days", () => {
    // hired 1 March: March 0.25 (31 days), April 0.5 (30), May 0.75 (31) over 92 days
    const q = rampCore(92, serialOf(2026, 3, 1), serialOf(2026, 3, 1), serialOf(2026, 5, 31), ramp);
    expect(q).toBeCloseTo(31 * 0.25 + 30 * 0.5 + 31 * 0.75, 9);
  });

  test("errors", () => {
    expect(errorOf(() => rampCore(1, hire, april[1], april[0])).message).toMatch(
      /period_end: .* is before period_start/,
    );
    expect(errorOf(() => rampCore(1, hire, ...april, [0.5, -1])).message).toBe(
      "ramp: must not be negative, got -1 at column 2",
    );
    expect(errorOf(() => rampCore(1, 0, ...april)).message).toMatch(/hire_date: 0 is not an Excel date/);
    expect(errorOf(() => rampCore(1, hire, ...april, [], hire - 1)).message).toMatch(
      /end_date: .* is before hire_date/,
    );
  });
});

describe("SEASONALITY", () => {
  test("each year is normalised first, so growth does not tilt the profile", () => {
    const p = seasonalityCore([
      [10, 20, 30, 40],
      [20, 40, 60, 80],
    ]);
    [0.1, 0.2, 0.3, 0.4].forEach((v, i) => expect(p[i]).toBeCloseTo(v, 12));
  });

  test("recent weighs the years 1..n and blank years are skipped", () => {
    const p = seasonalityCore(
      [
        [null, null, null, null],
        [1, 1, 1, 1],
        [1, 0, 0, 3],
      ],
      "recent",
    );
    [0.75 / 3, 0.25 / 3, 0.25 / 3, 1.75 / 3].forEach((v, i) => expect(p[i]).toBeCloseTo(v, 12));
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  test("errors name the year", () => {
    expect(
      errorOf(() =>
        seasonalityCore([
          [1, 2],
          [3, null],
        ]),
      ).message,
    ).toBe("history: the year at row 2 has a blank period; fill it or clear the whole year");
    expect(
      errorOf(() =>
        seasonalityCore([
          [1, 2],
          [0, 0],
        ]),
      ).message,
    ).toMatch(/the year at row 2 adds up to 0/);
    expect(errorOf(() => seasonalityCore([[1, -2]])).message).toBe(
      "history: must not be negative, got -2 at column 2",
    );
    expect(errorOf(() => seasonalityCore([[null, null]])).message).toBe("history: no year has values");
  });
});

describe("CATCHUP", () => {
  test("actuals stay, the gap goes by profile", () => {
    expect(catchupCore(120, [[10], [12], [null], [null]], [[1], [1], [1], [2]])).toEqual([
      [10],
      [12],
      [33],
      [65],
    ]);
    expect(catchupCore(120, [[null, 5, null]], [[1, 1, 1]])).toEqual([[58, 5, 57]]);
  });

  test("a target already met leaves 0 to go", () => {
    expect(catchupCore(20, [[10, 12, null]], [[1, 1, 1]])).toEqual([[10, 12, 0]]);
  });

  test("decimals, and the gap rounds exactly", () => {
    const r = catchupCore(100, [[33.33, null, null]], [[1, 1, 1]], 2);
    expect(r).toEqual([[33.33, 33.34, 33.33]]);
  });

  test("errors", () => {
    expect(errorOf(() => catchupCore(100, [[1, null]], [[1, 0]])).message).toMatch(
      /gap 99 has nowhere to go/,
    );
    expect(errorOf(() => catchupCore(100, [[1, null]], [[1]])).message).toMatch(
      /profile: must have the same shape/,
    );
    expect(errorOf(() => catchupCore(100, [[1, null]], [[1, -1]])).message).toBe(
      "profile: must not be negative, got -1 at column 2",
    );
  });

  test("region re-plan: members' rows add up to the region's", () => {
    const plan = replanRegion(
      1000,
      [
        { id: "A", actuals: [100, 90, null, null], weight: 600 },
        { id: "B", actuals: [50, null, null, null], weight: 400 },
      ],
      [1, 1, 1, 1],
    );
    expect(plan.gap).toBe(760);
    expect(plan.periods).toEqual([150, 90, 380, 380]);
    expect(plan.members).toEqual([
      { id: "A", targets: [100, 90, 228, 228] },
      { id: "B", targets: [50, 0, 152, 152] },
    ]);
  });
});

describe("GROUPSPLIT", () => {
  test("each group's total over its members", () => {
    expect(
      groupSplitCore(
        [
          ["North", 100],
          ["South", 50],
        ],
        ["North", "South", " north "],
        [1, 1, 3],
      ),
    ).toEqual([25, 50, 75]);
  });

  test("errors", () => {
    expect(errorOf(() => groupSplitCore([["North", 100]], ["North", "East"], [1, 1])).message).toBe(
      "member_groups: group 'East' is not in group_totals at row 2",
    );
    expect(
      errorOf(() =>
        groupSplitCore(
          [
            ["North", 100],
            ["South", 5],
          ],
          ["North"],
          [1],
        ),
      ).message,
    ).toBe("group_totals: group 'South' has a total of 5 but no member with a weight at row 2");
    expect(
      errorOf(() =>
        groupSplitCore(
          [
            ["North", 100],
            ["north", 5],
          ],
          ["North"],
          [1],
        ),
      ).message,
    ).toMatch(/group 'north' appears more than once at row 2/);
    expect(errorOf(() => groupSplitCore([["North", 100]], ["North", "North"], [1, -1])).message).toBe(
      "member_weights: must not be negative, got -1 at row 2",
    );
  });
});

describe("weight bases", () => {
  const reps = [
    { lastYearSales: 100, potential: 300 },
    { lastYearSales: 300, potential: 100 },
  ];
  test("single bases and a 60/40 blend of normalised shares", () => {
    expect(basisWeights(reps, "history")).toEqual([100, 300]);
    expect(basisWeights(reps, "equal")).toEqual([1, 1]);
    expect(basisWeights([{ headcount: 3 }, {}], "headcount")).toEqual([3, 1]);
    const blend = basisWeights(reps, { history: 0.6, potential: 0.4 });
    expect(blend[0]).toBeCloseTo(0.6 * 0.25 + 0.4 * 0.75, 12);
    expect(blend[1]).toBeCloseTo(0.6 * 0.75 + 0.4 * 0.25, 12);
  });
  test("errors name the column and row", () => {
    expect(
      errorOf(() => basisWeights([{ lastYearSales: 1 }, { lastYearSales: -5 }], "history")).message,
    ).toBe("reps.LastYearSales: must not be negative, got -5 at row 2");
    expect(errorOf(() => basisWeights([{}, {}], "potential")).message).toMatch(
      /reps.Potential: every weight is 0/,
    );
    expect(errorOf(() => basisWeights(reps, { history: 0 })).message).toMatch(/basis: the blend has no part/);
  });
});
