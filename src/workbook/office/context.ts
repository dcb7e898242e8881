/**
 * How the Office host reaches Excel: `Excel.run` in the add-in, or any function with the same
 * shape (a test's in-memory Excel). Nothing outside this folder touches `Excel`.
 */
import { isErrorCell, looksLikeError } from "../cells";
import type { RawCell } from "../types";

export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** The real Excel.run, looked up only when first used (the global exists only inside Office). */
export const excelRun: ExcelRunner = (batch) => Excel.run(batch);

/** A value from `range.values` as the shared code reads it: error cells arrive as "#N/A" text. */
export function fromOfficeValue(value: unknown): RawCell {
  if (value === null || value === undefined || value === "") return value === "" ? "" : null;
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "string") return looksLikeError(value) ? { error: value.trim() } : value;
  const cell = value as RawCell;
  return isErrorCell(cell) ? cell : String(value);
}

/** The sheet part of "Sheet 1'!A1:B2" / "Sheet1!A1". */
export function sheetOfAddress(address: string): string {
  const bang = address.lastIndexOf("!");
  const sheet = bang < 0 ? "" : address.slice(0, bang);
  return sheet.startsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}
