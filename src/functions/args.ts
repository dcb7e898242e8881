/**
 * Turning what Excel hands a custom function into plain numbers and strings, with a message
 * naming the argument and position when a cell will not do. Shared by every SALES.* wrapper.
 */
import { fail, type CellPosition } from "../kernel/errors";
import { looksLikeError } from "../kernel/excel";
import { commonMessages } from "../kernel/messages";

/** A cell as Excel passes it: number, string (blank = ""), boolean, null, or an error object. */
export type CellValue = unknown;
export type Matrix = CellValue[][];

/** The error literal if the cell holds an Excel error (as an error object or its literal text). */
export function excelErrorOf(cell: CellValue): string | undefined {
  if (typeof cell === "string") return looksLikeError(cell) ? cell.trim() : undefined;
  if (cell !== null && typeof cell === "object") {
    const code = (cell as { code?: unknown; type?: unknown; value?: unknown }).code;
    if (typeof code === "string") return code.startsWith("#") ? code : `#${code}`;
    const type = (cell as { type?: unknown }).type;
    if (typeof type === "string" && type.toLowerCase() === "error") {
      const basicValue = (cell as { basicValue?: unknown }).basicValue;
      return typeof basicValue === "string" ? basicValue : "#VALUE!";
    }
  }
  return undefined;
}

/** Blank as Excel means it: an empty cell, an empty string, or an omitted argument. */
export function isBlank(cell: CellValue): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

export interface NumberOptions {
  /** What a blank cell becomes: a number (e.g. 0), or "error" to reject it. */
  readonly blank?: number | "error";
}

/** One cell to a finite number, or a SalesPlanError naming the argument and position. */
export function cellToNumber(
  cell: CellValue,
  arg: string,
  at?: CellPosition,
  options: NumberOptions = {},
): number {
  // The common case first and without allocating: this runs once per cell of a range.
  if (typeof cell === "number" && Number.isFinite(cell)) return cell;
  const where = at ? { at } : {};
  if (typeof cell === "number") fail(commonMessages.notFinite, { arg, value: String(cell) }, where);
  const error = excelErrorOf(cell);
  if (error !== undefined) fail(commonMessages.excelError, { arg, value: error }, where);
  if (isBlank(cell)) {
    const blank = options.blank ?? "error";
    if (blank === "error") fail(commonMessages.blank, { arg }, where);
    return blank;
  }
  if (typeof cell === "boolean") fail(commonMessages.boolean, { arg, value: cell ? "TRUE" : "FALSE" }, where);
  const text = String(cell);
  if (/^[=+@]/.test(text.trim())) fail(commonMessages.formulaText, { arg, value: text }, where);
  fail(commonMessages.notANumber, { arg, value: text }, where);
}

/** A scalar argument that must be a number (blank counts as missing). */
export function numberArg(value: CellValue, arg: string): number {
  return cellToNumber(unwrapScalar(value), arg);
}

/** An optional scalar argument: null/undefined/blank gives the default. */
export function optionalNumberArg(value: CellValue, arg: string, defaultValue: number): number {
  const cell = unwrapScalar(value);
  return isBlank(cell) ? defaultValue : cellToNumber(cell, arg);
}

/** An optional whole-number argument within bounds (e.g. decimals). */
export function optionalIntegerArg(
  value: CellValue,
  arg: string,
  defaultValue: number,
  min: number,
  max: number,
): number {
  const n = optionalNumberArg(value, arg, defaultValue);
  if (!Number.isInteger(n)) fail(commonMessages.notInteger, { arg, value: n });
  if (n < min || n > max) fail(commonMessages.outOfRange, { arg, value: n, min, max });
  return n;
}

