/**
 * A plan letter written as its own .xlsx: the pane's PlanLetter sheet model (jobs/letterSheet.ts
 * letterDraft) rendered through exceljs (draftFile.ts), built fresh from the letter's rows (never a
 * copy of the source workbook), so the file holds that rep's figures only. Values only; portrait,
 * one page with a print area, the sheet named in the rep's language.
 */
import type ExcelJS from "exceljs";
import { letterDraft, type Letter } from "../jobs";
import { draftWorkbook } from "./draftFile";

export function letterWorkbook(letter: Letter): ExcelJS.Workbook {
  return draftWorkbook(letterDraft(letter), letter.sheet);
}

/** The letter's file name: `<RepID>-plan-<version>.xlsx` (the year when the plan has no version). */
export function letterFileName(letter: Letter): string {
  // A RepID and a version are the user's text: keep the name to characters every file system takes.
  const safe = (s: string) => s.replace(/[^\w.-]+/g, "_");
  return `${safe(letter.repId)}-plan-${safe(letter.version || String(letter.year))}.xlsx`;
}

export async function writeLetter(letter: Letter, file: string): Promise<void> {
  await letterWorkbook(letter).xlsx.writeFile(file);
}
