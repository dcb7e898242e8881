/** exceljs cell values to and from the shared RawCell shape. */
import type { CellValue } from "exceljs";
import { dayCountSerial } from "../../kernel/calendar";
import type { RawCell } from "../types";

/** A cell as exceljs gives it, as both hosts agree to see it (dates as serials, formulas by their result). */
export function fromExcelJs(value: CellValue | undefined): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  // exceljs made this Date from the stored serial by a plain day count; undo exactly that.
  if (value instanceof Date) return dayCountSerial(value);
  if (typeof value === "object") {
    if ("error" in value && typeof value.error === "string") return { error: value.error };
    if ("richText" in value && Array.isArray(value.richText))
      return value.richText.map((r) => r.text).join("");
    if ("formula" in value || "sharedFormula" in value) {
      const result = (value as { result?: unknown }).result;
      return fromExcelJs(result as CellValue | undefined);
    }
    if ("text" in value && typeof (value as { text?: unknown }).text === "string")
      return (value as { text: string }).text;
  }
  return String(value);
}
