/**
 * Settings in an .xlsx written by exceljs. Excel keeps an add-in's settings in the file's
 * web-extension part, which exceljs neither reads nor writes, and exceljs has no custom document
 * properties either; defined names would have to be formulas. So the settings live on a very hidden
 * sheet, one row per key (column A) with its text in column B: plain cells, kept by every save,
 * invisible in Excel's Unhide list, and one cell holds the whole SETTING_LIMIT.
 */
import type ExcelJS from "exceljs";
import { SETTINGS_SHEET } from "../settings";

function settingsSheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  return workbook.worksheets.find((w) => w.name.toLowerCase() === SETTINGS_SHEET.toLowerCase());
}

/** The row (from 1) holding `key`, or undefined. */
function rowOf(sheet: ExcelJS.Worksheet, key: string): number | undefined {
  for (let r = 1; r <= sheet.rowCount; r++) if (sheet.getCell(r, 1).value === key) return r;
  return undefined;
}

export function readXlsxSetting(workbook: ExcelJS.Workbook, key: string): string | null {
  const sheet = settingsSheet(workbook);
  const row = sheet && rowOf(sheet, key);
  if (!sheet || row === undefined) return null;
  const value = sheet.getCell(row, 2).value;
  return typeof value === "string" ? value : null;
}

export function writeXlsxSetting(workbook: ExcelJS.Workbook, key: string, text: string | null): void {
  let sheet = settingsSheet(workbook);
  if (!sheet) {
    if (text === null) return;
    sheet = workbook.addWorksheet(SETTINGS_SHEET, { state: "veryHidden" });
  }
  const row = rowOf(sheet, key);
  if (text === null) {
    if (row !== undefined) sheet.spliceRows(row, 1);
    return;
  }
  const at = row ?? sheet.rowCount + 1;
  sheet.getCell(at, 1).value = key;
  // exceljs writes a string as a string cell (never a formula), so it comes back as saved.
  sheet.getCell(at, 2).value = text;
}
