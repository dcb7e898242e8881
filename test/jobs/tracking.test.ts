/**
 * The tracking job (Track & re-plan): SalesTargets as the targets job writes them, the sample
 * team's Actuals, and per rep the tracking engine's numbers, off-pace reps first, and a re-plan of
 * the remaining months that adds up exactly to the rounded gap.
 */
import fc from "fast-check";
import { excelRound, toScaledUnits } from "../../src/kernel/money";
import { catchupList } from "../../src/engine/targets";
import { trackAttainment } from "../../src/engine/tracking";
import {
  defaultTargetOptions,
  defaultMeasure,
  projectAtPlan,
  jobMessages,
  targetDecimals,
  targetsJob,
  trackingJob,
  trackingTargetsSpec,
  type TrackingView,
} from "../../src/jobs";
import { actualsSpec, repsSpec } from "../../src/workbook/inputs";
import { parseTable } from "../../src/workbook/parse";
import { parsedTable } from "../support/tables";
import type { RawCell } from "../../src/workbook/types";
import { sampleTables } from "../browser/sample-workbook";

const sample = (name: string) => sampleTables.find((t) => t.name === name)!.values;
const reps = parsedTable(repsSpec, sample("Reps"), { LastYearSales: "Sales LY" });
const actuals = parsedTable(actualsSpec, sample("Actuals"));

/** SalesTargets as written: the targets job's rows read back through the tracking spec. */
function writtenTargets(options = {}) {
  const result = targetsJob(
    { reps },
    // By potential, so the joiner R03 (no sales last year) has targets too.
    { ...defaultTargetOptions, basis: "potential", companyTarget: 7000000, fiscalYear: 2026, ...options },
  );
  const table = result.outputs[0];
  const headers = table.columns.map((c) => c.header);
  const rows = table.rows.map((r) => table.columns.map((c) => r[c.key] as RawCell));
  return { table, salesTargets: parsedTable(trackingTargetsSpec, [headers, ...rows]) };
}

const cents = (values: readonly number[]) => values.reduce((s, v) => s + Number(toScaledUnits(v, 2)), 0);

