/**
 * The command line's .xlsx host (parts, not an in-memory model): what it does not write stays
 * byte for byte, tables are real tables, and it reads and reruns as the exceljs host does.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { repsSpec } from "../../../src/workbook/inputs";
import { auditColumns, payoutColumns, targetColumns, type OutputTable } from "../../../src/workbook/outputs";
import { REGISTRY_SHEET } from "../../../src/workbook/ownership";
import { SETTINGS_SHEET } from "../../../src/workbook/settings";
import { XlsxPackageHost, shiftFormula } from "../../../src/workbook/xlsx/package-host";
import { entryBuffer, readZip } from "../../../src/workbook/xlsx/zip";

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "salesplan-package-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const targets = (n: number, value = 100): OutputTable => ({
  name: "SalesTargets",
  columns: targetColumns,
  rows: Array.from({ length: n }, (_, i) => ({
    RepID: `R${i + 1}`,
    Name: i === 0 ? "=cmd|' /C calc'!A0" : ` Rep ${i + 1} & <co> `,
    Region: "华东",
    Product: "Widgets",
    Period: "2026-03",
    Target: value + i / 100,
  })),
});

async function reopen(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

const tableModel = (wb: ExcelJS.Workbook, sheet: string, name: string) =>
  (wb.getWorksheet(sheet)?.getTable(name) as unknown as { table: { tableRef: string; totalsRow: boolean } })
    .table;

/** A user's workbook: inputs, their own sheet with formulas and styles, a table, a very hidden sheet. */
async function userWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Reps").addTable({
    name: "Reps",
    ref: "B2",
    columns: [{ name: "RepID" }, { name: "Name" }, { name: "Region" }],
    rows: [
      ["R1", "李雷", "华东"],
      ["R2", "韩梅", "华北"],
    ],
  });
  const notes = wb.addWorksheet("Notes");
  notes.getCell("A1").value = 21;
  notes.getCell("A2").value = { formula: "A1*2", result: 42 };
  notes.getCell("A3").value = "keep me";
  notes.getCell("A3").font = { bold: true, color: { argb: "FFFF0000" } };
  notes.getCell("B1").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
  notes.mergeCells("C1:D2");
  notes.pageSetup.printArea = "A1:B3";
  const budget = wb.addWorksheet("Budget");
  budget.addTable({
    name: "MyBudget",
    ref: "A1",
    columns: [{ name: "Item" }, { name: "Cost" }, { name: "Double" }],
    rows: [
      ["rent", 100, { formula: "B2*2", result: 200 } as unknown as ExcelJS.CellValue],
      ["food", 50, { formula: "B3*2", result: 100 } as unknown as ExcelJS.CellValue],
    ],
  });
  wb.addWorksheet("Secret", { state: "veryHidden" }).getCell("A1").value = "hidden";
  await wb.xlsx.writeFile(file);
}

