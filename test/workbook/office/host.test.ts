import { SalesPlanError } from "../../../src/kernel/errors";
import { activitiesSpec, repsSpec } from "../../../src/workbook/inputs";
import { workbookMessages } from "../../../src/workbook/messages";
import { OfficeWorkbookHost } from "../../../src/workbook/office/host";
import { targetColumns, type OutputTable } from "../../../src/workbook/outputs";
import { REGISTRY_SHEET } from "../../../src/workbook/ownership";
import { FakeExcel, type CellValue } from "../../support/fake-excel";
import { audit, NOW, payouts, targets } from "../../support/outputTables";

function setup(): { excel: FakeExcel; host: OfficeWorkbookHost } {
  const excel = new FakeExcel();
  return { excel, host: new OfficeWorkbookHost({ run: excel.run }) };
}

describe("OfficeWorkbookHost writing", () => {
  it("creates tables with headers, formats, totals and text kept as text, in three syncs", async () => {
    const { excel, host } = setup();
    const report = await host.writeTables([targets(4)], NOW);
    expect(report.tables).toEqual([{ name: "SalesTargets", sheet: "SalesTargets", rows: 4, created: true }]);
    expect(excel.syncs).toBe(3);
    expect(excel.read("SalesTargets", 0, 0, 6, 6)).toEqual([
      ["RepID", "Name", "Region", "Product", "Period", "Target"],
      ["001", '=HYPERLINK("x")', "华东", "Widgets", "2026-03", 100],
      ["R2", "-Li", "华东", "Widgets", "2026-03", 100.01],
      ["R3", "+1 area", "华东", "Widgets", "2026-03", 100.02],
      ["R4", "@sum", "华东", "Widgets", "2026-03", 100.03],
      ["Total", null, null, null, null, 400.06],
    ]);
    const sheet = excel.workbook.sheet("SalesTargets")!;
    expect(sheet.get(1, 1)?.formula).toBeUndefined();
    expect(sheet.get(1, 5)?.format).toBe("#,##0.00");
    expect(sheet.get(5, 5)?.formula).toBe("=SUBTOTAL(109,[Target])");
    expect(sheet.widths.get(5)).toBeGreaterThan(70);
    expect(excel.workbook.table("SalesTargets")?.showTotals).toBe(true);
    expect(excel.workbook.sheet(REGISTRY_SHEET)?.visibility).toBe("VeryHidden");
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(["Sheet1", "SalesTargets", REGISTRY_SHEET]);
    // later outputs take their places among the earlier ones, in PRODUCT.md's order
    await host.writeTables([payouts(1), audit("payouts")], NOW);
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual([
      "Sheet1",
      "SalesTargets",
      REGISTRY_SHEET,
      "SalesPayouts",
      "SalesAudit",
    ]);
  });

  it("writes the same cells as the .xlsx host", async () => {
    const { XlsxWorkbookHost } = await import("../../../src/workbook/xlsx/host");
    const { fromExcelJs } = await import("../../../src/workbook/xlsx/cells");
    const xlsx = XlsxWorkbookHost.create();
    const { excel, host } = setup();
    const outputs = [targets(5), payouts(7), audit("run")];
    await xlsx.writeTables(outputs, NOW);
    await host.writeTables(outputs, NOW);
    for (const o of outputs) {
      const width = o.columns.length;
      const height = o.rows.length + 2;
      const ws = xlsx.workbook.getWorksheet(o.name)!;
      const fromXlsx = Array.from({ length: height }, (_, r) =>
        Array.from({ length: width }, (_, c) => fromExcelJs(ws.getCell(r + 1, c + 1).value) as CellValue),
      );
      expect(excel.read(o.name, 0, 0, height, width)).toEqual(fromXlsx);
    }
  });

  it("reruns in place: keeps position and the user's formats, shrinks and grows, appends the audit", async () => {
    const { excel, host } = setup();
    // A results table someone moved to C4 of a sheet (same signature as SalesPlan's).
    excel.addTable("SalesTargets", "SalesTargets", 3, 2, [
      ["RepID", "Name", "Region", "Product", "Period", "Target"],
      ["R1", "A", "E", "W", "2026-01", 1],
      ["R2", "B", "E", "W", "2026-01", 2],
    ]);
    excel.workbook.sheet("SalesTargets")!.cell(4, 7).format = "0.000";
    await host.writeTables([targets(5), audit("targets")], NOW);
    const table = excel.workbook.table("SalesTargets")!;
    expect([table.top, table.left, table.height, table.showTotals]).toEqual([3, 2, 6, true]);
    expect(excel.read("SalesTargets", 9, 7, 1, 1)).toEqual([[500.1]]);
    // the user's format of the first data row reaches every new row
    expect(excel.workbook.sheet("SalesTargets")!.get(8, 7)?.format).toBe("0.000");

    await host.writeTables([targets(2, 7), audit("targets again")], NOW);
    expect([table.top, table.left, table.height]).toEqual([3, 2, 3]);
    expect(excel.read("SalesTargets", 4, 2, 4, 6)).toEqual([
      ["001", '=HYPERLINK("x")', "华东", "Widgets", "2026-03", 7],
      ["R2", "-Li", "华东", "Widgets", "2026-03", 7.01],
      ["Total", null, null, null, null, 14.01],
      [null, null, null, null, null, null],
    ]);
    expect(excel.workbook.sheet("SalesTargets")!.used(true)).toMatchObject({ row: 3, rows: 4 });
    expect(excel.read("SalesAudit", 1, 1, 3, 1)).toEqual([["targets"], ["targets again"], [null]]);
  });

  it("stops on a table or sheet it did not create, before any change", async () => {
    const { excel, host } = setup();
    excel.addTable("Budget", "SalesTargets", 0, 0, [
      ["Budget", "Owner"],
      [1, "me"],
    ]);
    const before = excel.state();
    await expect(host.writeTables([payouts(2), targets(2)], NOW)).rejects.toThrow(
      "Table 'SalesTargets' on sheet 'Budget' was not created by SalesPlan (its columns are Budget, Owner); rename or move it, then run again",
    );
    expect(excel.state()).toBe(before);
    expect(excel.syncs).toBe(2);
    expect(await host.ownership("SalesTargets")).toBe("foreign");
    expect(await host.ownership("SalesPayouts")).toBe("absent");

    const other = setup();
    other.excel.setValues("SalesPayouts", 0, 0, [["my notes"]]);
    await expect(other.host.writeTables([payouts(1)], NOW)).rejects.toThrow(
      "Sheet 'SalesPayouts' already exists",
    );
  });

  it("will not grow a table over the user's content below it", async () => {
    const { excel, host } = setup();
    await host.writeTables([targets(2)], NOW);
    excel.setValues("SalesTargets", 20, 0, [["note"]]);
    await expect(host.writeTables([targets(30)], NOW)).rejects.toMatchObject({
      template: workbookMessages.contentBelowTable,
    });
  });
});