describe("trackingJob on the sample team", () => {
  const { table, salesTargets } = writtenTargets();
  const view = trackingJob({ salesTargets, actuals, reps }, { measure: null, asOf: null, margin: 0.1 });

  test("defaults: the revenue measure, the latest month with actuals, units like the targets", () => {
    expect(view.measure).toBe("Revenue");
    expect(view.measures).toEqual(["Revenue", "Collection"]);
    expect(view.asOf).toBe("2026-03");
    expect(view.actualMonths).toEqual(["2026-01", "2026-02", "2026-03"]);
    expect(view.months).toHaveLength(12);
    expect(view.remainingMonths[0]).toBe("2026-04");
    expect(view.remainingMonths).toHaveLength(9);
    expect(view.decimals).toBe(0);
  });

  test("every rep's numbers are trackAttainment's for the same data", () => {
    const repRows = table.rows.filter((r) => r.RepID !== "(unassigned)");
    const expected = trackAttainment({
      granularity: "month",
      periods: view.months,
      asOf: "2026-03",
      reps: sample("Reps")
        .slice(1)
        .map((r) => ({ rep: String(r[0]), region: String(r[2]) })),
      targets: repRows.map((r) => ({ rep: String(r.RepID), period: String(r.Period), target: r.Target })),
      actuals: sample("Actuals")
        .slice(1)
        .filter((r) => r[2] === "Revenue")
        .map((r) => ({ rep: String(r[0]), period: String(r[1]), amount: r[3] })),
      margin: 0.1,
    });
    expect(view.reps).toHaveLength(6);
    for (const line of expected.reps) {
      const got = view.reps.find((r) => r.key === line.key)!;
      expect(got).toMatchObject(line);
    }
    // The engine's lines, each with the projection at plan beside them (test/jobs/replanSheet.test.ts).
    expect(view.regions).toEqual(expected.regions.map(projectAtPlan));
    // Off-pace reps first, slowest first; then the rest in SalesTargets order.
    const off = expected.offPace.map((l) => l.key);
    expect(off.length).toBeGreaterThan(0);
    expect(off.length).toBeLessThan(6);
    expect(view.reps.slice(0, off.length).map((r) => r.key)).toEqual(off);
    expect(view.reps.slice(off.length).every((r) => !r.offPace)).toBe(true);
    expect(view.company.target).toBeCloseTo(
      expected.reps.reduce((s, l) => s + l.target, 0),
      6,
    );
  });

  test("each rep's re-plan adds up to the gap, month by month in proportion to the rep's targets", () => {
    for (const rep of view.reps) {
      const gap = Math.max(0, excelRound(rep.target - rep.actualToDate, 0));
      expect(cents(rep.replan) + Number(toScaledUnits(rep.unplaced, 2))).toBe(Number(toScaledUnits(gap, 2)));
      expect(rep.replan.every((v) => Number.isInteger(v) && v >= 0)).toBe(true);
    }
    // CATCHUP's rule on the rep's own months: R03 joined in February, so January is 0 in the profile.
    for (const key of ["R01", "R03"]) {
      const rep = view.reps.find((r) => r.key === key)!;
      const months = table.rows.filter((r) => r.RepID === key).map((r) => r.Target as number);
      const closed = sample("Actuals")
        .slice(1)
        .filter((r) => r[0] === key && r[2] === "Revenue")
        .map((r) => r[3] as number);
      const expected = catchupList(
        months.reduce((a, b) => a + b, 0),
        [...closed, ...months.slice(3).map(() => null)],
        months,
        0,
      );
      expect(rep.replan).toEqual(expected.slice(3));
    }
  });

  test("another measure and an earlier as-of month", () => {
    const other = trackingJob(
      { salesTargets, actuals, reps },
      { measure: "collection", asOf: "2026-01", margin: 0.2 },
    );
    expect(other.measure).toBe("collection");
    expect(other.asOf).toBe("2026-01");
    expect(other.remainingMonths).toHaveLength(11);
    // February's and March's rows come after the as-of month: listed, not counted.
    expect(other.issues.length).toBe(12);
  });

  test("a plan rounded to hundreds is re-planned in hundreds", () => {
    const hundreds = writtenTargets({ decimals: -2 });
    const v = trackingJob({ ...hundreds, actuals, reps }, { measure: null, asOf: null, margin: 0.1 });
    expect(v.decimals).toBe(-2);
    for (const rep of v.reps) expect(rep.replan.every((x) => x % 100 === 0)).toBe(true);
  });
});

test("reps whose targets are all 0 (no weight) are listed as not tracked, with their actuals", () => {
  const result = targetsJob(
    { reps },
    { ...defaultTargetOptions, basis: "history", companyTarget: 7000000, fiscalYear: 2026 },
  );
  const table = result.outputs[0];
  const rows = table.rows.map((r) => table.columns.map((c) => r[c.key] as RawCell));
  const salesTargets = parsedTable(trackingTargetsSpec, [table.columns.map((c) => c.header), ...rows]);
  const view = trackingJob({ salesTargets, actuals, reps }, { measure: null, asOf: null, margin: 0.1 });
  expect(view.reps.map((r) => r.key).sort()).toEqual(["R01", "R02", "R04", "R05", "R06"]);
  expect(view.issues.map((i) => i.en)).toContain(
    "rep R03: the target over 2026-01..2026-12 is 0, so attainment has no meaning",
  );
  expect(view.issues.filter((i) => i.en.startsWith("rep R03 (period"))).toHaveLength(3);
  // Each left-out row names its rep, so the pane can group them.
  expect(view.issues.filter((i) => i.rep === "R03")).toHaveLength(4);
});

test("without SalesTargets the view says to write them first", () => {
  const missing = parseTable(
    { sheet: "", table: undefined, headerRow: 0, firstColumn: 0, headers: [], rows: [] },
    trackingTargetsSpec,
  );
  const notFound = { ...missing, problems: [] };
  expect(() => trackingJob({ actuals, reps }, { measure: null, asOf: null, margin: 0.1 })).toThrow(
    jobMessages.targetsNotWritten.en,
  );
  // An empty SalesTargets (only unassigned rows, or none) is not a plan either.
  expect(() =>
    trackingJob({ salesTargets: notFound, actuals, reps }, { measure: null, asOf: null, margin: 0.1 }),
  ).toThrow();
});

