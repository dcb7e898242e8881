/**
 * "Copy re-plan to sheet" and the projection the tracking view shows: the SalesReplan sheet holds
 * exactly the view's re-plan as values (through the in-memory Office host, all or nothing, never
 * over a sheet SalesPlan did not write), and "Projected full year" reads the same way as the
 * attainment to date on a seasonal year, where the linear run rate contradicts it.
 */
import fc from "fast-check";
import {
  defaultTargetOptions,
  projectAtPlan,
  REPLAN_SHEET,
  replanDraft,
  targetsJob,
  trackingJob,
  trackingTargetsSpec,
  writeReplanSheet,
} from "../../src/jobs";
import { sumMoney } from "../../src/kernel/money";
import { trackAttainment } from "../../src/engine/tracking";
import { OfficeWorkbookHost } from "../../src/workbook/office/host";
import { actualsSpec, repsSpec } from "../../src/workbook/inputs";
import type { RawCell } from "../../src/workbook/types";
import { sampleTables, seedSample } from "../browser/sample-workbook";
import { FakeExcel } from "../support/fake-excel";
import { parsedTable } from "../support/tables";

const sample = (name: string) => sampleTables.find((t) => t.name === name)!.values;
const reps = parsedTable(repsSpec, sample("Reps"), { LastYearSales: "Sales LY" });
const actuals = parsedTable(actualsSpec, sample("Actuals"));
const NOW = new Date(Date.UTC(2026, 3, 2, 9, 0));

function sampleView(asOf: string | null = null) {
  const table = targetsJob(
    { reps },
    { ...defaultTargetOptions, basis: "potential", companyTarget: 7000000, fiscalYear: 2026 },
  ).outputs[0];
  const rows = table.rows.map((r) => table.columns.map((c) => r[c.key] as RawCell));
  const salesTargets = parsedTable(trackingTargetsSpec, [table.columns.map((c) => c.header), ...rows]);
  return trackingJob({ salesTargets, actuals, reps }, { measure: null, asOf, margin: 0.1 });
}

