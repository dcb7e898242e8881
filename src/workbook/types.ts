/**
 * Plain shapes shared by both workbook hosts (Office.js and .xlsx): a cell as read, a table as
 * found on a sheet, and the problems found in it. Nothing here knows Excel or exceljs.
 */
import type { SalesPlanError } from "../kernel/errors";

/** An Excel error value as read from a cell (never written back as text). */
export interface ExcelErrorCell {
  readonly error: string;
}

/** A cell as either host reads it: dates arrive as serial numbers, blanks as null. */
export type RawCell = number | string | boolean | null | ExcelErrorCell;

/** A table (or a sheet's header-and-rows block) as read, before any parsing. */
export interface RawTable {
  readonly sheet: string;
  /** The Excel table's name, or undefined when found by sheet name. */
  readonly table: string | undefined;
  /** Sheet row of the header, counted from 0. */
  readonly headerRow: number;
  /** Sheet column of the first table column, counted from 0. */
  readonly firstColumn: number;
  readonly headers: readonly RawCell[];
  /** Data rows only (no header, no totals row). */
  readonly rows: readonly (readonly RawCell[])[];
}

/** Where a problem sits: sheet row and column counted from 1, as users count. */
export interface ProblemLocation {
  readonly sheet?: string;
  readonly table?: string;
  /** Sheet row, from 1. */
  readonly row?: number;
  /** Sheet column, from 1. */
  readonly column?: number;
  /** A1-style cell address on the sheet, e.g. "C7". */
  readonly cell?: string;
  readonly header?: string;
}

/** One problem found while reading or writing, with its message in both languages. */
export interface WorkbookProblem extends ProblemLocation {
  readonly error: SalesPlanError;
}
