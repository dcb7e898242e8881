/** Facts about Excel's values that every layer shares (not Office.js: these hold in any host). */

/** Excel's error literals; a cell holding one of these is an error, not text. */
export const EXCEL_ERRORS: ReadonlySet<string> = new Set([
  "#N/A",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BUSY!",
  "#CONNECT!",
  "#BLOCKED!",
  "#UNKNOWN!",
  "#GETTING_DATA",
]);

/** True when text reads as an Excel error literal (Office.js reports error cells as such text). */
export function looksLikeError(text: string): boolean {
  return EXCEL_ERRORS.has(text.trim().toUpperCase());
}
