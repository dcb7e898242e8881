/**
 * Formula cells in tables' data rows through Office.js: two syncs to find the tables and their
 * bodies, then `values` and `formulas` of the bodies together, several tables to a request
 * (blocks.ts).
 */
import { DEFAULT_BLOCK_BYTES } from "../chunks";
import { FormulaCollector, isFormulaCell, type TableFormulas } from "../formulas";
import { headerText } from "../headers";
import { readInBlocks } from "./blocks";
import { fromOfficeValue, sheetOfAddress } from "./context";

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

  const scans = loads.map(({ table, header, range, body }) => {
    const sheet = sheetOfAddress(range.address);
    const headers = (header.values[0] ?? []).map((v) => headerText(fromOfficeValue(v)));
    const collector = new FormulaCollector(
      table.name,
      sheet,
      headers,
      body.rowIndex - 1,
      body.columnIndex,
      limit,
    );
    const block = {
      sheet,
      top: body.rowIndex,
      left: body.columnIndex,
      rows: body.rowCount,
      columns: body.columnCount,
    };
    return { collector, block };
  });
  await readInBlocks(
    context,
    scans.map((s) => s.block),
    "values,formulas",
    blockBytes,
    (index, first, range) => {
      const values = range.values as unknown[][];
      (range.formulas as unknown[][]).forEach((line, r) =>
        line.forEach((formula, c) => {
          if (isFormulaCell(formula, values[r]?.[c])) scans[index].collector.add(first + r, c, formula);
        }),
      );
    },
  );
  return scans.map((s) => s.collector.result());
}