describe("XlsxPackageHost", () => {
  it("writes its tables and leaves every other part of the file byte for byte", async () => {
    const input = path.join(dir, "user.xlsx");
    const output = path.join(dir, "user-out.xlsx");
    await userWorkbook(input);
    const host = await XlsxPackageHost.open(input);
    const reps = await host.readTable(repsSpec);
    expect(reps.rows.map((r) => r.values.Name)).toEqual(["李雷", "韩梅"]);
    await host.writeTables([targets(3)], new Date(Date.UTC(2026, 2, 1)));
    await host.save(output);

    const before = await fs.readFile(input);
    const after = await fs.readFile(output);
    const afterEntries = new Map(readZip(after).map((e) => [e.name, e]));
    // What a run may change: the sheet list, relationships and content types, and the styles.
    const changed = new Set([
      "xl/workbook.xml",
      "xl/_rels/workbook.xml.rels",
      "[Content_Types].xml",
      "xl/styles.xml",
    ]);
    for (const entry of readZip(before)) {
      const again = afterEntries.get(entry.name);
      expect(again).toBeDefined();
      if (changed.has(entry.name)) continue;
      expect([entry.name, entryBuffer(after, again!).equals(entryBuffer(before, entry))]).toEqual([
        entry.name,
        true,
      ]);
    }

    const wb = await reopen(output);
    const notes = wb.getWorksheet("Notes")!;
    expect(notes.getCell("A2").value).toEqual({ formula: "A1*2", result: 42 });
    expect(notes.getCell("A3").font).toMatchObject({ bold: true, color: { argb: "FFFF0000" } });
    expect(notes.pageSetup.printArea).toBe("A1:B3");
    expect(wb.getWorksheet("Secret")!.state).toBe("veryHidden");
    expect(tableModel(wb, "Budget", "MyBudget").tableRef).toBe("A1:C3");
    expect(wb.getWorksheet("Budget")!.getCell("C3").value).toEqual({ formula: "B3*2", result: 100 });

    const ws = wb.getWorksheet("SalesTargets")!;
    expect(tableModel(wb, "SalesTargets", "SalesTargets")).toMatchObject({
      tableRef: "A1:F5",
      totalsRow: true,
    });
    expect(ws.getRow(1).values).toEqual([
      undefined,
      "RepID",
      "Name",
      "Region",
      "Product",
      "Period",
      "Target",
    ]);
    expect(ws.getCell("B2").value).toBe("=cmd|' /C calc'!A0");
    expect(ws.getCell("B3").value).toBe(" Rep 2 & <co> ");
    expect(ws.getCell("C2").value).toBe("华东");
    expect(ws.getCell("B2").numFmt).toBe("@");
    expect(ws.getCell("F3").value).toBe(100.01);
    expect(ws.getCell("F3").numFmt).toBe("#,##0.00");
    expect(ws.getCell("A1").font?.bold).toBe(true);
    expect(ws.getCell("A5").value).toBe("Total");
    expect(ws.getCell("F5").value).toEqual({ formula: "SUBTOTAL(109,SalesTargets[Target])", result: 300.03 });
    expect(ws.getColumn(6).width).toBe(14);
    expect(wb.getWorksheet(REGISTRY_SHEET)?.state).toBe("veryHidden");
    // The new sheet comes after the user's sheets, tab order as before.
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Reps",
      "Notes",
      "Budget",
      "Secret",
      "SalesTargets",
      REGISTRY_SHEET,
    ]);
  });

  it("reruns in place: notes beside the table and the first row's formatting kept, old rows cleared", async () => {
    const file = path.join(dir, "rerun.xlsx");
    const first = XlsxPackageHost.create();
    await first.writeTables([targets(5), { name: "SalesPayouts", columns: payoutColumns, rows: [] }]);
    await first.save(file);

    const edited = await reopen(file);
    const sheet = edited.getWorksheet("SalesTargets")!;
    sheet.getCell("F2").font = { color: { argb: "FFFF0000" }, bold: true };
    sheet.getCell("H2").value = "my note";
    edited.getWorksheet("SalesPayouts")!.pageSetup.printArea = "A1:C3";
    await edited.xlsx.writeFile(file);

    const shorter = await XlsxPackageHost.open(file);
    await shorter.writeTables([targets(2, 7)]);
    // Read back in the same session, before the save, as the payouts job does.
    const again = await shorter.readTable({
      ...repsSpec,
      name: "SalesTargets",
      columns: repsSpec.columns.slice(0, 1),
    });
    expect(again.rows.map((r) => r.values.RepID)).toEqual(["R1", "R2"]);
    await shorter.save(file);
    let wb = await reopen(file);
    let ws = wb.getWorksheet("SalesTargets")!;
    expect(tableModel(wb, "SalesTargets", "SalesTargets").tableRef).toBe("A1:F4");
    expect(ws.getCell("F3").value).toBe(7.01);
    expect(ws.getCell("F3").font?.bold).toBe(true);
    expect(ws.getCell("F4").value).toEqual({ formula: "SUBTOTAL(109,SalesTargets[Target])", result: 14.01 });
    expect(ws.getCell("H2").value).toBe("my note");
    expect(ws.getCell("A6").value).toBeNull();
    expect(ws.getCell("F7").value).toBeNull();

    // Growing would cover the note's column: refused until the note moves.
    const blocked = await XlsxPackageHost.open(file);
    await expect(blocked.writeTables([targets(8)])).rejects.toThrow(/other content below it/);
    const moved = await reopen(file);
    moved.getWorksheet("SalesTargets")!.getCell("H2").value = null;
    await moved.xlsx.writeFile(file);

    // A new SalesScorecard goes after the other sheets (as with exceljs); the print area stays put.
    const longer = await XlsxPackageHost.open(file);
    await longer.writeTables([
      targets(8),
      {
        name: "SalesScorecard",
        columns: [{ key: "RepID", header: "RepID", kind: "text" }],
        rows: [{ RepID: "R1" }],
      },
    ]);
    await longer.save(file);
    wb = await reopen(file);
    ws = wb.getWorksheet("SalesTargets")!;
    expect(tableModel(wb, "SalesTargets", "SalesTargets").tableRef).toBe("A1:F10");
    expect(ws.getCell("F9").font?.bold).toBe(true);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "SalesTargets",
      "SalesPayouts",
      REGISTRY_SHEET,
      "SalesScorecard",
    ]);
    expect(wb.getWorksheet("SalesPayouts")!.pageSetup.printArea).toBe("A1:C3");
  });

  it("inserts a new output sheet before later ones and moves sheet-scoped names with their sheets", async () => {
    const file = path.join(dir, "order.xlsx");
    const first = XlsxPackageHost.create();
    await first.writeTables([{ name: "SalesPayouts", columns: payoutColumns, rows: [] }]);
    await first.save(file);
    const edited = await reopen(file);
    edited.getWorksheet("SalesPayouts")!.pageSetup.printArea = "A1:C3";
    await edited.xlsx.writeFile(file);

    const host = await XlsxPackageHost.open(file);
    await host.writeTables([targets(1)]);
    await host.save(file);
    const wb = await reopen(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["SalesTargets", "SalesPayouts", REGISTRY_SHEET]);
    expect(wb.getWorksheet("SalesPayouts")!.pageSetup.printArea).toBe("A1:C3");
    expect(wb.getWorksheet("SalesTargets")!.pageSetup.printArea).toBeUndefined();
  });

  it("appends audit rows, refuses a foreign table and changes nothing then", async () => {
    const host = XlsxPackageHost.create();
    const audit = (action: string): OutputTable => ({
      name: "SalesAudit",
      columns: auditColumns,
      mode: "append",
      rows: [{ Time: new Date(Date.UTC(2026, 2, 1, 8)), Action: action, InputHash: "abc" }],
    });
    await host.writeTables([audit("targets")]);
    await host.writeTables([audit("payouts")]);
    const file = path.join(dir, "audit.xlsx");
    await host.save(file);
    const ws = (await reopen(file)).getWorksheet("SalesAudit")!;
    expect([ws.getCell("B2").value, ws.getCell("B3").value, ws.getCell("B4").value]).toEqual([
      "targets",
      "payouts",
      null,
    ]);
    expect(ws.getCell("A3").numFmt).toBe("yyyy-mm-dd hh:mm:ss");

    const input = path.join(dir, "foreign.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Mine").addTable({
      name: "SalesTargets",
      ref: "A1",
      columns: [{ name: "Mine" }, { name: "Notes" }],
      rows: [["keep", "me"]],
    });
    await wb.xlsx.writeFile(input);
    const bytes = await fs.readFile(input);
    const foreign = await XlsxPackageHost.open(input);
    expect(await foreign.ownership("SalesTargets")).toBe("foreign");
    await expect(foreign.writeTables([targets(1)])).rejects.toThrow(/was not created by SalesPlan/);
    expect((await foreign.contents()).sheets).toEqual(["Mine"]);
    expect((await fs.readFile(input)).equals(bytes)).toBe(true);
  });

  it("keeps settings on a very hidden sheet and lists formulas in a table's data rows", async () => {
    const file = path.join(dir, "settings.xlsx");
    const host = XlsxPackageHost.create();
    await host.writeSetting("SalesPlan.a", "=1+1");
    await host.writeSetting("SalesPlan.b", "2");
    await host.writeSetting("SalesPlan.a", "3");
    await host.writeSetting("SalesPlan.b", null);
    await host.writeTables([targets(1)]);
    await host.save(file);
    const again = await XlsxPackageHost.open(file);
    expect(await again.readSetting("SalesPlan.a")).toBe("3");
    expect(await again.readSetting("SalesPlan.b")).toBeNull();
    expect((await again.contents()).sheets).toEqual(["SalesTargets"]);
    expect((await reopen(file)).getWorksheet(SETTINGS_SHEET)?.state).toBe("veryHidden");

    const input = path.join(dir, "formulas.xlsx");
    await userWorkbook(input);
    const user = await XlsxPackageHost.open(input);
    const [found] = await user.formulaCells(["MyBudget"]);
    expect(found.count).toBe(2);
    expect(found.cells.map((c) => [c.address, c.formula])).toEqual([
      ["C2", "=B2*2"],
      ["C3", "=B3*2"],
    ]);
    expect(shiftFormula("B2*$C$1+'Other Sheet'!A1+SUM(A2:A3)", 2, 1)).toBe(
      "C4*$C$1+'Other Sheet'!B3+SUM(B4:B5)",
    );
  });

  it("reports a missing file and a file that is not a workbook", async () => {
    await expect(XlsxPackageHost.open(path.join(dir, "nope.xlsx"))).rejects.toThrow(/File not found/);
    const junk = path.join(dir, "junk.xlsx");
    await fs.writeFile(junk, "not a zip");
    await expect(XlsxPackageHost.open(junk)).rejects.toThrow(/is not an .xlsx workbook/);
  });
});