test("an as-of month outside SalesTargets and a measure without actuals are explained", () => {
  const { salesTargets } = writtenTargets();
  expect(() =>
    trackingJob({ salesTargets, actuals, reps }, { measure: null, asOf: "2027-05", margin: 0.1 }),
  ).toThrow(/2027-05.*2026-01.*2026-12/);
  expect(() =>
    trackingJob({ salesTargets, actuals, reps }, { measure: "Margin", asOf: null, margin: 0.1 }),
  ).toThrow(/Margin/);
});

test("defaultMeasure and targetDecimals", () => {
  expect(defaultMeasure(["Calls", "销售额"])).toBe("销售额");
  expect(defaultMeasure(["Calls", "Visits"])).toBe("Calls");
  expect(defaultMeasure([])).toBeUndefined();
  expect(targetDecimals([1000, 25000])).toBe(-3);
  expect(targetDecimals([1200, 2500])).toBe(-2);
  expect(targetDecimals([1201, 2500])).toBe(0);
  expect(targetDecimals([12.5, 3])).toBe(2);
});

describe("property: the re-plan of the remaining months is exactly the rounded gap", () => {
  const months = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, "0")}`);
  const arbitraryCase = fc
    .record({
      decimals: fc.constantFrom(2, 0, -2),
      repCount: fc.integer({ min: 1, max: 4 }),
      asOf: fc.integer({ min: 0, max: 11 }),
      seed: fc.array(fc.integer({ min: 0, max: 50000 }), { minLength: 48, maxLength: 48 }),
      actual: fc.array(fc.double({ min: 0, max: 80000, noNaN: true }), { minLength: 48, maxLength: 48 }),
      zeros: fc.array(fc.boolean(), { minLength: 48, maxLength: 48 }),
    })
    .map((c) => ({
      ...c,
      // Targets at the plan's rounding; some months 0 (joiners, leavers), never a whole year of 0.
      targets: Array.from({ length: c.repCount }, (_, r) =>
        months.map((_, m) => {
          const i = r * 12 + m;
          const units = c.zeros[i] && m !== 0 ? 0 : c.seed[i] + 1;
          return excelRound(units * 10 ** -c.decimals, Math.max(c.decimals, 0));
        }),
      ),
    }));

  test("for every rep, sum(re-plan) + unplaced = max(0, ROUND(target - actual to date))", () => {
    fc.assert(
      fc.property(arbitraryCase, (c) => {
        const repIds = Array.from({ length: c.repCount }, (_, r) => `R${r + 1}`);
        const targetRows: RawCell[][] = [["RepID", "Name", "Region", "Product", "Period", "Target"]];
        const actualRows: RawCell[][] = [["RepID", "Period", "Measure", "Amount"]];
        repIds.forEach((rep, r) =>
          months.forEach((month, m) => {
            targetRows.push([rep, `Rep ${r}`, r % 2 ? "North" : "South", "", month, c.targets[r][m]]);
            if (m <= c.asOf) actualRows.push([rep, month, "Revenue", excelRound(c.actual[r * 12 + m], 2)]);
          }),
        );
        const view: TrackingView = trackingJob(
          {
            salesTargets: parsedTable(trackingTargetsSpec, targetRows),
            actuals: parsedTable(actualsSpec, actualRows),
          },
          { measure: null, asOf: null, margin: 0.1 },
        );
        expect(view.asOf).toBe(months[c.asOf]);
        expect(view.remainingMonths).toEqual(months.slice(c.asOf + 1));
        for (const rep of view.reps) {
          const r = repIds.indexOf(rep.key);
          const target = c.targets[r].reduce((s, v) => s + v, 0);
          const done = months
            .slice(0, c.asOf + 1)
            .reduce((s, _, m) => s + excelRound(c.actual[r * 12 + m], 2), 0);
          const gap = Math.max(0, excelRound(target - done, view.decimals));
          expect(rep.replan).toHaveLength(11 - c.asOf);
          expect(rep.replan.every((v) => v >= 0)).toBe(true);
          expect(cents(rep.replan) + Number(toScaledUnits(rep.unplaced, 2))).toBe(
            Number(toScaledUnits(gap, 2)),
          );
          // Months targeted 0 get nothing; the gap lands only where the rep had a target.
          rep.replan.forEach((v, i) => {
            if (c.targets[r][c.asOf + 1 + i] === 0) expect(v).toBe(0);
          });
          if (rep.unplaced > 0) expect(c.targets[r].slice(c.asOf + 1).every((t) => t === 0)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe("off pace against the seasonal target to date", () => {
  // Q4-heavy SalesTargets: 5,000 a month Jan-Sep, 25,000 Oct-Dec. A is exactly on plan as of June;
  // B sold 4,000 a month: 80% of its target to date.
  const months = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, "0")}`);
  const target = (m: number) => (m < 9 ? 5000 : 25000);
  const salesTargets = parsedTable(trackingTargetsSpec, [
    ["RepID", "Name", "Region", "Period", "Target"],
    ...["A", "B"].flatMap((rep) => months.map((p, m) => [rep, rep, "East", p, target(m)])),
  ]);
  const actualRows = (rep: string, amount: number) =>
    months.slice(0, 6).map((p) => [rep, p, "Revenue", amount]);
  const actuals6 = parsedTable(actualsSpec, [
    ["RepID", "Period", "Measure", "Amount"],
    ...actualRows("A", 5000),
    ...actualRows("B", 4000),
  ]);

  test("a rep on the seasonal plan is on pace though the linear pace is 50%; one 20% behind is flagged", () => {
    const view = trackingJob({ salesTargets, actuals: actuals6 }, { measure: null, asOf: null, margin: 0.1 });
    const a = view.reps.find((r) => r.key === "A")!;
    const b = view.reps.find((r) => r.key === "B")!;
    expect(a).toMatchObject({
      targetToDate: 30000,
      actualToDate: 30000,
      attainmentToDate: 1,
      offPace: false,
    });
    expect(a.pace).toBe(0.5);
    expect(b).toMatchObject({ actualToDate: 24000, attainmentToDate: 0.8, offPace: true });
    expect(view.reps.map((r) => r.key)).toEqual(["B", "A"]);
    expect(view.company.offPace).toBe(false); // 54,000 of 60,000 = 90%: exactly at the margin
  });
});

