/**
 * Reading an input table through Office.js: two syncs to find it, then its values in row blocks
 * whose answers stay under Excel on the web's 5 MB response limit (sized from the rows already
 * read, halved on ResponsePayloadSizeLimitExceeded).
 */
import { SalesPlanError } from "../../engine/errors";
import { parseRangeAddress } from "../cells";
import { DEFAULT_BLOCK_BYTES, isPayloadTooLarge, utf8Length } from "../chunks";
import type { ColumnMapping } from "../headers";
import type { InputTableSpec } from "../inputs";
import { workbookMessages } from "../messages";
import { REGISTRY_SHEET } from "../ownership";
import { parseTable, sheetBlockToRawTable, type ParsedTable } from "../parse";
import type { RawCell } from "../types";
import { fromOfficeValue, sheetOfAddress } from "./context";
import { STAGING_SHEET } from "./inspect";

export interface OfficeReadOptions {
  /** Largest answer asked for in one request. */
  readonly blockBytes?: number;
}

function notFound(spec: InputTableSpec, sheet: string, error: SalesPlanError): ParsedTable {
  return {
    name: spec.name,
    sheet,
    table: undefined,
    columns: [],
    rows: [],
    rowCount: 0,
    problems: [{ table: spec.name, error }],
  };
}

export async function readOfficeTable(
  context: Excel.RequestContext,
  spec: InputTableSpec,
  mapping: ColumnMapping,
  options: OfficeReadOptions = {},
): Promise<ParsedTable> {
  const table = context.workbook.tables.getItemOrNullObject(spec.name).load("name,showTotals");
  const sheet = context.workbook.worksheets.getItemOrNullObject(spec.name).load("name");
  const allTables = context.workbook.tables.load("items/name");
  const allSheets = context.workbook.worksheets.load("items/name");
  await context.sync();

  if (!table.isNullObject) {
    const range = table.getRange().load("address,rowIndex,columnIndex,rowCount,columnCount");
    await context.sync();
    const sheetName = sheetOfAddress(range.address);
    const rows = range.rowCount - (table.showTotals ? 1 : 0);
    const values = await readBlock(
      context,
      sheetName,
      range.rowIndex,
      range.columnIndex,
      rows,
      range.columnCount,
      options,
    );
    const raw = {
      sheet: sheetName,
      table: table.name,
      headerRow: range.rowIndex,
      firstColumn: range.columnIndex,
      headers: values[0] ?? [],
      rows: values.slice(1),
    };
    return parseTable(raw, spec, mapping);
  }
  if (!sheet.isNullObject) {
    const used = sheet.getUsedRangeOrNullObject(true).load("address");
    await context.sync();
    const noHeader = new SalesPlanError(workbookMessages.sheetHasNoHeader, { sheet: sheet.name });
    if (used.isNullObject) return notFound(spec, sheet.name, noHeader);
    const block = parseRangeAddress(used.address);
    const values = await readBlock(
      context,
      sheet.name,
      block.row,
      block.column,
      block.rows,
      block.columns,
      options,
    );
    const raw = sheetBlockToRawTable(sheet.name, block.row, block.column, values);
    return raw ? parseTable(raw, spec, mapping) : notFound(spec, sheet.name, noHeader);
  }
  const found = [...allTables.items.map((t) => t.name), ...allSheets.items.map((s) => s.name)].filter(
    (n) => n !== REGISTRY_SHEET && n !== STAGING_SHEET,
  );
  return notFound(
    spec,
    "",
    new SalesPlanError(workbookMessages.tableNotFound, {
      table: spec.name,
      found: [...new Set(found)].join(", ") || "-",
    }),
  );
}

/** A block of cells in as few requests as the response limit allows. */
async function readBlock(
  context: Excel.RequestContext,
  sheetName: string,
  top: number,
  left: number,
  rows: number,
  columns: number,
  options: OfficeReadOptions,
): Promise<RawCell[][]> {
  const budget = options.blockBytes ?? DEFAULT_BLOCK_BYTES;
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const out: RawCell[][] = [];
  // First guess: 32 bytes a cell; later blocks are sized from what came back.
  let perRow = Math.max(1, columns * 32);
  let start = 0;
  while (start < rows) {
    const count = Math.min(rows - start, Math.max(1, Math.floor(budget / perRow)));
    const range = sheet.getRangeByIndexes(top + start, left, count, columns).load("values");
    try {
      // One sync per block by design: each answer must stay under the 5 MB limit.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if (!isPayloadTooLarge(error) || count === 1) throw error;
      perRow = Math.ceil((budget / count) * 2);
      continue;
    }
    const values = range.values as unknown[][];
    const bytes = utf8Length(JSON.stringify(values));
    perRow = Math.max(perRow / 4, Math.ceil((bytes / count) * 1.25), 1);
    for (const row of values) out.push(row.map(fromOfficeValue));
    start += count;
  }
  return out;
}
