/**
 * Merged cells inside an input table: Excel shows the merged block's value once, but each column
 * of the row then reads it (or a blank), so a merge in a table is refused, naming the cells.
 */
import { SalesPlanError } from "../kernel/errors";
import { parseRangeAddress } from "./cells";
import { workbookMessages } from "./messages";
import type { ParsedTable } from "./parse";
import type { RawTable, WorkbookProblem } from "./types";

/** The table's problems plus one per merged range (A1 addresses) that overlaps the table. */
export function withMergeProblems(
  parsed: ParsedTable,
  raw: RawTable,
  merges: readonly string[],
): ParsedTable {
  const top = raw.headerRow;
  const bottom = raw.headerRow + raw.rows.length;
  const left = raw.firstColumn;
  const right = raw.firstColumn + Math.max(raw.headers.length, 1) - 1;
  const problems: WorkbookProblem[] = [];
  for (const merge of merges) {
    const m = parseRangeAddress(merge);
    const overlaps =
      m.row <= bottom && m.row + m.rows - 1 >= top && m.column <= right && m.column + m.columns - 1 >= left;
    if (!overlaps) continue;
    problems.push({
      sheet: raw.sheet,
      table: raw.table ?? raw.sheet,
      row: m.row + 1,
      column: m.column + 1,
      cell: merge,
      error: new SalesPlanError(workbookMessages.mergedCells, {
        cells: `${raw.sheet}!${merge}`,
        table: raw.table ?? raw.sheet,
      }),
    });
  }
  return problems.length === 0 ? parsed : { ...parsed, problems: [...problems, ...parsed.problems] };
}
