/**
 * A workbook saved from Excel after a pane write carries the very hidden SalesPlanUndo sheet (and,
 * after a crash, SalesPlanStaging). The command line opens such files: neither sheet is a table
 * the user made, a sheet to list, or a suggestion when a table is missing.
 */
import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import os from "os";
import path from "path";
import { repsSpec } from "../../../src/workbook/inputs";
import { STAGING_SHEET, UNDO_SHEET } from "../../../src/workbook/serviceSheets";
import { XlsxWorkbookHost } from "../../../src/workbook/xlsx/host";
import { XlsxPackageHost } from "../../../src/workbook/xlsx/package-host";

let file: string;

beforeAll(async () => {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Data").addRow(["Note"]);
  for (const name of [UNDO_SHEET, STAGING_SHEET]) {
    const sheet = workbook.addWorksheet(name, { state: "veryHidden" });
    // The backups of a replaced SalesPayouts, headers and all, as the pane keeps them.
    sheet.addRow(["RepID", "Name", "Region", "Period", "Payout"]);
    sheet.addRow(["R01", "Ann Lee", "North", "2026-01", 1234.5]);
  }
  file = path.join(await fs.mkdtemp(path.join(os.tmpdir(), "pane-sheets-")), "from-excel.xlsx");
  await workbook.xlsx.writeFile(file);
});

for (const [name, open] of [
  ["exceljs host", (f: string) => XlsxWorkbookHost.open(f)],
  ["package host", (f: string) => XlsxPackageHost.open(f)],
] as const) {
  test(`${name}: the pane's undo and staging sheets are neither listed, read nor suggested`, async () => {
    const host = await open(file);
    const { sheets } = await host.contents();
    expect(sheets).toEqual(["Data"]);
    for (const sheet of [UNDO_SHEET, STAGING_SHEET]) {
      const read = await host.readTable({ ...repsSpec, name: sheet });
      expect(read.rows).toHaveLength(0);
      const message = read.problems[0].error.format("en");
      expect(message).toMatch(new RegExp(`^Table '${sheet}' not found`));
      expect(message).not.toMatch(
        new RegExp(`found: .*${sheet === UNDO_SHEET ? STAGING_SHEET : UNDO_SHEET}`),
      );
    }
  });
}
