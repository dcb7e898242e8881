/**
 * A plan letter written as its own .xlsx through exceljs, built fresh from the letter's rows (never
 * a copy of the source workbook), so the file holds that rep's figures only. Values only; portrait,
 * one page wide with a print area, like the statements.
 */
import ExcelJS from "exceljs";
import {
  LETTER_FIRST_WIDTH,
  LETTER_OTHER_WIDTH,
  letterFooter,
  letterWidth,
  NUMBER_FORMATS,
  paragraphHeight,
  type Letter,
} from "../jobs";
import { thin } from "./repFile";

export function letterWorkbook(letter: Letter): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  // Document properties name the producer only: nothing about any rep beyond this file's own.
  wb.creator = "SalesPlan";
  wb.lastModifiedBy = "SalesPlan";
  const ws = wb.addWorksheet(letter.sheet, {
    pageSetup: {
      paperSize: 9,
      orientation: "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 1,
      horizontalCentered: true,
      margins: { left: 0.6, right: 0.6, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    views: [{ showGridLines: false }],
  });
  const n = letter.columns;
  ws.columns = Array.from({ length: n }, (_, i) => ({
    width: i === 0 ? LETTER_FIRST_WIDTH : LETTER_OTHER_WIDTH,
  }));
  const span = (r: number) => ws.mergeCells(r, 1, r, n);
  letter.rows.forEach((row, i) => {
    const r = i + 1;
    const xr = ws.getRow(r);
    row.cells.forEach((v, c) => {
      if (v === null) return;
      const cell = xr.getCell(c + 1);
      cell.value = v;
      if (typeof v === "number") cell.numFmt = NUMBER_FORMATS.money;
      // Middle: a bold Chinese label and a Latin figure beside it then share a line.
      cell.alignment = row.kind === "text" ? { vertical: "top", wrapText: true } : { vertical: "middle" };
    });
    switch (row.kind) {
      case "title":
        span(r);
        xr.font = { bold: true, size: 14 };
        xr.height = 24;
        break;
      case "heading":
        // Taller, with the text at the bottom: the space above sets the sections apart.
        span(r);
        xr.font = { bold: true, size: 12 };
        xr.height = 30;
        xr.getCell(1).alignment = { vertical: "bottom" };
        for (let c = 1; c <= n; c++) xr.getCell(c).border = { bottom: thin };
        break;
      case "text":
        span(r);
        xr.height = paragraphHeight(String(row.cells[0] ?? ""), letterWidth(letter));
        break;
      case "header":
        xr.font = { bold: true };
        for (let c = 1; c <= row.cells.length; c++) {
          xr.getCell(c).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE7E6E6" } };
          if (c > 1) xr.getCell(c).alignment = { horizontal: "right", wrapText: true };
        }
        break;
      case "total":
        xr.font = { bold: true };
        for (let c = 1; c <= row.cells.length; c++) xr.getCell(c).border = { top: thin };
        break;
      case "field":
        xr.getCell(1).font = { bold: true };
        break;
      case "sign":
        // A line to sign or write on, over the rest of the row.
        xr.height = 28;
        xr.getCell(1).font = { bold: true };
        xr.getCell(1).alignment = { vertical: "bottom" };
        ws.mergeCells(r, 2, r, Math.min(n, 3));
        xr.getCell(2).alignment = { vertical: "bottom" };
        for (let c = 2; c <= Math.min(n, 3); c++) xr.getCell(c).border = { bottom: thin };
        break;
      default:
        break;
    }
    // Chinese glyphs stand taller than the default 15-point row.
    if (letter.language === "zh" && ["field", "header", "line", "total"].includes(row.kind)) xr.height = 17;
  });
  ws.pageSetup.printArea = `A1:${ws.getColumn(n).letter}${letter.rows.length}`;
  ws.headerFooter.oddFooter = `&L${letterFooter(letter)}&R&P / &N`;
  return wb;
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
