/**
 * Diagnostics against the in-memory Excel: every step passes and nothing is left behind; a
 * failure injected at any sync (whole or part-way) is reported at its step and still leaves the
 * workbook as it was; a name already taken stops it before any change.
 */
import {
  DIAGNOSTICS_STEPS,
  runDiagnostics,
  SCRATCH_SHEET,
  type DiagnosticsEnvironment,
  type DiagnosticsStepId,
} from "../../../src/workbook/office/diagnostics";
import { OfficeWorkbookHost } from "../../../src/workbook/office/host";
import { targetColumns } from "../../../src/workbook/outputs";
import { REGISTRY_SHEET } from "../../../src/workbook/ownership";
import { FakeExcel } from "../../support/fake-excel";

const NOW = new Date(Date.UTC(2026, 2, 31, 9));
const environment: DiagnosticsEnvironment = {
  host: "Excel",
  platform: "OfficeOnline",
  version: "16.0.1",
  excelApi: "1.17",
  sets: [{ name: "ExcelApi", version: "1.13", supported: true }],
};

/** A user's workbook: their own data and table, and (optionally) SalesPlan's from an earlier run. */
async function workbook(withSalesPlan: boolean): Promise<FakeExcel> {
  const excel = new FakeExcel();
  excel.setValues("Sheet1", 0, 0, [["user data", 42]]);
  excel.addTable("Budget", "Budget", 1, 1, [
    ["Owner", "Amount"],
    ["me", 1],
  ]);
  if (withSalesPlan) {
    const host = new OfficeWorkbookHost({ run: excel.run });
    await host.writeTables(
      [{ name: "SalesTargets", columns: targetColumns, rows: [{ RepID: "R1", Target: 5 }] }],
      NOW,
    );
  }
  excel.syncs = 0;
  await excel.run(async (context) => {
    context.workbook.settings.add("SalesPlan.language", "zh");
    await context.sync();
  });
  excel.syncs = 0;
  return excel;
}

describe.each([false, true])("Diagnostics (SalesPlan tables already there: %s)", (withSalesPlan) => {
  it("passes every step, removes all it added, in a fixed number of syncs", async () => {
    const excel = await workbook(withSalesPlan);
    const before = excel.state();
    const settingsBefore = [...excel.workbook.settings];
    const heard: DiagnosticsStepId[] = [];
    const report = await runDiagnostics(excel.run, environment, NOW, (id) => heard.push(id));
    expect(report.steps.map((s) => [s.id, s.status, s.error?.en])).toEqual(
      DIAGNOSTICS_STEPS.map((id) => [id, "pass", undefined]),
    );
    expect(report.ok).toBe(true);
    expect(report.environment).toBe(environment);
    expect(heard).toEqual([...DIAGNOSTICS_STEPS]);
    expect(excel.state()).toBe(before);
    expect([...excel.workbook.settings]).toEqual(settingsBefore);
    expect(excel.workbook.sheet(REGISTRY_SHEET) !== undefined).toBe(withSalesPlan);
    // The undo step: 13 (read, write 4, fingerprint 3, undo 4, read back).
    expect(excel.syncs).toBe(withSalesPlan ? 49 : 47);
  });

  it("reports a failure at any sync at its step and leaves nothing behind", async () => {
    // Which step each sync belongs to, from a clean run.
    const clean = await workbook(withSalesPlan);
    const stepAt: DiagnosticsStepId[] = [];
    let current: DiagnosticsStepId = "sheet";
    const originalRun = clean.run;
    clean.run = (batch) =>
      originalRun(async (context) => {
        const sync = context.sync.bind(context);
        (context as { sync: () => Promise<void> }).sync = async () => {
          stepAt.push(current);
          await sync();
        };
        return batch(context);
      });
    await runDiagnostics(clean.run, environment, NOW, (id) => (current = id));
    expect(stepAt).toHaveLength(clean.syncs);

    let reported = 0;
    for (let sync = 1; sync <= stepAt.length; sync++) {
      for (const afterActions of [0, 2]) {
        const excel = await workbook(withSalesPlan);
        const before = excel.state();
        excel.failures = [{ sync, afterActions }];
        const report = await runDiagnostics(excel.run, environment, NOW);
        expect(excel.state()).toBe(before);
        const step = report.steps.find((s) => s.id === stepAt[sync - 1])!;
        // A failed cleanup request is tried again, so the run may still pass whole.
        if (step.id !== "cleanup") {
          expect(report.ok).toBe(false);
          expect(step.status).toBe("fail");
          expect(step.error?.en).toContain(`injected failure at sync ${sync}`);
          expect(step.error?.zh).toContain(`injected failure at sync ${sync}`);
          reported++;
        }
        // Later steps that need a failed one are skipped, not run.
        expect(report.steps.map((s) => s.id)).toEqual([...DIAGNOSTICS_STEPS]);
      }
    }
    expect(reported).toBeGreaterThan(40);
  });
});

it("stops before any change when a sheet already has its name, and leaves that sheet alone", async () => {
  const excel = await workbook(false);
  excel.setValues(SCRATCH_SHEET, 0, 0, [["someone's"]]);
  const before = excel.state();
  const report = await runDiagnostics(excel.run, environment, NOW);
  expect(report.steps[0]).toMatchObject({ id: "sheet", status: "fail" });
  expect(report.steps[0].error?.en).toContain(`A sheet or table named '${SCRATCH_SHEET}' already exists`);
  expect(report.steps[0].error?.zh).toContain(`已存在名为“${SCRATCH_SHEET}”的工作表或表`);
  expect(report.steps.slice(1, -1).every((s) => s.status === "skipped")).toBe(true);
  expect(report.steps.at(-1)).toMatchObject({ id: "cleanup", status: "pass" });
  expect(excel.state()).toBe(before);
});
