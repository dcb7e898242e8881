import fc from "fast-check";
import { SalesPlanError } from "../../../src/kernel/errors";
import {
  nextPeriod,
  paceCore,
  periodKey,
  periodsBetween,
  trackAttainment,
  type TrackingInput,
  type TrackingLine,
} from "../../../src/engine/tracking";

function errorOf(run: () => unknown): SalesPlanError {
  try {
    run();
  } catch (e) {
    if (e instanceof SalesPlanError) return e;
    throw e;
  }
  throw new Error("expected a SalesPlanError");
}

const months = periodsBetween("2026-01", "2026-12", "month");

/**
 * Three reps, 12 months, as of March (3 of 12 elapsed):
 * R1 target 120 for the year, 10 a month so far; R2 10 a month per period, 5 a month so far;
 * R3 target 60, 20 + 20 and a blank March, plus an April row that is not yet counted.
 */
const base: TrackingInput = {
  granularity: "month",
  periods: months,
  asOf: "2026-03",
  reps: [
    { rep: "R1", region: "North", team: "T" },
    { rep: "R2", region: "North", team: "T" },
    { rep: "R3", region: "South", team: "T" },
  ],
  targets: [
    { rep: "R1", target: 120 },
    ...months.map((period) => ({ rep: "R2", period, target: 10 })),
    { rep: "R3", target: 60 },
  ],
  actuals: [
    { rep: "R1", period: "2026-01", amount: 10 },
    { rep: "R1", period: "2026-02", amount: 4 },
    { rep: "R1", period: "2026-02", amount: 6 },
    { rep: "R1", period: "2026-03", amount: 10 },
    { rep: "R2", period: "2026-01", amount: 5 },
    { rep: "R2", period: "2026-02-14", amount: 5 },
    { rep: "R2", period: 46096, amount: 5 }, // Excel serial of 2026-03-15
    { rep: "R3", period: "2026-01", amount: 20 },
    { rep: "R3", period: "2026-02", amount: 20 },
    { rep: "R3", period: "2026-03", amount: "" },
    { rep: "R3", period: "2026-04", amount: 5 },
  ],
};

const byKey = (lines: readonly TrackingLine[], key: string) => {
  const line = lines.find((l) => l.key === key);
  if (line === undefined) throw new Error(`no line ${key}`);
  return line;
};

describe("trackAttainment on a sample team (hand-checked)", () => {
  const result = trackAttainment(base);

  test("R1 is exactly on pace", () => {
    const r1 = byKey(result.reps, "R1");
    expect(r1).toMatchObject({
      target: 120,
      targetToDate: 30,
      actualToDate: 30,
      elapsed: 3,
      total: 12,
      remaining: 9,
    });
    expect(r1.attainment).toBe(0.25);
    expect(r1.attainmentToDate).toBe(1);
    expect(r1.pace).toBe(1);
    expect(r1.projected).toBe(120);
    expect(r1.gap).toBe(90);
    expect(r1.requiredRunRate).toBe(10);
    expect(r1.offPace).toBe(false);
  });

  test("R2 at half pace is flagged; dates and serials land in their months", () => {
    const r2 = byKey(result.reps, "R2");
    // 15 / 3 * 12 / 120 = 0.5; (120 - 15) / 9 = 11.67 a month to close the gap
    expect(r2.actualToDate).toBe(15);
    expect(r2.targetToDate).toBe(30);
    expect(r2.attainmentToDate).toBe(0.5);
    expect(r2.pace).toBe(0.5);
    expect(r2.requiredRunRate).toBeCloseTo(105 / 9, 12);
    expect(r2.offPace).toBe(true);
    expect(result.offPace.map((l) => l.key)).toEqual(["R2"]);
  });

  test("R3: the blank and the April row are reported, not counted", () => {
    const r3 = byKey(result.reps, "R3");
    // 40 / 3 * 12 / 60 = 2.67
    expect(r3.actualToDate).toBe(40);
    expect(r3.pace).toBeCloseTo(8 / 3, 12);
    expect(r3.requiredRunRate).toBeCloseTo(20 / 9, 12);
    expect(result.issues.map((i) => i.error.message)).toEqual([
      "rep R3, period 2026-03: amount is blank (not counted)",
      "rep R3: period 2026-04 is after the as-of period 2026-03 (not counted)",
    ]);
    expect(result.issues[0].error.format("zh")).toBe("销售代表 R3、期间 2026-03：金额为空（未计入）");
  });

  test("regions and the team add up their reps", () => {
    const north = byKey(result.regions, "North");
    // 45 / 3 * 12 / 240 = 0.75, off pace with the default 10% margin
    expect(north).toMatchObject({ target: 240, actualToDate: 45, pace: 0.75, offPace: true });
    const team = byKey(result.teams, "T");
    // 85 / 3 * 12 / 300 = 1.1333
    expect(team.target).toBe(300);
    expect(team.actualToDate).toBe(85);
    expect(team.pace).toBeCloseTo(340 / 300, 12);
    expect(team.offPace).toBe(false);
  });

  test("pace is PACE's rule", () => {
    for (const line of [...result.reps, ...result.regions, ...result.teams]) {
      expect(line.pace).toBe(paceCore(line.actualToDate, line.target, line.elapsed, line.total));
    }
  });

  test("the margin sets the flag; blanks count as zero when asked", () => {
    const strict = trackAttainment({ ...base, margin: 0 });
    expect(strict.offPace.map((l) => l.key)).toEqual(["R2"]);
    const loose = trackAttainment({ ...base, margin: 0.6 });
    expect(loose.offPace).toEqual([]);
    expect(trackAttainment({ ...base, blankAsZero: true }).issues).toHaveLength(1);
  });

  test("at the last period no run rate is left to require", () => {
    const end = trackAttainment({ ...base, asOf: "2026-12" });
    expect(byKey(end.reps, "R1").requiredRunRate).toBeNull();
    expect(byKey(end.reps, "R1").remaining).toBe(0);
  });
});