describe("Projected full year: actual to date plus the remaining months' own targets", () => {
  // Bo Chen's seasonal year: a light first quarter (5,000 a month), then 15,000 a month.
  const months = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, "0")}`);
  const targets = months.map((period, i) => ({ rep: "R02", period, target: i < 3 ? 5000 : 15000 }));
  const result = trackAttainment({
    granularity: "month",
    periods: months,
    asOf: "2026-03",
    reps: [{ rep: "R02", region: "South" }],
    targets,
    actuals: [
      { rep: "R02", period: "2026-01", amount: 5000 },
      { rep: "R02", period: "2026-02", amount: 6000 },
      { rep: "R02", period: "2026-03", amount: 6235 },
    ],
  });
  const line = projectAtPlan(result.reps[0]);

  test("a rep ahead of a seasonal target to date is projected above the annual target", () => {
    // 17,235 / 15,000 = 114.9% to date, yet the linear run rate says 17,235 / 3 x 12 / 150,000 = 46.0%.
    expect(line.attainmentToDate).toBeCloseTo(1.149, 10);
    expect(line.pace).toBeCloseTo(0.4596, 10);
    // At plan: 17,235 + 9 x 15,000 = 152,235, 101.49% of 150,000.
    expect(line.atPlan).toBe(152235);
    expect(line.atPlanAttainment).toBeCloseTo(1.0149, 10);
    expect(line.offPace).toBe(false);
  });

  test("ahead of the target to date exactly when projected above the annual target", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 100000 }), { minLength: 12, maxLength: 12 }),
        fc.array(fc.integer({ min: 0, max: 200000 }), { minLength: 1, maxLength: 11 }),
        (monthly, sold) => {
          const r = trackAttainment({
            granularity: "month",
            periods: months,
            asOf: months[sold.length - 1],
            reps: [{ rep: "A" }],
            targets: months.map((period, i) => ({ rep: "A", period, target: monthly[i] })),
            actuals: sold.map((amount, i) => ({ rep: "A", period: months[i], amount })),
          });
          const p = projectAtPlan(r.reps[0]);
          const toDate = r.reps[0].actualToDate - r.reps[0].targetToDate;
          const year = p.atPlan - p.target;
          expect(Math.sign(year)).toBe(Math.sign(toDate));
        },
      ),
    );
  });

  test("the sample team's view carries the projection on reps, regions and all reps", () => {
    const view = sampleView();
    for (const line of [...view.reps, ...view.regions, view.company]) {
      expect(line.atPlan).toBeCloseTo(line.actualToDate + line.target - line.targetToDate, 2);
      expect(line.atPlanAttainment).toBeCloseTo(line.atPlan / line.target, 12);
    }
  });
});

describe("the SalesReplan sheet", () => {
  const view = sampleView();

  test("one row per rep: annual target, actual to date, remaining, then each remaining month", () => {
    const draft = replanDraft(view, "en", NOW);
    expect(draft.name).toBe(REPLAN_SHEET);
    expect(draft.rows[0].cells).toEqual(["Re-plan of Revenue as of 2026-03"]);
    expect(String(draft.rows[1].cells[0])).toContain("copied from Track & re-plan on 2026-04-02");
    expect(draft.rows[2].cells).toEqual([
      "RepID",
      "Name",
      "Region",
      "Annual target",
      "Actual to date",
      "Remaining to annual",
      ...view.remainingMonths,
    ]);
    const body = draft.rows.slice(3, 3 + view.reps.length);
    view.reps.forEach((rep, i) => {
      expect(body[i].cells).toEqual([
        rep.key,
        rep.name,
        rep.region,
        rep.target,
        rep.actualToDate,
        rep.gap,
        ...rep.replan,
      ]);
      // The months re-planned add up to the rounded remaining (targets are in whole units here).
      expect(sumMoney(rep.replan)).toBe(rep.gap);
    });
    const total = draft.rows[3 + view.reps.length];
    expect(total.cells[0]).toBe("All reps");
    expect(total.cells[3]).toBe(sumMoney(view.reps.map((r) => r.target)));
    expect(total.cells[6]).toBe(sumMoney(view.reps.map((r) => r.replan[0])));
    expect(total.ruleAbove).toEqual([0, 5 + view.remainingMonths.length]);
    expect(draft.widths).toHaveLength(6 + view.remainingMonths.length);
  });

  test("in Chinese", () => {
    const draft = replanDraft(view, "zh", NOW);
    expect(draft.rows[0].cells).toEqual(["Revenue 重新规划（截至 2026-03）"]);
    expect(draft.rows[2].cells.slice(0, 6)).toEqual([
      "工号",
      "姓名",
      "区域",
      "全年目标",
      "累计实际",
      "距全年目标",
    ]);
    expect(draft.rows[3 + view.reps.length].cells[0]).toBe("全部销售代表");
  });

  test("written through the Office host as values, replacing its own previous copy only", async () => {
    const excel = new FakeExcel();
    seedSample(excel);
    const host = new OfficeWorkbookHost({ run: excel.run });
    const before = excel.syncs;
    const written = await writeReplanSheet(host, view, "en", NOW);
    expect(written).toEqual({ sheet: REPLAN_SHEET, rows: 4 + view.reps.length, created: true });
    expect(excel.syncs - before).toBeLessThanOrEqual(3);
    const n = 6 + view.remainingMonths.length;
    const cells = excel.read(REPLAN_SHEET, 0, 0, 4 + view.reps.length, n);
    expect(cells[3]).toEqual(replanDraft(view, "en", NOW).rows[3].cells);
    const sheet = excel.workbook.sheet(REPLAN_SHEET)!;
    for (const [, , cell] of sheet.entries()) {
      expect(cell.formula).toBeUndefined();
      if (typeof cell.value === "number") expect(cell.format).toBe("#,##0");
      // "2026-04" in the header stays text, not a date.
      if (typeof cell.value === "string") expect(cell.format).toBe("@");
    }
    // A second copy (an earlier as-of month) replaces the first: one SalesReplan sheet, ten months.
    const earlier = sampleView("2026-02");
    expect(await writeReplanSheet(host, earlier, "en", NOW)).toMatchObject({ created: false });
    expect(excel.workbook.sheets.filter((s) => s.name.startsWith(REPLAN_SHEET)).map((s) => s.name)).toEqual([
      REPLAN_SHEET,
    ]);
    expect(excel.read(REPLAN_SHEET, 2, 6, 1, 1)).toEqual([["2026-03"]]);
  });

  test("a SalesReplan sheet SalesPlan did not write stops the copy before any change", async () => {
    const excel = new FakeExcel();
    seedSample(excel);
    excel.addTable("SalesReplan", "MyPlan", 0, 0, [["Note"], ["mine"]]);
    const host = new OfficeWorkbookHost({ run: excel.run });
    await expect(writeReplanSheet(host, view, "en", NOW)).rejects.toThrow(/SalesReplan/);
    expect(excel.read("SalesReplan", 0, 0, 2, 1)).toEqual([["Note"], ["mine"]]);
  });
});