/** An optional text option, matched case-insensitively against the allowed values. */
export function optionalChoiceArg<T extends string>(
  value: CellValue,
  arg: string,
  allowed: readonly T[],
  defaultValue: T,
): T {
  const cell = unwrapScalar(value);
  if (isBlank(cell)) return defaultValue;
  const text = String(cell).trim().toLowerCase();
  const match = allowed.find((option) => option.toLowerCase() === text);
  if (match === undefined)
    fail(commonMessages.unknownOption, { arg, value: String(cell), expected: allowed.join(", ") });
  return match;
}

/** An optional TRUE/FALSE argument; numbers count as Excel counts them (0 is FALSE). */
export function optionalBooleanArg(value: CellValue, arg: string, defaultValue: boolean): boolean {
  const cell = unwrapScalar(value);
  if (isBlank(cell)) return defaultValue;
  if (typeof cell === "boolean") return cell;
  if (typeof cell === "number") return cell !== 0;
  const text = String(cell).trim().toUpperCase();
  if (text === "TRUE") return true;
  if (text === "FALSE") return false;
  fail(commonMessages.unknownOption, { arg, value: String(cell), expected: "TRUE, FALSE" });
}

/** A range argument as a rectangular matrix (a single value counts as a 1x1 range). */
export function matrixArg(value: CellValue): Matrix {
  if (Array.isArray(value)) {
    // Excel hands a range as rows of cells already; copy only when some row is a bare value.
    if (value.every(Array.isArray)) return value as Matrix;
    return value.map((row) => (Array.isArray(row) ? row : [row]));
  }
  return [[value]];
}

/** A range's cells as numbers, row by row in one flat array, with the range's shape. */
export interface NumberGrid {
  readonly cells: Float64Array;
  readonly rows: number;
  readonly columns: number;
}

/**
 * Every cell of a range to a number (blanks as options.blank says), flat and row by row: no array
 * per row and no object per cell, so a range of a million cells costs about what the engine does.
 */
export function numberGridArg(value: CellValue, arg: string, options: NumberOptions = {}): NumberGrid {
  const matrix = matrixArg(value);
  const rows = matrix.length;
  const columns = rows === 0 ? 0 : matrix[0].length;
  const cells = new Float64Array(rows * columns);
  let i = 0;
  for (let r = 0; r < rows; r++) {
    const row = matrix[r];
    for (let c = 0; c < columns; c++, i++) {
      const cell = row[c];
      cells[i] =
        typeof cell === "number" && Number.isFinite(cell)
          ? cell
          : cellToNumber(cell, arg, { row: r, column: c, rows, columns }, options);
    }
  }
  return { cells, rows, columns };
}

/** Every cell of a range to a number, blanks as options.blank says. */
export function numberMatrixArg(value: CellValue, arg: string, options: NumberOptions = {}): number[][] {
  const { cells, rows, columns } = numberGridArg(value, arg, options);
  const out: number[][] = new Array(rows);
  for (let r = 0; r < rows; r++) out[r] = Array.from(cells.subarray(r * columns, (r + 1) * columns));
  return out;
}

/** Every cell of a range to a number, or null where the cell is blank ("no value"). */
export function numberOrBlankMatrixArg(value: CellValue, arg: string): (number | null)[][] {
  const matrix = matrixArg(value);
  const rows = matrix.length;
  const columns = rows === 0 ? 0 : matrix[0].length;
  const out: (number | null)[][] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const row = matrix[r];
    const cells: (number | null)[] = new Array(columns);
    for (let c = 0; c < columns; c++) {
      const cell = row[c];
      cells[c] =
        typeof cell === "number" && Number.isFinite(cell)
          ? cell
          : isBlank(cell)
            ? null
            : cellToNumber(cell, arg, { row: r, column: c, rows, columns });
    }
    out[r] = cells;
  }
  return out;
}

/** Excel passes a single-cell reference to a scalar parameter as the value; tests may wrap it. */
function unwrapScalar(value: CellValue): CellValue {
  if (Array.isArray(value)) {
    const first = value[0];
    return Array.isArray(first) ? first[0] : first;
  }
  return value;
}
