/** Addresses and error values: the small facts both hosts share (date serials are the kernel's). */
import type { ExcelErrorCell, RawCell } from "./types";

/** Column letters for a column counted from 0 (0 -> A, 26 -> AA). */
export function columnLetters(column: number): string {
  let n = column + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Column counted from 0 for letters ("A" -> 0). */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "C7" for sheet row 6, column 2 (both from 0). */
export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

/** "A1:C7" for a block starting at (row, column), both from 0. */
export function rangeAddress(row: number, column: number, rows: number, columns: number): string {
  return `${cellAddress(row, column)}:${cellAddress(row + Math.max(rows, 1) - 1, column + Math.max(columns, 1) - 1)}`;
}

/** Parse "B3" or "B3:D9" (optionally "Sheet!B3:D9") into 0-based bounds. */
export function parseRangeAddress(address: string): {
  row: number;
  column: number;
  rows: number;
  columns: number;
} {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [start, end = start] = local.replace(/\$/g, "").split(":");
  const a = /^([A-Z]+)(\d+)$/i.exec(start);
  const b = /^([A-Z]+)(\d+)$/i.exec(end);
  if (!a || !b) throw new RangeError(`not an A1 range: ${address}`);
  const row = Number(a[2]) - 1;
  const column = columnIndex(a[1]);
  return { row, column, rows: Number(b[2]) - 1 - row + 1, columns: columnIndex(b[1]) - column + 1 };
}

export { EXCEL_ERRORS, looksLikeError } from "../kernel/excel";

export function isErrorCell(cell: RawCell): cell is ExcelErrorCell {
  return cell !== null && typeof cell === "object";
}

export function isBlankCell(cell: RawCell): boolean {
  return cell === null || (typeof cell === "string" && cell.trim() === "");
}