describe("weeks", () => {
  test("ISO week keys from dates, serials and keys", () => {
    expect(periodKey("2026-01-01", "week")).toBe("2026-W01"); // a Thursday
    expect(periodKey("2025-12-29", "week")).toBe("2026-W01"); // its Monday
    expect(periodKey("2026-01-05", "week")).toBe("2026-W02");
    expect(periodKey(46027, "week")).toBe("2026-W02"); // serial of 2026-01-05
    expect(periodKey("2027-01-03", "week")).toBe("2026-W53");
    expect(periodKey("2026w9", "week")).toBe("2026-W09");
    expect(periodsBetween("2026-W52", "2027-W02", "week")).toEqual([
      "2026-W52",
      "2026-W53",
      "2027-W01",
      "2027-W02",
    ]);
    expect(nextPeriod("2025-W52", "week")).toBe("2026-W01");
    expect(nextPeriod("2026-12", "month")).toBe("2027-01");
  });

  test("weekly tracking", () => {
    const weeks = periodsBetween("2026-W01", "2026-W13", "week");
    const result = trackAttainment({
      granularity: "week",
      periods: weeks,
      asOf: "2026-W04",
      reps: [{ rep: "A" }],
      targets: [{ rep: "A", target: 130 }],
      actuals: [
        { rep: "A", period: "2026-01-02", amount: 10 },
        { rep: "A", period: "2026-01-12", amount: 10 },
        { rep: "A", period: 46037, amount: 10 }, // 2026-01-15, week 3
      ],
    });
    // 30 / 4 * 13 / 130 = 0.75; (130 - 30) / 9
    expect(result.reps[0].pace).toBe(0.75);
    expect(result.reps[0].targetToDate).toBe(40);
    expect(result.reps[0].requiredRunRate).toBeCloseTo(100 / 9, 12);
    expect(result.teams[0].key).toBe("");
  });

  test("property: keys of consecutive days never go backwards and weeks have 7 days", () => {
    fc.assert(
      fc.property(fc.integer({ min: 40000, max: 60000 }), (serial) => {
        const week = periodKey(serial, "week");
        expect(periodKey(serial + 7, "week")).toBe(nextPeriod(week, "week"));
        expect(periodKey(serial + 1, "month") >= periodKey(serial, "month")).toBe(true);
      }),
    );
  });
});

describe("bad input names rep and period", () => {
  test.each([
    [
      "text amount",
      { ...base, actuals: [{ rep: "R1", period: "2026-01", amount: "ten" }] },
      "rep R1, period 2026-01: amount must be a number, found 'ten'",
    ],
    [
      "unknown rep",
      { ...base, actuals: [{ rep: "R9", period: "2026-01", amount: 1 }] },
      "rep R9 (period 2026-01) is not in the reps list",
    ],
    [
      "bad period",
      { ...base, actuals: [{ rep: "R1", period: "March", amount: 1 }] },
      "period of rep R1: 'March' is not a month (expected e.g. 2026-03, or a date)",
    ],
    [
      "zero target",
      { ...base, targets: [...base.targets.slice(1), { rep: "R1", target: 0 }] },
      "rep R1: the target over 2026-01..2026-12 is 0, so attainment has no meaning",
    ],
    ["missing target", { ...base, targets: base.targets.slice(1) }, "rep R1: no target"],
    [
      "text target",
      { ...base, targets: [...base.targets.slice(1), { rep: "R1", target: "lots" }] },
      "target for rep R1 (period *): expected a number but found 'lots'",
    ],
    [
      "mixed targets",
      { ...base, targets: [...base.targets, { rep: "R1", period: "2026-05", target: 3 }] },
      "rep R1: give one target for all periods or one per period, not both",
    ],
    [
      "duplicate period target",
      { ...base, targets: [...base.targets, { rep: "R2", period: "2026-05", target: 3 }] },
      "target for rep R2 (period 2026-05) is given twice",
    ],
    [
      "as-of outside",
      { ...base, asOf: "2027-01" },
      "as of: period 2027-01 is not one of the tracked periods 2026-01..2026-12",
    ],
    ["duplicate rep", { ...base, reps: [...base.reps, { rep: "R1" }] }, "rep R1 is listed twice"],
    [
      "negative to date",
      { ...base, actuals: [{ rep: "R1", period: "2026-01", amount: -5 }] },
      "rep R1: actual to date is negative (-5) as of 2026-03",
    ],
  ])("%s", (_, input, message) => {
    expect(errorOf(() => trackAttainment(input as TrackingInput)).message).toBe(message);
  });
});