describe("OfficeWorkbookHost failures", () => {
  /** A workbook with SalesPlan's tables from an earlier run, plus user content elsewhere. */
  async function earlier(): Promise<{
    excel: FakeExcel;
    host: OfficeWorkbookHost;
    before: string;
    beforeAll: string;
  }> {
    const { excel, host } = setup();
    await host.writeTables([targets(3), payouts(4), audit("first")], NOW);
    excel.setValues("Sheet1", 0, 0, [["user data", 42]]);
    excel.workbook.sheet("SalesTargets")!.cell(1, 5).format = "0.0";
    excel.syncs = 0;
    excel.requestBytes.length = 0;
    return { excel, host, before: excel.state({ formats: false }), beforeAll: excel.state() };
  }
  // More rows in one table, fewer in another, a new one, and small blocks: many syncs to fail at.
  const rerun = (): OutputTable[] => [
    targets(40, 5),
    payouts(2),
    audit("second"),
    { ...targets(3), name: "SalesPlan", columns: targetColumns },
  ];

  it("leaves the previous tables as they were whichever sync fails, whole or part-way", async () => {
    const clean = await earlier();
    const host = new OfficeWorkbookHost({ run: clean.excel.run, blockBytes: 1000 });
    await host.writeTables(rerun(), NOW);
    const syncs = clean.excel.syncs;
    const after = clean.excel.state();
    expect(syncs).toBeGreaterThan(5);
    let completed = 0;

    let cases = 0;
    for (let sync = 1; sync <= syncs; sync++) {
      for (const afterActions of [0, 1, 3, 10, 30, 60]) {
        const { excel, before } = await earlier();
        excel.failures = [{ sync, afterActions }];
        const failing = new OfficeWorkbookHost({ run: excel.run, blockBytes: 1000 });
        const error = await failing.writeTables(rerun(), NOW).then(
          () => undefined,
          (e: unknown) => e,
        );
        if (error === undefined) {
          // Excel ran the whole commit and only the answer was lost: the write is complete.
          expect(excel.state()).toBe(after);
          completed++;
          continue;
        }
        expect(error).toBeInstanceOf(SalesPlanError);
        expect((error as SalesPlanError).template).toBe(workbookMessages.writeFailedRestored);
        expect((error as SalesPlanError).message).toContain(`injected failure at sync ${sync}`);
        expect(excel.state({ formats: false })).toBe(before);
        expect(excel.workbook.sheet("SalesPlanStaging")).toBeUndefined();
        cases++;
      }
    }
    expect(cases + completed).toBe(syncs * 6);
    expect(completed).toBe(1);
  });

  it("says so when the restore fails too", async () => {
    const { excel, host } = await earlier();
    await host.writeTables(rerun(), NOW);
    const commit = excel.syncs;
    const again = await earlier();
    again.excel.failures = [{ sync: commit, afterActions: 20 }, { sync: commit + 1 }, { sync: commit + 2 }];
    await expect(again.host.writeTables(rerun(), NOW)).rejects.toMatchObject({
      template: workbookMessages.writeFailedNotRestored,
    });
  });

  it("retries smaller when a request is refused as too large", async () => {
    const { excel, host } = setup();
    excel.payloadLimit = 20_000;
    await host.writeTables([payouts(300)], NOW);
    expect(excel.requestBytes.some((b) => b > 20_000)).toBe(true);
    const accepted = excel.requestBytes.filter((b) => b <= 20_000);
    expect(accepted.length).toBeGreaterThan(5);
    expect(excel.read("SalesPayouts", 300, 0, 1, 1)).toEqual([["R300"]]);
  });
});

