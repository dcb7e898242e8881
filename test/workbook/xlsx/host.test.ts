import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { repsSpec, regionsSpec } from "../../../src/workbook/inputs";
import { auditColumns, payoutColumns, targetColumns, type OutputTable } from "../../../src/workbook/outputs";
import { REGISTRY_SHEET } from "../../../src/workbook/ownership";
import { XlsxWorkbookHost } from "../../../src/workbook/xlsx/host";

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "salesplan-xlsx-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const targets = (n: number, value = 100): OutputTable => ({
  name: "SalesTargets",
  columns: targetColumns,
  rows: Array.from({ length: n }, (_, i) => ({
    RepID: `R${i + 1}`,
    Name: i === 0 ? "=cmd|' /C calc'!A0" : `Rep ${i + 1}`,
    Region: "East",
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

function tableRef(wb: ExcelJS.Workbook, sheet: string, name: string): string {
  const t = wb.getWorksheet(sheet)?.getTable(name) as unknown as { table: { tableRef: string } };
  return t.table.tableRef;
}

describe("XlsxWorkbookHost", () => {
  it("writes named tables with formats, totals and formula-looking text as text, and reads them back", async () => {
    const host = XlsxWorkbookHost.create();
    await host.writeTables([targets(3)], new Date(Date.UTC(2026, 2, 1)));
    const file = path.join(dir, "targets.xlsx");
    await host.save(file);

    const wb = await reopen(file);
    const ws = wb.getWorksheet("SalesTargets")!;
    expect(tableRef(wb, "SalesTargets", "SalesTargets")).toBe("A1:F5");
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
    expect(ws.getCell("B2").numFmt).toBe("@");
    expect(ws.getCell("F3").value).toBe(100.01);
    expect(ws.getCell("F3").numFmt).toBe("#,##0.00");
    expect(ws.getCell("F5").value).toEqual({ formula: "SUBTOTAL(109,SalesTargets[Target])", result: 300.03 });
    expect(ws.getColumn(6).width).toBe(14);
    expect(wb.getWorksheet(REGISTRY_SHEET)?.state).toBe("veryHidden");
  });

  it("reruns in place: same position, user formatting kept, shorter and longer results", async () => {
    const file = path.join(dir, "rerun.xlsx");
    const first = XlsxWorkbookHost.create();
    await first.writeTables([targets(5)]);
    await first.save(file);

    // The user styles the first data row and adds notes beside the table.
    const edited = await reopen(file);
    edited.getWorksheet("SalesTargets")!.getCell("F2").font = { color: { argb: "FFFF0000" }, bold: true };
    await edited.xlsx.writeFile(file);

    const shorter = await XlsxWorkbookHost.open(file);
    await shorter.writeTables([targets(2, 7)]);
    await shorter.save(file);
    let wb = await reopen(file);
    let ws = wb.getWorksheet("SalesTargets")!;
    expect(tableRef(wb, "SalesTargets", "SalesTargets")).toBe("A1:F4");
    expect(ws.getCell("F3").value).toBe(7.01);
    expect(ws.getCell("F3").font?.bold).toBe(true);
    expect(ws.getCell("F4").value).toEqual({ formula: "SUBTOTAL(109,SalesTargets[Target])", result: 14.01 });
    // rows the old table used below the new one are empty
    expect(ws.getCell("A6").value).toBeNull();
    expect(ws.getCell("F7").value).toBeNull();

    const longer = await XlsxWorkbookHost.open(file);
    await longer.writeTables([targets(8)]);
    await longer.save(file);
    wb = await reopen(file);
    ws = wb.getWorksheet("SalesTargets")!;
    expect(tableRef(wb, "SalesTargets", "SalesTargets")).toBe("A1:F10");
    expect(ws.getCell("F9").font?.bold).toBe(true);
    expect(wb.worksheets.filter((w) => w.name === "SalesTargets")).toHaveLength(1);
  });

  it("refuses a table or sheet of the same name that SalesPlan did not create, and changes nothing", async () => {
    const host = XlsxWorkbookHost.create();
    const ws = host.workbook.addWorksheet("Mine");
    ws.addTable({
      name: "SalesTargets",
      ref: "A1",
      columns: [{ name: "Budget" }, { name: "Owner" }],
      rows: [[1, "me"]],
    });
    await expect(host.writeTables([targets(1)])).rejects.toThrow(
      "Table 'SalesTargets' on sheet 'Mine' was not created by SalesPlan (its columns are Budget, Owner); rename or move it, then run again",
    );
    expect(host.workbook.getWorksheet("SalesTargets")).toBeUndefined();
    expect(host.workbook.getWorksheet(REGISTRY_SHEET)).toBeUndefined();
    expect(await host.ownership("SalesTargets")).toBe("foreign");

    const other = XlsxWorkbookHost.create();
    other.workbook.addWorksheet("SalesPayouts").getCell("A1").value = "my notes";
    await expect(
      other.writeTables([targets(1), { name: "SalesPayouts", columns: payoutColumns, rows: [] }]),
    ).rejects.toThrow(
      "Sheet 'SalesPayouts' already exists and was not created by SalesPlan; rename it, then run again",
    );
    // the first table was not written either: nothing changes before every table is checked
    expect(other.workbook.getWorksheet("SalesTargets")).toBeUndefined();
  });

  it("will not grow a table over content below it", async () => {
    const host = XlsxWorkbookHost.create();
    await host.writeTables([targets(2)]);
    host.workbook.getWorksheet("SalesTargets")!.getCell("A10").value = "note";
    await expect(host.writeTables([targets(20)])).rejects.toThrow(
      /other content below it \(down to row 10\)/,
    );
    await expect(host.writeTables([targets(1)])).resolves.toBeDefined();
  });

  it("appends one audit row per run", async () => {
    const host = XlsxWorkbookHost.create();
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
  });

  it("finds inputs by table name or by sheet name, in Chinese, and reports what is missing", async () => {
    const file = path.join(dir, "inputs.xlsx");
    const wb = new ExcelJS.Workbook();
    const reps = wb.addWorksheet("销售");
    reps.addTable({
      name: "Reps",
      ref: "B3",
      columns: [{ name: "工号" }, { name: "姓名" }, { name: "大区" }, { name: "入职日期" }],
      rows: [
        ["R1", "李雷", "华东", new Date(Date.UTC(2026, 2, 1))],
        ["R2", "韩梅", "华北", "2026年4月1日"],
        ["R3", "王五", { error: "#N/A" } as unknown as ExcelJS.CellErrorValue, null],
      ],
    });
    const regions = wb.addWorksheet("Regions");
    regions.getCell("A2").value = "区域";
    regions.getCell("B2").value = "目标";
    regions.getCell("A3").value = "华东";
    regions.getCell("B3").value = { formula: "1000*2", result: 2000 };
    regions.getCell("A4").value = "华北";
    regions.getCell("B4").value = "abc";
    await wb.xlsx.writeFile(file);

    const host = await XlsxWorkbookHost.open(file);
    const r = await host.readTable(repsSpec);
    expect(r.table).toBe("Reps");
    expect(r.rows.map((x) => x.values)).toEqual([
      { RepID: "R1", Name: "李雷", Region: "华东", HireDate: 46082 },
      { RepID: "R2", Name: "韩梅", Region: "华北", HireDate: 46113 },
    ]);
    expect(r.problems.map((p) => p.error.message)).toEqual(["销售!D6 (大区): Excel error #N/A"]);

    const g = await host.readTable(regionsSpec);
    expect(g.table).toBeUndefined();
    expect(g.rows.map((x) => x.values)).toEqual([{ Region: "华东", Target: 2000 }]);
    expect(g.problems.map((p) => [p.sheet, p.row, p.column, p.error.message])).toEqual([
      ["Regions", 4, 2, "Regions!B4 (目标): expected a number but found text 'abc'"],
    ]);

    const missing = await host.readTable({ ...repsSpec, name: "Actuals" });
    expect(missing.problems[0].error.message).toBe(
      "Table 'Actuals' not found: no Excel table or sheet of that name (found: Reps, 销售, Regions)",
    );
  });

  it("reports a missing file and a file that is not a workbook", async () => {
    await expect(XlsxWorkbookHost.open(path.join(dir, "nope.xlsx"))).rejects.toThrow(/File not found/);
    const junk = path.join(dir, "junk.xlsx");
    await fs.writeFile(junk, "not a zip");
    await expect(XlsxWorkbookHost.open(junk)).rejects.toThrow(/is not an .xlsx workbook/);
  });
});
