/**
 * Turning a raw table into typed rows. Every cell that will not do becomes a problem naming
 * its sheet, cell and column; the row is then left out of `rows`, never patched up.
 */
import { SalesPlanError } from "../kernel/errors";
import { commonMessages } from "../kernel/messages";
import { cellAddress, isBlankCell, isErrorCell, looksLikeError } from "./cells";
import { monthKey, type Ymd } from "../kernel/calendar";
import { parseDateText, parseMonthText, serialToValidYmd, ymdToSerial } from "./dates";
import { matchHeaders, type ColumnMapping, type ResolvedColumn } from "./headers";
import type { InputColumnSpec, InputTableSpec } from "./inputs";
import { workbookMessages } from "./messages";
import type { RawCell, RawTable, WorkbookProblem } from "./types";

/** A parsed value: text, number (dates as Excel serials), "2026-03" for months, boolean, or absent. */
export type ParsedValue = string | number | boolean | null;

export interface ParsedRow {
  /** Sheet row, from 1. */
  readonly row: number;
  readonly values: Readonly<Record<string, ParsedValue>>;
}

export interface ParsedTable {
  readonly name: string;
  readonly sheet: string;
  /** The Excel table's name, or undefined when the data was found by sheet name. */
  readonly table: string | undefined;
  readonly columns: readonly ResolvedColumn[];
  /** Sheet column of the table's first column, from 0 (absent: column A), for naming cells. */
  readonly firstColumn?: number;
  /** Rows without problems. */
  readonly rows: readonly ParsedRow[];
  /** Non-blank data rows read, valid or not. */
  readonly rowCount: number;
  readonly problems: readonly WorkbookProblem[];
}

const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

type CellResult = { ok: true; value: ParsedValue } | { ok: false; error: SalesPlanError };

const bad = (error: SalesPlanError): CellResult => ({ ok: false, error });
const good = (value: ParsedValue): CellResult => ({ ok: true, value });

/** Excel holds at most this many characters in a cell; a longer text was not typed in Excel. */
export const EXCEL_CELL_CHARACTERS = 32_767;

/**
 * Excel keeps 15 significant digits, so from 10^13 an amount can no longer be held to the cent:
 * a figure that large in an input table is a typing or paste mistake, and sums of such figures
 * would overflow.
 */
const LARGEST_INPUT = 1e13;

/**
 * A month typed as the number 202603 means March 2026: read as a date serial it would be a day in
 * the year 2454, which nobody means.
 */
function yearMonthNumber(n: number): Ymd | undefined {
  if (!Number.isInteger(n) || n < 190001 || n > 999912) return undefined;
  const month = n % 100;
  return month >= 1 && month <= 12 ? { year: Math.floor(n / 100), month, day: 1 } : undefined;
}

/** One cell against its column's kind; `arg` names the cell for messages ("Reps!C7 (HireDate)"). */
export function parseCell(cell: RawCell, spec: InputColumnSpec, arg: string): CellResult {
  if (isErrorCell(cell))
    return bad(new SalesPlanError(commonMessages.excelError, { arg, value: cell.error, at: "" }));
  if (typeof cell === "string" && looksLikeError(cell)) {
    return bad(new SalesPlanError(commonMessages.excelError, { arg, value: cell.trim(), at: "" }));
  }
  if (isBlankCell(cell)) {
    return spec.required ? bad(new SalesPlanError(commonMessages.blank, { arg, at: "" })) : good(null);
  }
  if (typeof cell === "string" && cell.length > EXCEL_CELL_CHARACTERS)
    return bad(new SalesPlanError(workbookMessages.cellTooLong, { arg, length: cell.length }));
  const text = typeof cell === "string" ? cell.trim() : "";
  switch (spec.kind) {
    case "text":
      if (typeof cell === "boolean")
        return bad(new SalesPlanError(workbookMessages.notText, { arg, value: cell ? "TRUE" : "FALSE" }));
      // IDs typed as numbers (1001) are still IDs.
      return good(typeof cell === "number" ? String(cell) : text);
    case "boolean":
      if (typeof cell === "boolean") return good(cell);
      if (/^(true|是)$/i.test(text)) return good(true);
      if (/^(false|否)$/i.test(text)) return good(false);
      return bad(new SalesPlanError(workbookMessages.notABoolean, { arg, value: String(cell) }));
    case "date":
    case "month": {
      const ymd =
        typeof cell === "number"
          ? ((spec.kind === "month" ? yearMonthNumber(cell) : undefined) ?? serialToValidYmd(cell))
          : typeof cell === "string"
            ? spec.kind === "date"
              ? parseDateText(text)
              : parseMonthText(text)
            : undefined;
      if (!ymd) {
        const template = spec.kind === "date" ? workbookMessages.notADate : workbookMessages.notAMonth;
        return bad(new SalesPlanError(template, { arg, value: String(cell) }));
      }
      return good(spec.kind === "date" ? ymdToSerial(ymd) : monthKey(ymd));
    }
    case "number":
    case "integer":
    case "ratio": {
      let n: number;
      if (typeof cell === "number") n = cell;
      else if (typeof cell === "boolean") {
        return bad(
          new SalesPlanError(commonMessages.boolean, { arg, value: cell ? "TRUE" : "FALSE", at: "" }),
        );
      } else if (PLAIN_NUMBER.test(text)) n = Number(text);
      else if (spec.kind === "ratio" && /%$/.test(text) && PLAIN_NUMBER.test(text.slice(0, -1).trim())) {
        n = Number(text.slice(0, -1).trim()) / 100;
      } else if (/^[=+@]/.test(text)) {
        return bad(new SalesPlanError(commonMessages.formulaText, { arg, value: text, at: "" }));
      } else return bad(new SalesPlanError(commonMessages.notANumber, { arg, value: text, at: "" }));
      if (!Number.isFinite(n))
        return bad(new SalesPlanError(commonMessages.notFinite, { arg, value: String(n), at: "" }));
      if (Math.abs(n) >= LARGEST_INPUT)
        return bad(new SalesPlanError(workbookMessages.tooLarge, { arg, value: String(n) }));
      if (spec.kind === "integer" && !Number.isInteger(n)) {
        return bad(new SalesPlanError(commonMessages.notInteger, { arg, value: n }));
      }
      if (spec.min !== undefined && n < spec.min) {
        const template = spec.min === 0 ? commonMessages.negative : commonMessages.outOfRange;
        return bad(new SalesPlanError(template, { arg, value: n, min: spec.min, max: "", at: "" }));
      }
      return good(n);
    }
  }
}

