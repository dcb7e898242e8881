/**
 * Prepared tables in a compact form for the trip from the jobs worker to the pane. A structured
 * clone of 100,000 rows of cells (an array per row) costs the pane's thread a few hundred ms as the
 * message arrives; packed, each column is two typed arrays (a tag and a number per cell) whose
 * buffers are transferred, not copied, and every text is one entry in a shared string table. The
 * pane unpacks the rows in slices with a macrotask between them, so no single task holds its thread
 * for long.
 */
import type { PreparedTable, WriteCell } from "../workbook/outputs";

/** What a cell is; its number (or string-table index) is in the column's `values`. */
const NULL = 0;
const NUMBER = 1;
const STRING = 2;
const TRUE = 3;
const FALSE = 4;

interface PackedColumn {
  readonly tags: Uint8Array;
  readonly values: Float64Array;
}

export interface PackedTable {
  /** Everything but the rows (small: names, columns, headers, totals). */
  readonly table: Omit<PreparedTable, "rows">;
  readonly rowCount: number;
  readonly columns: readonly PackedColumn[];
}

export interface PackedTables {
  readonly tables: readonly PackedTable[];
  /** Every text of every row, once. */
  readonly strings: readonly string[];
}

/** Pack the tables; `transfer` lists the buffers to hand over with postMessage. */
export function packTables(tables: readonly PreparedTable[]): {
  packed: PackedTables;
  transfer: ArrayBuffer[];
} {
  const strings: string[] = [];
  const indexOf = new Map<string, number>();
  const transfer: ArrayBuffer[] = [];
  const packed = tables.map(({ rows, ...table }): PackedTable => {
    const width = table.columns.length;
    const columns = Array.from({ length: width }, () => ({
      tags: new Uint8Array(rows.length),
      values: new Float64Array(rows.length),
    }));
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      for (let c = 0; c < width; c++) {
        const cell = row[c];
        const column = columns[c];
        if (typeof cell === "number") {
          column.tags[r] = NUMBER;
          column.values[r] = cell;
        } else if (typeof cell === "string") {
          let at = indexOf.get(cell);
          if (at === undefined) {
            at = strings.push(cell) - 1;
            indexOf.set(cell, at);
          }
          column.tags[r] = STRING;
          column.values[r] = at;
        } else if (typeof cell === "boolean") {
          column.tags[r] = cell ? TRUE : FALSE;
        } else {
          column.tags[r] = NULL;
        }
      }
    }
    for (const column of columns) transfer.push(column.tags.buffer, column.values.buffer);
    return { table, rowCount: rows.length, columns };
  });
  return { packed: { tables: packed, strings }, transfer };
}

/** Rows unpacked per slice: a few ms of the pane's thread each. */
export const UNPACK_SLICE_ROWS = 5000;

/** A macrotask (not a frame: the slices should follow each other quickly). */
const macrotask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

function cellOf(column: PackedColumn, r: number, strings: readonly string[]): WriteCell {
  switch (column.tags[r]) {
    case NUMBER:
      return column.values[r];
    case STRING:
      return strings[column.values[r]];
    case TRUE:
      return true;
    case FALSE:
      return false;
    default:
      return null;
  }
}

/**
 * The tables as they were packed, rows unpacked `sliceRows` at a time with a macrotask after each
 * slice; `between` runs there too (a cancel check).
 */
export async function unpackTables(
  packed: PackedTables,
  between: () => void = () => {},
  sliceRows: number = UNPACK_SLICE_ROWS,
): Promise<PreparedTable[]> {
  const tables: PreparedTable[] = [];
  for (const { table, rowCount, columns } of packed.tables) {
    const rows: WriteCell[][] = new Array<WriteCell[]>(rowCount);
    for (let start = 0; start < rowCount; start += sliceRows) {
      const end = Math.min(rowCount, start + sliceRows);
      for (let r = start; r < end; r++) {
        const row = new Array<WriteCell>(columns.length);
        for (let c = 0; c < columns.length; c++) row[c] = cellOf(columns[c], r, packed.strings);
        rows[r] = row;
      }
      if (end < rowCount) {
        await macrotask();
        between();
      }
    }
    tables.push({ ...table, rows });
  }
  return tables;
}