describe("SalesTargets with a Measure column", () => {
  // General rows (no Measure) 10,000 a month; Collection's own rows 8,000 a month for A.
  const months = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, "0")}`);
  const salesTargets = parsedTable(trackingTargetsSpec, [
    ["RepID", "Period", "Target", "Measure"],
    ...months.map((p) => ["A", p, 10000, ""]),
    ...months.map((p) => ["A", p, 8000, "Collection"]),
  ]);
  const actuals = parsedTable(actualsSpec, [
    ["RepID", "Period", "Measure", "Amount"],
    ["A", "2026-01", "Revenue", 10000],
    ["A", "2026-01", "Collection", 8000],
  ]);

  test("each measure is tracked against its own rows, else the rows with no Measure", () => {
    const track = (measure: string) =>
      trackingJob({ salesTargets, actuals }, { measure, asOf: null, margin: 0.1 }).reps[0];
    expect(track("Collection")).toMatchObject({ target: 96000, targetToDate: 8000, attainmentToDate: 1 });
    expect(track("Revenue")).toMatchObject({ target: 120000, targetToDate: 10000, attainmentToDate: 1 });
  });
});

test("the unassigned row is no rep, whichever language wrote it", () => {
  const ramp = { ramp: [0.5, 1] };
  for (const language of ["en", "zh"] as const) {
    const { table, salesTargets } = writtenTargets({ ...ramp, language });
    const label = language === "zh" ? "（未分配）" : "(unassigned)";
    expect(table.rows.some((r) => r.RepID === label)).toBe(true);
    const view = trackingJob({ salesTargets, actuals, reps }, { measure: null, asOf: null, margin: 0.1 });
    expect(view.reps.map((r) => r.key).sort()).toEqual(["R01", "R02", "R03", "R04", "R05", "R06"]);
  }
});
