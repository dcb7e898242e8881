/**
 * Reading input tables through Office.js, several in one batch: one sync finds them all, one more
 * locates their ranges, then their values come in requests shared between the tables (blocks.ts).
 */
import { parseRangeAddress } from "../cells";
import { DEFAULT_BLOCK_BYTES } from "../chunks";
import type { TableRequest } from "../host";
import { REGISTRY_SHEET } from "../ownership";
import { noHeaderResult, notFoundResult, parseTable, sheetBlockToRawTable, type ParsedTable } from "../parse";
import type { RawCell } from "../types";
import { readInBlocks, type Block } from "./blocks";
import { fromOfficeValue, sheetOfAddress } from "./context";
import { STAGING_SHEET, UNDO_SHEET } from "./inspect";

export interface OfficeReadOptions {
  /** Largest answer asked for in one request. */
  readonly blockBytes?: number;
}

/** Each table in `requests`, in order, read in one batch (see the top of this file). */
export async function readOfficeTables(
  context: Excel.RequestContext,
  requests: readonly TableRequest[],
  options: OfficeReadOptions = {},
): Promise<ParsedTable[]> {
  const found = requests.map(({ spec }) => ({
    table: context.workbook.tables.getItemOrNullObject(spec.name).load("name,showTotals"),
    sheet: context.workbook.worksheets.getItemOrNullObject(spec.name).load("name"),
  }));
  const allTables = context.workbook.tables.load("items/name");
  const allSheets = context.workbook.worksheets.load("items/name");
  await context.sync();

  // Where each table's cells are: the table's range, else the used range of a sheet of that name.
  const located = found.map(({ table, sheet }) => {
    if (!table.isNullObject)
      return { range: table.getRange().load("address,rowIndex,columnIndex,rowCount,columnCount") };
    if (!sheet.isNullObject) return { used: sheet.getUsedRangeOrNullObject(true).load("address") };
    return {};
  });
  if (located.some((l) => l.range || l.used)) await context.sync();

  const blocks = located.map(({ range, used }, i): Block | undefined => {
    if (range) {
      const rows = range.rowCount - (found[i].table.showTotals ? 1 : 0);
      const sheet = sheetOfAddress(range.address);
      return { sheet, top: range.rowIndex, left: range.columnIndex, rows, columns: range.columnCount };
    }
    if (used && !used.isNullObject) {
      const block = parseRangeAddress(used.address);
      return {
        sheet: found[i].sheet.name,
        top: block.row,
        left: block.column,
        rows: block.rows,
        columns: block.columns,
      };
    }
    return undefined;
  });
  const values: RawCell[][][] = blocks.map(() => []);
  const present = blocks.flatMap((block, i) => (block ? [{ block, i }] : []));
  await readInBlocks(
    context,
    present.map((p) => p.block),
    "values",
    options.blockBytes ?? DEFAULT_BLOCK_BYTES,
    (index, _first, range) => {
      for (const row of range.values as unknown[][]) values[present[index].i].push(row.map(fromOfficeValue));
    },
  );

  return requests.map(({ spec, mapping = {} }, i) => {
    const block = blocks[i];
    const { table, sheet } = found[i];
    if (block && !table.isNullObject) {
      const cells = values[i];
      const raw = {
        sheet: block.sheet,
        table: table.name,
        headerRow: block.top,
        firstColumn: block.left,
        headers: cells[0] ?? [],
        rows: cells.slice(1),
      };
      return parseTable(raw, spec, mapping);
    }
    if (!sheet.isNullObject) {
      const raw = block && sheetBlockToRawTable(sheet.name, block.top, block.left, values[i]);
      return raw ? parseTable(raw, spec, mapping) : noHeaderResult(spec.name, sheet.name);
    }
    return notFoundResult(
      spec.name,
      [...allTables.items.map((t) => t.name), ...allSheets.items.map((s) => s.name)],
      [REGISTRY_SHEET, STAGING_SHEET, UNDO_SHEET],
    );
  });
}
