/**
 * What a write will replace (jobs/impact.ts), over the Office.js host and the in-memory Excel: rows
 * before and after, the periods a write removes, new tables, and one batched read to find out.
 */
import { defaultTargetOptions, plannedWrites, writeImpact, type TargetOptions } from "../../src/jobs";
import { OfficeWorkbookHost } from "../../src/workbook/office/host";
import { fakeActions } from "../taskpane/fakeActions";

const options: TargetOptions = {
  ...defaultTargetOptions,
  companyTarget: 7_000_000,
  basis: "equal",
  fiscalYear: 2026,
};

test("a first write makes new tables; a later one names the rows it replaces and the periods it removes", async () => {
  const { actions, excel } = fakeActions();
  const first = await actions.previewTargets(options, {});
  expect(first.impact).toEqual([
    { name: "SalesTargets", before: null, after: first.table.rowCount, removedPeriods: [], append: false },
  ]);
  await actions.writeTargets(options, {});
  const before = first.table.rowCount;

  // The next year's targets replace this year's: every month of 2026 goes.
  const next = await actions.previewTargets({ ...options, fiscalYear: 2027 }, {});
  const months = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, "0")}`);
  expect(next.impact).toEqual([
    { name: "SalesTargets", before, after: next.table.rowCount, removedPeriods: months, append: false },
  ]);

  // Straight from the host: one batched read, however many tables, in few syncs.
  const host = new OfficeWorkbookHost({ run: excel.run });
  const syncs = excel.syncs;
  const impact = await writeImpact(host, [
    { name: "SalesTargets", rows: 5, periods: ["2026-02", "2027-01"] },
    { name: "SalesPayouts", rows: 3, periods: ["2026-02"] },
    { name: "SalesAudit", rows: 1, periods: [], append: true },
  ]);
  expect(excel.syncs - syncs).toBe(3);
  // the same three syncs as reading one table: the tables share their requests
  const one = excel.syncs;
  await writeImpact(host, [{ name: "SalesTargets", rows: 5, periods: [] }]);
  expect(excel.syncs - one).toBe(3);
  expect(impact).toEqual([
    {
      name: "SalesTargets",
      before,
      after: 5,
      removedPeriods: months.filter((m) => m !== "2026-02"),
      append: false,
    },
    { name: "SalesPayouts", before: null, after: 3, removedPeriods: [], append: false },
    { name: "SalesAudit", before: 1, after: 2, removedPeriods: [], append: true },
  ]);
});

test("plannedWrites lists each output with its rows and distinct periods, sorted", () => {
  expect(
    plannedWrites({
      outputs: [
        {
          name: "SalesPayouts",
          columns: [],
          rows: [{ Period: "2026-03" }, { Period: "2026-01" }, { Period: "2026-03" }],
        },
        { name: "SalesPlan", columns: [], rows: [{ Plan: "P" }] },
      ],
    }),
  ).toEqual([
    { name: "SalesPayouts", rows: 3, periods: ["2026-01", "2026-03"] },
    { name: "SalesPlan", rows: 1, periods: [] },
  ]);
});