/** Parse a raw table against its spec: match headers, then every cell of every non-blank row. */
export function parseTable(raw: RawTable, spec: InputTableSpec, mapping: ColumnMapping = {}): ParsedTable {
  const { columns, problems: headerProblems } = matchHeaders(raw, spec, mapping);
  const problems: WorkbookProblem[] = [...headerProblems];
  const rows: ParsedRow[] = [];
  let rowCount = 0;
  const tableLabel = raw.table ?? raw.sheet;
  const blocking = headerProblems.some((p) => p.error.template !== workbookMessages.duplicateHeader);
  if (!blocking) {
    raw.rows.forEach((cells, r) => {
      if (cells.every(isBlankCell)) return;
      rowCount++;
      const sheetRow = raw.headerRow + 1 + r;
      const values: Record<string, ParsedValue> = {};
      let ok = true;
      for (const column of columns) {
        const cell = cells[column.index] ?? null;
        const address = cellAddress(sheetRow, raw.firstColumn + column.index);
        const result = parseCell(cell, column.spec, `${raw.sheet}!${address} (${column.header})`);
        if (result.ok) values[column.key] = result.value;
        else {
          ok = false;
          problems.push({
            sheet: raw.sheet,
            table: tableLabel,
            row: sheetRow + 1,
            column: raw.firstColumn + column.index + 1,
            cell: address,
            header: column.header,
            error: result.error,
          });
        }
      }
      if (ok) rows.push({ row: sheetRow + 1, values });
    });
    problems.push(...duplicateKeys(raw, spec, columns, rows));
  }
  return {
    name: spec.name,
    sheet: raw.sheet,
    table: raw.table,
    columns,
    firstColumn: raw.firstColumn,
    rows,
    rowCount,
    problems,
  };
}

function duplicateKeys(
  raw: RawTable,
  spec: InputTableSpec,
  columns: readonly ResolvedColumn[],
  rows: readonly ParsedRow[],
): WorkbookProblem[] {
  const problems: WorkbookProblem[] = [];
  for (const column of columns.filter((c) => c.spec.unique)) {
    const seen = new Map<string, number[]>();
    for (const row of rows) {
      const value = row.values[column.key];
      if (value === null || value === undefined) continue;
      const key = String(value).normalize("NFKC").toLowerCase();
      seen.set(key, [...(seen.get(key) ?? []), row.row]);
    }
    for (const [, at] of seen) {
      if (at.length < 2) continue;
      const first = rows.find((r) => r.row === at[0]);
      problems.push({
        sheet: raw.sheet,
        table: raw.table ?? raw.sheet,
        row: at[1],
        column: raw.firstColumn + column.index + 1,
        header: column.header,
        error: new SalesPlanError(workbookMessages.duplicateKey, {
          table: spec.name,
          column: column.header,
          value: String(first?.values[column.key] ?? ""),
          rows: at.join(", "),
        }),
      });
    }
  }
  return problems;
}

/** Locate a header row in a sheet's used block: the first row with any non-blank cell. */
export function sheetBlockToRawTable(
  sheet: string,
  top: number,
  left: number,
  values: readonly (readonly RawCell[])[],
): RawTable | undefined {
  const headerIndex = values.findIndex((row) => row.some((c) => !isBlankCell(c)));
  if (headerIndex < 0) return undefined;
  const headers = values[headerIndex];
  // Trim trailing blank header columns so a stray formatted column does not count.
  let width = headers.length;
  while (width > 0 && isBlankCell(headers[width - 1])) width--;
  return {
    sheet,
    table: undefined,
    headerRow: top + headerIndex,
    firstColumn: left,
    headers: headers.slice(0, width),
    rows: values.slice(headerIndex + 1).map((row) => row.slice(0, width)),
  };
}

/** A table that could not be read at all: no rows, the one problem that says why. */
function unreadTable(name: string, sheet: string, error: SalesPlanError): ParsedTable {
  return {
    name,
    sheet,
    table: undefined,
    columns: [],
    rows: [],
    rowCount: 0,
    problems: [{ sheet: sheet || undefined, table: name, error }],
  };
}

/** The result for `name` found as a sheet without a header row. */
export function noHeaderResult(name: string, sheet: string): ParsedTable {
  return unreadTable(name, sheet, new SalesPlanError(workbookMessages.sheetHasNoHeader, { sheet }));
}

/**
 * The result for a name that is no table and no sheet, listing what the workbook has apart from
 * the host's own service sheets (`hidden`), which a user never made and cannot pick.
 */
export function notFoundResult(
  name: string,
  tablesAndSheets: readonly string[],
  hidden: readonly string[],
): ParsedTable {
  const found = [...new Set(tablesAndSheets)].filter((n) => !hidden.includes(n));
  const error = new SalesPlanError(workbookMessages.tableNotFound, {
    table: name,
    found: found.join(", ") || "-",
  });
  return unreadTable(name, "", error);
}
