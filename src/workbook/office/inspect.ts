/**
 * What the workbook holds under the output names, in two syncs: first the names of tables and
 * sheets, then the header, size and sheet usage of the tables that matter.
 */
import { parseRangeAddress } from "../cells";
import { headerText } from "../headers";
import { REGISTRY_SHEET, type ExistingTable, type UsedBlock } from "../ownership";
import { registryFromCells, type WorkbookSnapshot } from "../plan";
import { fromOfficeValue, sheetOfAddress } from "./context";

import { STAGING_SHEET } from "../serviceSheets";

export { STAGING_SHEET, UNDO_SHEET } from "../serviceSheets";

export interface OfficeSnapshot extends WorkbookSnapshot {
  readonly sheetNames: readonly string[];
  readonly tableNames: readonly { name: string; sheet: string }[];
  readonly registryExists: boolean;
  readonly stagingExists: boolean;
  /** The registry's cells as read, to put back if a write fails. */
  readonly registryCells: readonly (readonly unknown[])[];
  /** Totals-row formulas of existing tables by lower-cased name, to put back if a write fails. */
  readonly totalsFormulas: ReadonlyMap<string, readonly unknown[]>;
}

/** Two syncs, whatever the workbook holds. `names`: tables whose headers and sizes are needed. */
export async function inspectWorkbook(
  context: Excel.RequestContext,
  names: readonly string[],
): Promise<OfficeSnapshot> {
  const tables = context.workbook.tables.load("items/name,items/showTotals,items/worksheet/name");
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();

  const wanted = new Set(names.map((n) => n.toLowerCase()));
  const relevant = tables.items.filter((t) => wanted.has(t.name.toLowerCase()));
  const loads = relevant.map((t) => ({
    table: t,
    header: t.getHeaderRowRange().load("values"),
    range: t.getRange().load("address,rowIndex,columnIndex,rowCount,columnCount"),
    used: t.worksheet
      .getUsedRangeOrNullObject(true)
      .load("address,rowIndex,columnIndex,rowCount,columnCount"),
    totals: t.showTotals ? t.getTotalRowRange().load("formulas") : undefined,
  }));
  const sheetNames = sheets.items.map((s) => s.name);
  const registryExists = sheetNames.some((n) => n === REGISTRY_SHEET);
  const registryRange = registryExists
    ? context.workbook.worksheets.getItem(REGISTRY_SHEET).getUsedRangeOrNullObject(true).load("values")
    : undefined;
  if (loads.length > 0 || registryRange) await context.sync();

  const existing = new Map<string, ExistingTable>();
  const totalsFormulas = new Map<string, readonly unknown[]>();
  const used = new Map<string, UsedBlock | undefined>();
  for (const { table, header, range, used: usedRange, totals: totalsRange } of loads) {
    if (totalsRange)
      totalsFormulas.set(table.name.toLowerCase(), (totalsRange.formulas as unknown[][])[0] ?? []);
    const sheet = sheetOfAddress(range.address) || table.worksheet.name;
    const totals = table.showTotals ? 1 : 0;
    existing.set(table.name.toLowerCase(), {
      name: table.name,
      sheet,
      headers: (header.values[0] ?? []).map((v) => headerText(fromOfficeValue(v))),
      top: range.rowIndex,
      left: range.columnIndex,
      rows: range.rowCount - 1 - totals,
      columns: range.columnCount,
      hasTotals: totals === 1,
    });
    if (usedRange.isNullObject) used.set(sheet.toLowerCase(), undefined);
    else {
      const block = parseRangeAddress(usedRange.address);
      used.set(sheet.toLowerCase(), {
        bottom: block.row + block.rows - 1,
        right: block.column + block.columns - 1,
      });
    }
  }
  const registryCells =
    registryRange && !registryRange.isNullObject
      ? (registryRange.values as unknown[][])
      : ([] as unknown[][]);
  return {
    tables: existing,
    sheets: new Set(sheetNames.map((n) => n.toLowerCase())),
    registry: registryFromCells(registryCells.map((row) => row.map(fromOfficeValue))),
    used,
    sheetNames,
    tableNames: tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name })),
    registryExists,
    stagingExists: sheetNames.includes(STAGING_SHEET),
    registryCells,
    totalsFormulas,
  };
}