describe("off pace against the seasonal target to date (PRODUCT.md: Plan semantics)", () => {
  // A Q4-heavy year: 5 a month Jan-Sep, then 25, 25 and 25 (total 120); as of June the target to
  // date is 30, the linear share 60.
  const profile = [5, 5, 5, 5, 5, 5, 5, 5, 5, 25, 25, 25];
  const seasonal = (actuals: readonly number[], asOf = "2026-06"): TrackingLine =>
    trackAttainment({
      granularity: "month",
      periods: months,
      asOf,
      reps: [{ rep: "A" }],
      targets: profile.map((target, i) => ({ rep: "A", period: months[i], target })),
      actuals: actuals.map((amount, i) => ({ rep: "A", period: months[i], amount })),
    }).reps[0];

  test("a rep exactly on plan is on pace all first half, though the linear pace says 50%", () => {
    for (let m = 1; m <= 6; m++) {
      const line = seasonal(profile.slice(0, m), months[m - 1]);
      expect(line.attainmentToDate).toBe(1);
      expect(line.pace).toBe(0.5); // SALES.PACE's linear projection: 5 x 12 / 120
      expect(line.offPace).toBe(false);
    }
  });

  test("a rep behind the season is flagged, though the linear pace is fine", () => {
    // Q1-heavy target (25, 25, 25, then 5s), 20 a month: to date 60 of 75 = 80%, linear pace 200%.
    const result = trackAttainment({
      granularity: "month",
      periods: months,
      asOf: "2026-03",
      reps: [{ rep: "B" }],
      targets: [...profile].reverse().map((target, i) => ({ rep: "B", period: months[i], target })),
      actuals: [20, 20, 20].map((amount, i) => ({ rep: "B", period: months[i], amount })),
    });
    expect(result.reps[0]).toMatchObject({ targetToDate: 75, actualToDate: 60, attainmentToDate: 0.8 });
    expect(result.reps[0].pace).toBe(2);
    expect(result.offPace.map((l) => l.key)).toEqual(["B"]);
  });

  test("off pace reps are listed furthest behind their target to date first", () => {
    const result = trackAttainment({
      ...base,
      reps: [...base.reps, { rep: "R4", region: "South", team: "T" }],
      targets: [...base.targets, ...months.map((period) => ({ rep: "R4", period, target: 10 }))],
      actuals: [...base.actuals, { rep: "R4", period: "2026-01", amount: 24 }],
    });
    // R4: 24 of 30 = 80%; R2: 15 of 30 = 50%
    expect(result.offPace.map((l) => [l.key, l.attainmentToDate])).toEqual([
      ["R2", 0.5],
      ["R4", 0.8],
    ]);
  });
});

describe("properties", () => {
  test("required run rate closes the gap exactly; pace 1 means the projection meets the target", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 12, maxLength: 12 }),
        fc.integer({ min: 1, max: 11 }),
        fc.integer({ min: 1, max: 20000 }),
        (amounts, elapsed, target) => {
          const result = trackAttainment({
            granularity: "month",
            periods: months,
            asOf: months[elapsed - 1],
            reps: [{ rep: "A" }],
            targets: [{ rep: "A", target }],
            actuals: amounts.slice(0, elapsed).map((amount, m) => ({ rep: "A", period: months[m], amount })),
          });
          const line = result.reps[0];
          const gap = Math.max(0, target - line.actualToDate);
          expect(line.actualToDate + (line.requiredRunRate as number) * line.remaining).toBeCloseTo(
            line.actualToDate + gap,
            6,
          );
          expect(line.projected / target).toBeCloseTo(line.pace, 9);
          // One whole-year target: the target to date is the linear share, so to date equals pace.
          expect(line.attainmentToDate as number).toBeCloseTo(line.pace, 9);
          expect(line.offPace).toBe((line.attainmentToDate as number) < 0.9);
        },
      ),
    );
  });
});
