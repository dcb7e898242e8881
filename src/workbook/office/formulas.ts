/**
 * Formula cells in tables' data rows through Office.js. Excel finds them itself: one sync for the
 * tables, one for every body's formula areas (Range.getSpecialCellsOrNullObject, ExcelApi 1.9) with
 * headers and positions, one for the formulas of the few cells listed. The count comes from the
 * areas, so no table's values cross the wire. Should the areas not fit in an answer (formulas
 * scattered over a huge table), the bodies' values and formulas are scanned instead, several
 * tables to a request (blocks.ts).
 */
import { DEFAULT_BLOCK_BYTES, isPayloadTooLarge } from "../chunks";
import { parseRangeAddress } from "../cells";
import { FORMULA_CELLS_LISTED, FormulaCollector, isFormulaCell, type TableFormulas } from "../formulas";
import { headerText } from "../headers";
import { readInBlocks, type Block } from "./blocks";
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
  if (found.length === 0) return [];
  const load = (withAreas: boolean) =>
    found.map((t) => {
      const body = t.getDataBodyRange().load("rowIndex,columnIndex,rowCount,columnCount");
      return {
        table: t,
        header: t.getHeaderRowRange().load("values"),
        range: t.getRange().load("address"),
        body,
        areas: withAreas ? body.getSpecialCellsOrNullObject("Formulas").load("address") : undefined,
      };
    });
  let loads = load(true);
  try {
    await context.sync();
  } catch (error) {
    if (!isPayloadTooLarge(error)) throw error;
    loads = load(false);
    await context.sync();
  }

  const scans = loads.map(({ table, header, range, body, areas }) => {
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
    const block: Block = {
      sheet,
      top: body.rowIndex,
      left: body.columnIndex,
      rows: body.rowCount,
      columns: body.columnCount,
    };
    return { collector, block, areas: areas && (areas.isNullObject ? [] : areaBlocks(areas.address, block)) };
  });
  if (scans.every((s) => s.areas !== undefined)) {
    await listFormulas(
      context,
      scans as ((typeof scans)[number] & { areas: Block[] })[],
      limit ?? FORMULA_CELLS_LISTED,
    );
  } else {
    await scanBlocks(context, scans, blockBytes);
  }
  return scans.map((s) => s.collector.result());
}

/**
 * The areas of a RangeAreas address ("Sheet!A2:B9,Sheet!D4"; a quoted sheet name may hold commas),
 * kept to the body: Excel may widen a lookup on a single cell to the sheet's used range.
 */
function areaBlocks(address: string, body: Block): Block[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < address.length; i++) {
    if (address[i] === "'") quoted = !quoted;
    else if (address[i] === "," && !quoted) {
      parts.push(address.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(address.slice(start));
  return parts.flatMap((part) => {
    const a = parseRangeAddress(part.trim());
    const top = Math.max(a.row, body.top);
    const left = Math.max(a.column, body.left);
    const bottom = Math.min(a.row + a.rows, body.top + body.rows);
    const right = Math.min(a.column + a.columns, body.left + body.columns);
    return bottom > top && right > left
      ? [{ sheet: body.sheet, top, left, rows: bottom - top, columns: right - left }]
      : [];
  });
}

/**
 * Count each table's formula cells from its areas, and read the formulas of the first `listed`
 * row by row, every table in one sync. A cell among the first `listed` of the union is among the
 * first `listed` rows and columns of its own area, so only those are candidates.
 */
async function listFormulas(
  context: Excel.RequestContext,
  scans: readonly { collector: FormulaCollector; block: Block; areas: readonly Block[] }[],
  listed: number,
): Promise<void> {
  const reads = scans.map(({ block, areas }) => {
    const candidates: { row: number; column: number }[] = [];
    for (const a of areas)
      for (let r = 0; r < Math.min(a.rows, listed); r++)
        for (let c = 0; c < Math.min(a.columns, listed); c++)
          candidates.push({ row: a.top + r, column: a.left + c });
    candidates.sort((x, y) => x.row - y.row || x.column - y.column);
    const sheet = context.workbook.worksheets.getItem(block.sheet);
    return candidates.slice(0, listed).map((cell) => ({
      ...cell,
      range: sheet.getRangeByIndexes(cell.row, cell.column, 1, 1).load("formulas"),
    }));
  });
  if (reads.some((r) => r.length > 0)) await context.sync();
  scans.forEach(({ collector, block, areas }, i) => {
    let shown = 0;
    for (const { row, column, range } of reads[i]) {
      const formula = (range.formulas as unknown[][])[0]?.[0];
      if (typeof formula !== "string" || !formula.startsWith("=")) continue;
      collector.add(row - block.top, column - block.left, formula);
      shown++;
    }
    collector.countUnlisted(areas.reduce((sum, a) => sum + a.rows * a.columns, 0) - shown);
  });
}

/** The bodies' values and formulas, several tables to a request. */
async function scanBlocks(
  context: Excel.RequestContext,
  scans: readonly { collector: FormulaCollector; block: Block }[],
  blockBytes: number,
): Promise<void> {
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
}
