/** What both .xlsx hosts (exceljs and package) do alike: opening a file, their service sheets. */
import { promises as fs } from "fs";
import { SalesPlanError } from "../../kernel/errors";
import { workbookMessages } from "../messages";
import type { WriteCell } from "../outputs";
import { SERVICE_SHEETS } from "../serviceSheets";
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

/** The sheets the .xlsx hosts keep for themselves, never offered as a table the user made. */
export const XLSX_SERVICE_SHEETS: readonly string[] = SERVICE_SHEETS;

/** A read cell kept in an appended table: errors are not written back. */
export function toWriteCell(cell: RawCell): WriteCell {
  return cell !== null && typeof cell === "object" ? null : cell;
}
