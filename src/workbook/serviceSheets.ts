/**
 * The sheets SalesPlan keeps for itself. The pane's staging and undo sheets are named here, not
 * only in the Office host, because a workbook saved from Excel carries them to the command line:
 * there they are never offered as a table the user made, nor listed as a sheet.
 */
import { REGISTRY_SHEET } from "./ownership";
import { SETTINGS_SHEET } from "./settings";

/** Where a pane write stages its rows (deleted at commit, or kept as the undo sheet). */
export const STAGING_SHEET = "SalesPlanStaging";
/** The last pane write's backups, kept for its undo (office/write.ts keepUndo, office/undo.ts); very hidden. */
export const UNDO_SHEET = "SalesPlanUndo";

export const SERVICE_SHEETS: readonly string[] = [REGISTRY_SHEET, SETTINGS_SHEET, STAGING_SHEET, UNDO_SHEET];

/** Whether a sheet is one of SalesPlan's own (case-insensitive, as Excel compares sheet names). */
export function isServiceSheet(name: string): boolean {
  const lower = name.toLowerCase();
  return SERVICE_SHEETS.some((s) => s.toLowerCase() === lower);
}
