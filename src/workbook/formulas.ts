/**
 * Formula cells in a table's data rows, as both hosts report them: finance reads output tables
 * without the add-in, so a cell that still computes (a SALES.* call or any other formula) is named
 * before the workbook is published.
 */
import { cellAddress } from "./cells";

/** One cell of a table's data rows that holds a formula. */
export interface FormulaCell {
  /** Sheet row, from 1. */
  readonly row: number;
  /** "K5". */
  readonly address: string;
  /** The column's header. */
  readonly column: string;
  /** The formula as Excel shows it, "=SALES.PACE(...)". */
  readonly formula: string;
}

export interface TableFormulas {
  readonly table: string;
  readonly sheet: string;
  /** The first formula cells, row by row (at most the limit asked for). */
  readonly cells: readonly FormulaCell[];
  /** Every formula cell in the data rows. */
  readonly count: number;
}

/** Formula cells listed per table unless asked otherwise; the rest are counted. */
export const FORMULA_CELLS_LISTED = 5;

/**
 * A cell is a formula when what Excel shows for its formula starts with "=" and differs from its
 * value: text that SalesPlan wrote as text ("=x" in an "@" cell) shows the same in both.
 */
export function isFormulaCell(formula: unknown, value: unknown): formula is string {
  return typeof formula === "string" && formula.startsWith("=") && formula !== value;
}

/** Collects one table's formula cells, scanned row by row from its first data row. */
export class FormulaCollector {
  private readonly cells: FormulaCell[] = [];
  private count = 0;

  constructor(
    private readonly table: string,
    private readonly sheet: string,
    private readonly headers: readonly string[],
    /** Sheet position (from 0) of the table's first header cell. */
    private readonly top: number,
    private readonly left: number,
    private readonly limit: number = FORMULA_CELLS_LISTED,
  ) {}

  /** `row`: data row from 0; `column`: table column from 0. */
  add(row: number, column: number, formula: string): void {
    this.count += 1;
    if (this.cells.length >= this.limit) return;
    const sheetRow = this.top + 1 + row;
    this.cells.push({
      row: sheetRow + 1,
      address: cellAddress(sheetRow, this.left + column),
      column: this.headers[column] ?? "",
      formula,
    });
  }

  /** Counts `more` formula cells found but not listed (found by area, their formulas unread). */
  countUnlisted(more: number): void {
    this.count += more;
  }

  result(): TableFormulas {
    return { table: this.table, sheet: this.sheet, cells: [...this.cells], count: this.count };
  }
}
