/** What both .xlsx hosts (exceljs and package) say and do alike: opening a file, a table not found. */
import { promises as fs } from "fs";
import { SalesPlanError } from "../../kernel/errors";
import { workbookMessages } from "../messages";
import { REGISTRY_SHEET } from "../ownership";
import type { WriteCell } from "../outputs";
import type { ParsedTable } from "../parse";
import { SETTINGS_SHEET } from "../settings";
import type { RawCell } from "../types";

/** Load `file` with `load`, as SalesPlan's messages: not found, or not a workbook and why. */
export async function openWorkbookFile<T>(file: string, load: () => Promise<T>): Promise<T> {
  try {
    await fs.access(file);
  } catch {
    throw new SalesPlanError(workbookMessages.fileNotFound, { path: file });
  }
  try {
    return await load();
  } catch (error) {
    throw new SalesPlanError(workbookMessages.fileNotWorkbook, {
      path: file,
      reason: (error as Error).message,
    });
  }
}

export function emptyResult(name: string, sheet: string, error: SalesPlanError): ParsedTable {
  return {
    name,
    sheet,
    table: undefined,
    columns: [],
    rows: [],
    rowCount: 0,
    problems: [{ sheet: sheet || undefined, table: name, error }],
  };
}

/** The result for a sheet without a header row. */
export function noHeaderResult(name: string): ParsedTable {
  return emptyResult(name, name, new SalesPlanError(workbookMessages.sheetHasNoHeader, { sheet: name }));
}

/** The result for a name that is no table and no sheet, listing what the workbook has. */
export function notFoundResult(name: string, tablesAndSheets: readonly string[]): ParsedTable {
  const found = [...new Set(tablesAndSheets)].filter((n) => n !== REGISTRY_SHEET && n !== SETTINGS_SHEET);
  const error = new SalesPlanError(workbookMessages.tableNotFound, {
    table: name,
    found: found.join(", ") || "-",
  });
  return emptyResult(name, "", error);
}

/** A read cell kept in an appended table: errors are not written back. */
export function toWriteCell(cell: RawCell): WriteCell {
  return cell !== null && typeof cell === "object" ? null : cell;
}
