/**
 * Formula cells in tables' data rows through Office.js: two syncs to find the tables and their
 * bodies, then `values` and `formulas` of the bodies together, several tables to a request, in
 * blocks whose answers stay under the 5 MB limit (halved on ResponsePayloadSizeLimitExceeded).
 */
import { DEFAULT_BLOCK_BYTES, isPayloadTooLarge, utf8Length } from "../chunks";
import { FormulaCollector, isFormulaCell, type TableFormulas } from "../formulas";
import { headerText } from "../headers";
import { fromOfficeValue, sheetOfAddress } from "./context";

interface Scan {
  readonly collector: FormulaCollector;
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
  /** Next data row to read (from 0). */
  next: number;
  /** Bytes an answer row is expected to take (values and formulas). */
  perRow: number;
}

export async function readOfficeFormulas(
  context: Excel.RequestContext,
  names: readonly string[],
  limit: number | undefined,
  blockBytes: number = DEFAULT_BLOCK_BYTES,
): Promise<TableFormulas[]> {
  const tables = context.workbook.tables.load("items/name");
  await context.sync();
  const wanted = names.map((n) => n.toLowerCase());
  const found = tables.items
    .filter((t) => wanted.includes(t.name.toLowerCase()))
    .sort((a, b) => wanted.indexOf(a.name.toLowerCase()) - wanted.indexOf(b.name.toLowerCase()));
  const loads = found.map((t) => ({
    table: t,
    header: t.getHeaderRowRange().load("values"),
    range: t.getRange().load("address"),
    body: t.getDataBodyRange().load("rowIndex,columnIndex,rowCount,columnCount"),
  }));
  if (loads.length === 0) return [];
  await context.sync();

  const scans: Scan[] = loads.map(({ table, header, range, body }) => {
    const sheet = sheetOfAddress(range.address);
    const headers = (header.values[0] ?? []).map((v) => headerText(fromOfficeValue(v)));
    return {
      collector: new FormulaCollector(table.name, sheet, headers, body.rowIndex - 1, body.columnIndex, limit),
      sheet,
      top: body.rowIndex,
      left: body.columnIndex,
      rows: body.rowCount,
      columns: body.columnCount,
      next: 0,
      // First guess: 64 bytes a cell for both grids; later blocks are sized from what came back.
      perRow: Math.max(1, body.columnCount * 64),
    };
  });
  for (;;) {
    const pending = scans.filter((s) => s.next < s.rows);
    if (pending.length === 0) break;
    // Fill one request up to the budget, table after table.
    let room = blockBytes;
    const batch: { scan: Scan; count: number; range: Excel.Range }[] = [];
    for (const scan of pending) {
      if (batch.length > 0 && room < scan.perRow) break;
      const count = Math.min(scan.rows - scan.next, Math.max(1, Math.floor(room / scan.perRow)));
      const range = context.workbook.worksheets
        .getItem(scan.sheet)
        .getRangeByIndexes(scan.top + scan.next, scan.left, count, scan.columns)
        .load("values,formulas");
      batch.push({ scan, count, range });
      room -= count * scan.perRow;
    }
    try {
      // One sync per ~4 MB of answer by design: each must stay under the 5 MB limit.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if (!isPayloadTooLarge(error) || batch.every((b) => b.count === 1)) throw error;
      for (const b of batch) b.scan.perRow = Math.ceil((blockBytes / b.count) * 2);
      continue;
    }
    for (const { scan, count, range } of batch) {
      const values = range.values as unknown[][];
      const formulas = range.formulas as unknown[][];
      formulas.forEach((line, r) =>
        line.forEach((formula, c) => {
          if (isFormulaCell(formula, values[r]?.[c])) scan.collector.add(scan.next + r, c, formula);
        }),
      );
      const bytes = utf8Length(JSON.stringify(values)) + utf8Length(JSON.stringify(formulas));
      scan.perRow = Math.max(scan.perRow / 4, Math.ceil((bytes / count) * 1.25), 1);
      scan.next += count;
    }
  }
  return scans.map((s) => s.collector.result());
}
