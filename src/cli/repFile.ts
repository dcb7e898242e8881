/**
 * One-rep files (statements, reviews): a printable sheet written as its own .xlsx through exceljs,
 * built fresh from the sheet's rows (never a copy of the source workbook), so the file holds that
 * rep's figures only; values only, page set up with a print area (PDFs beside them: pdf.ts).
 */
import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { columnLetters, NUMBER_FORMATS, textWidth, type PrintRow, type PrintSheet } from "../jobs";

/** Where each cell of a row ends: its merge's last column, else itself. */
function spans(row: PrintRow): Map<number, number> {
  const out = new Map<number, number>();
  for (const [from, to] of row.merges ?? []) out.set(from, to);
  return out;
}

/** Row height for wrapped text: Excel and LibreOffice keep an explicit height. */
function rowHeight(sheet: PrintSheet, row: PrintRow): number {
  const merged = spans(row);
  let lines = 1;
  row.cells.forEach((v, i) => {
    const to = merged.get(i);
    const wraps = to !== undefined || sheet.wrap.includes(i) || row.kind === "header";
    if (typeof v !== "string" || !wraps) return;
    let width = 0;
    for (let c = i; c <= (to ?? i); c++) width += sheet.widths[c];
    lines = Math.max(lines, Math.ceil(textWidth(v) / (width - 2)));
  });
  return 15 * lines;
}

export const thin: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF808080" } };

export function printWorkbook(sheet: PrintSheet): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  // Document properties name the producer only: nothing about any rep beyond this file's own.
  wb.creator = "SalesPlan";
  wb.lastModifiedBy = "SalesPlan";
  const ws = wb.addWorksheet(sheet.sheet, {
    pageSetup: {
      paperSize: 9,
      orientation: sheet.orientation,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: sheet.fit === "one" ? 1 : 0,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    views: [{ showGridLines: false }],
  });
  const n = sheet.widths.length;
  ws.columns = sheet.widths.map((width) => ({ width }));
  const across = (xr: ExcelJS.Row, border: Partial<ExcelJS.Borders>, from = 1, to = n) => {
    for (let c = from; c <= to; c++) xr.getCell(c).border = border;
  };
  // Headers and fields keep the default height unless their text wraps.
  const tall = (xr: ExcelJS.Row, row: PrintRow) => {
    const height = rowHeight(sheet, row);
    if (height > 15) xr.height = height;
  };
  sheet.rows.forEach((row, r) => {
    const xr = ws.getRow(r + 1);
    const merged = spans(row);
    row.cells.forEach((v, c) => {
      if (v === null) return;
      const cell = xr.getCell(c + 1);
      cell.value = v;
      if (typeof v === "number") cell.numFmt = NUMBER_FORMATS[row.formats?.[c] ?? sheet.numberFormat];
      const wraps =
        merged.has(c) ||
        sheet.wrap.includes(c) ||
        (row.kind === "line" && (sheet.wrapOnLines ?? []).includes(c));
      // Text after the first column sits a little off the number before it.
      cell.alignment = {
        vertical: "top",
        wrapText: wraps || row.kind === "header",
        ...(typeof v === "string" && c > 0 && row.kind !== "header" ? { indent: 1 } : {}),
        // A date stands apart from the text beside it.
        ...(row.formats?.[c] === "date" ? { horizontal: "center" as const } : {}),
      };
    });
    for (const [from, to] of merged) if (to > from) ws.mergeCells(r + 1, from + 1, r + 1, to + 1);
    if (row.bars) {
      // A data bar per row: a sparkline of sorts that Excel and LibreOffice draw (exceljs writes no charts).
      const [from, to] = row.bars.map((c) => columnLetters(c));
      ws.addConditionalFormatting({
        ref: `${from}${r + 1}:${to}${r + 1}`,
        rules: [
          {
            type: "dataBar",
            priority: 1,
            gradient: false,
            minLength: 5,
            maxLength: 100,
            cfvo: [{ type: "num", value: 0 }, { type: "max" }],
            color: { argb: "FF9DC3E6" },
          } as ExcelJS.DataBarRuleType,
        ],
      });
    }
    switch (row.kind) {
      case "title":
        // Titles and headings span the page, so no reader wraps them inside the narrow first column.
        ws.mergeCells(r + 1, 1, r + 1, n);
        xr.font = { bold: true, size: 14 };
        xr.height = 22;
        break;
      case "heading":
        ws.mergeCells(r + 1, 1, r + 1, n);
        xr.font = { bold: true, size: 12 };
        xr.height = 20;
        across(xr, { bottom: thin });
        break;
      case "header":
        xr.font = { bold: true };
        for (let c = 1; c <= n; c++)
          xr.getCell(c).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE7E6E6" } };
        tall(xr, row);
        break;
      case "total":
        if (row.cells[1] === null && !merged.has(0)) ws.mergeCells(r + 1, 1, r + 1, 2);
        xr.font = { bold: true };
        across(xr, { top: thin });
        break;
      case "field":
        xr.getCell(1).font = { bold: true };
        tall(xr, row);
        break;
      case "blank":
        // A line to write on.
        across(xr, { bottom: thin });
        xr.height = 24;
        break;
      case "signature": {
        // Label, a line to sign on up to the date's label, the date's label, a line for the date.
        xr.getCell(1).font = { bold: true };
        const dateAt = row.cells.findIndex((v, i) => i > 0 && v !== null);
        across(xr, { bottom: thin }, 2, dateAt > 0 ? dateAt : n);
        if (dateAt > 0) across(xr, { bottom: thin }, dateAt + 2, n);
        xr.height = 36;
        break;
      }
      default:
        xr.height = rowHeight(sheet, row);
    }
  });
  const last = columnLetters(n - 1);
  ws.pageSetup.printArea = `A1:${last}${sheet.rows.length}`;
  ws.headerFooter.oddFooter = `&L${sheet.repId} ${sheet.period}&R&P / &N`;
  return wb;
}

/**
 * Writes each sheet as DIR/<RepID>-<period>.xlsx (the folder made when missing); returns the files.
 * A RepID is the user's text: the file name keeps to characters every file system takes.
 */
export async function writeRepFiles(sheets: readonly PrintSheet[], dir: string): Promise<string[]> {
  await fs.mkdir(dir, { recursive: true });
  const files: string[] = [];
  for (const s of sheets) {
    const file = path.join(dir, `${s.repId.replace(/[^\w.-]+/g, "_")}-${s.period}.xlsx`);
    await printWorkbook(s).xlsx.writeFile(file);
    files.push(file);
  }
  return files;
}
