/**
 * How a SALES.* function hands its answer back to Excel: values as they are, input problems as a
 * CustomFunctions.Error with a message in the user's language.
 */
import { SalesPlanError, type ExcelErrorKind } from "../engine/errors";
import type { Locale } from "../engine/messages";

/** The user's language for messages, from Office when it is there (the shared runtime has it). */
export function displayLocale(): Locale {
  const office = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office;
  const language = office?.context?.displayLanguage ?? "en-US";
  return language.toLowerCase().startsWith("zh") ? "zh" : "en";
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
  try {
    return body();
  } catch (error) {
    if (error instanceof SalesPlanError) throw toExcelError(error);
    const message = error instanceof Error ? error.message : String(error);
    throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, `SalesPlan: ${message}`);
  }
}
