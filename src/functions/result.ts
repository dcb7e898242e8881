/**
 * How a SALES.* function hands its answer back to Excel: values as they are, input problems as a
 * CustomFunctions.Error with a message in the user's language.
 */
import { SalesPlanError, type ExcelErrorKind } from "../kernel/errors";
import { localeOf, type Locale } from "../kernel/messages";

/** The user's language for messages, from Office when it is there (the shared runtime has it). */
export function displayLocale(): Locale {
  const office = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office;
  return localeOf(office?.context?.displayLanguage ?? "en-US");
}

function errorCode(kind: ExcelErrorKind): CustomFunctions.ErrorCode {
  switch (kind) {
    case "div0":
      return CustomFunctions.ErrorCode.divisionByZero;
    case "num":
      return CustomFunctions.ErrorCode.invalidNumber;
    case "na":
      return CustomFunctions.ErrorCode.notAvailable;
    default:
      return CustomFunctions.ErrorCode.invalidValue;
  }
}

/** Excel shows a message only for #VALUE! and #N/A; the others carry none. */
export function toExcelError(error: SalesPlanError): CustomFunctions.Error {
  const code = errorCode(error.kind);
  const withMessage = error.kind === "value" || error.kind === "na";
  return withMessage
    ? new CustomFunctions.Error(code, error.format(displayLocale()))
    : new CustomFunctions.Error(code);
}

/**
 * Run a function body; a SalesPlanError becomes the Excel error it stands for. Anything else is a
 * bug, which Excel shows as #VALUE! with the bug's message rather than a silent wrong number.
 */
export function guard<T>(body: () => T): T {
  let result: T;
  try {
    result = body();
  } catch (error) {
    if (error instanceof SalesPlanError) throw toExcelError(error);
    const message = error instanceof Error ? error.message : String(error);
    throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, `SalesPlan: ${message}`);
  }
  if (overflows(result)) throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidNumber);
  return result;
}

/**
 * True when a result holds a number Excel cannot show (an overflow to infinity, or NaN): Excel's
 * own functions answer #NUM! there, so ours do too rather than hand back a value Excel would
 * mangle.
 */
function overflows(result: unknown): boolean {
  if (typeof result === "number") return !Number.isFinite(result);
  if (!Array.isArray(result)) return false;
  // A loop, not a call per cell: this looks at every cell of a spill.
  for (const row of result) {
    if (!Array.isArray(row)) {
      if (overflows(row)) return true;
      continue;
    }
    for (const cell of row)
      if (typeof cell === "number" ? !Number.isFinite(cell) : overflows(cell)) return true;
  }
  return false;
}

/**
 * Flat results (row by row) in the shape Excel spills: `rows` arrays of `columns` values. Shaping
 * runs once per cell, so each row is built as a packed array of doubles in one allocation (an
 * array made with `new Array(n)` and then filled with doubles is allocated twice).
 */
export function gridResult(values: ArrayLike<number>, rows: number, columns: number): number[][] {
  const out: number[][] = [];
  if (columns === 1) {
    for (let r = 0; r < rows; r++) out.push([values[r]]);
    return out;
  }
  for (let r = 0, i = 0; r < rows; r++) {
    const row: number[] = [];
    for (let c = 0; c < columns; c++, i++) row.push(values[i]);
    out.push(row);
  }
  return out;
}

/** One value per row: a single column. */
export function columnResult(values: ArrayLike<number>): number[][] {
  return gridResult(values, values.length, 1);
}
