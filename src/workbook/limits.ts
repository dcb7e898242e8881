/**
 * Excel's limits, checked before anything is written: a table that breaks one would be refused or
 * cut short by Excel, so the run stops instead, naming the table, column, sheet row and size.
 */
import { SalesPlanError } from "../kernel/errors";
import { cellAddress } from "./cells";
import { workbookMessages } from "./messages";
import type { PreparedTable } from "./outputs";

export const EXCEL_LIMITS = {
  cellCharacters: 32_767,
  rows: 1_048_576,
  columns: 16_384,
  sheetName: 31,
  tableName: 255,
} as const;

/** Why a sheet name is not one Excel accepts, or undefined when it is fine. */
export function sheetNameFault(
  name: string,
): "empty" | "long" | "characters" | "apostrophe" | "reserved" | undefined {
  if (name.trim() === "") return "empty";
  if (name.length > EXCEL_LIMITS.sheetName) return "long";
  if (/[:\\/?*[\]]/.test(name)) return "characters";
  if (name.startsWith("'") || name.endsWith("'")) return "apostrophe";
  if (name.toLowerCase() === "history") return "reserved";
  return undefined;
}

/**
 * Why a table name is not one Excel accepts: it must start with a letter, underscore or backslash,
 * hold only letters, digits, periods and underscores, and not read as a cell (A1, R1C1).
 */
export function tableNameFault(name: string): "long" | "characters" | "cell" | undefined {
  if (name.length === 0 || name.length > EXCEL_LIMITS.tableName) return "long";
  if (!/^[\p{L}_\\][\p{L}\p{N}._]*$/u.test(name)) return "characters";
  if (/^[A-Za-z]{1,3}\d+$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name) || /^[RrCc]$/.test(name))
    return "cell";
  return undefined;
}

/** Stop before writing a table Excel could not hold as it is. */
export function checkExcelLimits(table: PreparedTable): void {
  const fault = tableNameFault(table.name);
  if (fault) throw new SalesPlanError(workbookMessages.badTableName, { table: table.name });
  if (sheetNameFault(table.sheet))
    throw new SalesPlanError(workbookMessages.badSheetName, { sheet: table.sheet });
  if (table.columns.length > EXCEL_LIMITS.columns)
    throw new SalesPlanError(workbookMessages.tooManyColumns, {
      table: table.name,
      count: table.columns.length,
      max: EXCEL_LIMITS.columns,
    });
  // The header row, the data rows and a totals row, from row 1.
  const rows = 1 + table.rows.length + (table.totals ? 1 : 0);
  if (rows > EXCEL_LIMITS.rows)
    throw new SalesPlanError(workbookMessages.tooManyRows, {
      table: table.name,
      count: rows,
      max: EXCEL_LIMITS.rows,
    });
  table.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (typeof cell === "string" && cell.length > EXCEL_LIMITS.cellCharacters)
        throw new SalesPlanError(workbookMessages.outputCellTooLong, {
          cell: `${table.sheet}!${cellAddress(r + 1, c)}`,
          table: table.name,
          column: table.headers[c] ?? "",
          length: cell.length,
        });
    }),
  );
}
