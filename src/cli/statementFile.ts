/**
 * A statement written as its own .xlsx through exceljs, built fresh from the statement's rows (never
 * a copy of the source workbook), so the file holds that rep's figures only. Values only; page set
 * up one page wide and tall with a print area, so Print and Save as PDF give one clean page.
 */
import ExcelJS from "exceljs";
import type { Statement } from "../jobs/statements";
import { STATEMENT_WIDTHS } from "../jobs/statements";
import { NUMBER_FORMATS } from "../workbook/outputs";

/** Character units a text takes: CJK characters print about twice as wide. */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\uffef]/.test(ch) ? 2 : 1;
  return w;
}

/** Row height for the wrapped explanation: Excel and LibreOffice keep an explicit height. */
function rowHeight(cells: readonly (string | number | null)[]): number {
  let lines = 1;
  cells.forEach((v, i) => {
    if (typeof v === "string" && i === 3)
      lines = Math.max(lines, Math.ceil(textWidth(v) / (STATEMENT_WIDTHS[3] - 2)));
  });
  return 15 * lines;
}

export const thin: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF808080" } };

export function statementWorkbook(statement: Statement): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  // Document properties name the producer only: nothing about any rep beyond this file's own.
  wb.creator = "SalesPlan";
  wb.lastModifiedBy = "SalesPlan";
  const ws = wb.addWorksheet(statement.sheet, {
    pageSetup: {
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 1,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    views: [{ showGridLines: false }],
  });
  ws.columns = STATEMENT_WIDTHS.map((width) => ({ width }));
  statement.rows.forEach((row, r) => {
    const xr = ws.getRow(r + 1);
    row.cells.forEach((v, c) => {
      if (v === null) return;
      const cell = xr.getCell(c + 1);
      cell.value = v;
      if (typeof v === "number") cell.numFmt = NUMBER_FORMATS.money;
      cell.alignment = { vertical: "top", wrapText: c === 3 || (row.kind === "line" && c === 1) };
    });
    switch (row.kind) {
      case "title":
        // Titles and headings span the page, so no reader wraps them inside the narrow first column.
        ws.mergeCells(r + 1, 1, r + 1, 4);
        xr.font = { bold: true, size: 14 };
        xr.height = 22;
        break;
      case "heading":
        ws.mergeCells(r + 1, 1, r + 1, 4);
        xr.font = { bold: true, size: 12 };
        xr.height = 20;
        for (let c = 1; c <= 4; c++) xr.getCell(c).border = { bottom: thin };
        break;
      case "header":
        xr.font = { bold: true };
        for (let c = 1; c <= 4; c++)
          xr.getCell(c).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE7E6E6" } };
        break;
      case "total":
        if (row.cells[1] === null) ws.mergeCells(r + 1, 1, r + 1, 2);
        xr.font = { bold: true };
        for (let c = 1; c <= 4; c++) xr.getCell(c).border = { top: thin };
        break;
      case "field":
        xr.getCell(1).font = { bold: true };
        break;
      default:
        xr.height = rowHeight(row.cells);
    }
  });
  ws.pageSetup.printArea = `A1:D${statement.rows.length}`;
  ws.headerFooter.oddFooter = `&L${statement.repId} ${statement.period}&R&P / &N`;
  return wb;
}

export async function writeStatement(statement: Statement, file: string): Promise<void> {
  await statementWorkbook(statement).xlsx.writeFile(file);
}