describe("OfficeWorkbookHost reading", () => {
  it("reads a table by name with Excel's values: serial dates, errors as #N/A, numbers as text", async () => {
    const { excel, host } = setup();
    excel.addTable("团队", "Reps", 2, 1, [
      ["工号", "姓名", "大区", "入职日期", "目标奖金"],
      [1001, "李雷", "华东", 46082, 5000],
      ["R2", "韩梅", "华北", "2026年4月1日", "abc"],
      ["R3", "王五", { error: "#N/A" }, null, null],
    ]);
    const parsed = await host.readTable(repsSpec);
    expect(parsed.table).toBe("Reps");
    expect(parsed.rows.map((r) => r.values)).toEqual([
      { RepID: "1001", Name: "李雷", Region: "华东", HireDate: 46082, TargetIncentive: 5000 },
    ]);
    expect(parsed.problems.map((p) => [p.sheet, p.row, p.column, p.error.message])).toEqual([
      ["团队", 5, 6, "团队!F5 (目标奖金): expected a number but found text 'abc'"],
      ["团队", 6, 4, "团队!D6 (大区): Excel error #N/A"],
    ]);
  });

  it("finds a sheet by name when there is no table, and reports a missing one", async () => {
    const { excel, host } = setup();
    excel.setValues("Activities", 1, 0, [
      ["Rep ID", "Period", "Visits", "回款率"],
      ["R1", "2026-03", 12, "95%"],
    ]);
    const parsed = await host.readTable(activitiesSpec);
    expect(parsed.table).toBeUndefined();
    expect(parsed.rows[0]).toEqual({
      row: 3,
      values: { RepID: "R1", Period: "2026-03", Visits: 12, CollectionRate: 0.95 },
    });
    const missing = await host.readTable(repsSpec);
    expect(missing.problems[0].error.message).toBe(
      "Table 'Reps' not found: no Excel table or sheet of that name (found: Sheet1, Activities)",
    );
  });

  it("reads large tables in blocks under the response limit", async () => {
    const { excel } = setup();
    const rows: CellValue[][] = Array.from({ length: 3000 }, (_, i) => [
      `R${i}`,
      `Name ${i}`,
      "East",
      46082,
      i,
    ]);
    excel.addTable("Reps", "Reps", 0, 0, [
      ["RepID", "Name", "Region", "HireDate", "TargetIncentive"],
      ...rows,
    ]);
    excel.payloadLimit = 30_000;
    const small = new OfficeWorkbookHost({ run: excel.run, blockBytes: 20_000 });
    const parsed = await small.readTable(repsSpec);
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows).toHaveLength(3000);
    expect(parsed.rows[2999].values.TargetIncentive).toBe(2999);
    expect(Math.max(...excel.responseBytes)).toBeLessThanOrEqual(30_000);
    expect(excel.syncs).toBeLessThan(20);
  });
});

describe("OfficeWorkbookHost: a first write that fails in the commit", () => {
  it("removes the very hidden registry it had added (made plainly hidden first, as Excel requires)", async () => {
    const probe = setup();
    await probe.host.writeTables([targets(3)], NOW);
    const commit = probe.excel.syncs;
    let restored = 0;
    // Fail the commit after each of its actions in turn: one of them adds the registry sheet.
    for (let afterActions = 0; ; afterActions++) {
      const { excel, host } = setup();
      excel.setValues("Sheet1", 0, 0, [["user data"]]);
      const before = excel.state();
      excel.failures = [{ sync: commit, afterActions }];
      const error = await host.writeTables([targets(3)], NOW).then(
        () => undefined,
        (e: unknown) => e,
      );
      if (error === undefined) break; // every action ran: the commit went through
      expect(error).toMatchObject({ template: workbookMessages.writeFailedRestored });
      expect(excel.state()).toBe(before);
      restored++;
    }
    expect(restored).toBeGreaterThan(10);
  });
});
