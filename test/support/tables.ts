/**
 * Tables for tests: a parsed input table from plain values (as a host would read it), and a table
 * of the in-memory workbook behind the browser task pane, read back header first.
 */
import type { Page } from "playwright-core";
import type { InputTableSpec } from "../../src/workbook/inputs";
import { parseTable, type ParsedTable } from "../../src/workbook/parse";
import type { ColumnMapping } from "../../src/workbook/headers";
import { rowLabels } from "../../src/workbook/outputs";
import type { RawCell } from "../../src/workbook/types";

/** A totals row as read back: its label is "Total" or, from a run in Chinese, "合计". */
export function isTotalsRow(row: readonly unknown[]): boolean {
  return Object.values(rowLabels.total).some((label) => label === row[0]);
}

/** `values[0]` is the header row. */
export function parsedTable(
  spec: InputTableSpec,
  values: readonly (readonly RawCell[])[],
  mapping: ColumnMapping = {},
): ParsedTable {
  return parseTable(
    {
      sheet: spec.name,
      table: spec.name,
      headerRow: 0,
      firstColumn: 0,
      headers: values[0],
      rows: values.slice(1),
    },
    spec,
    mapping,
  );
}

/** A table of the page's window.__fakeExcel, header first (and its totals row, if shown). */
export function workbookTable(page: Page, table: string): Promise<unknown[][]> {
  return page.evaluate((tableName) => {
    interface FakeTable {
      name: string;
      sheet: { name: string };
      top: number;
      left: number;
      height: number;
      width: number;
    }
    const excel = (
      window as unknown as {
        __fakeExcel: {
          workbook: { tables: FakeTable[] };
          read(sheet: string, row: number, column: number, rows: number, columns: number): unknown[][];
        };
      }
    ).__fakeExcel;
    const t = excel.workbook.tables.find((x) => x.name === tableName);
    if (!t) throw new Error(`no table ${tableName}`);
    return excel.read(t.sheet.name, t.top, t.left, t.height, t.width);
  }, table);
}
