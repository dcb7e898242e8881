/**
 * A printable sheet draft (workbook/printSheet.ts SheetDraft: the model the pane's PlanLetter sheet
 * is written from through Office.js) rendered as its own .xlsx through exceljs, so the command
 * line's letter is the same page as the pane's. Built fresh from the draft (never a copy of the
 * source workbook): the file holds what the draft holds and nothing else.
 */
import ExcelJS from "exceljs";
import { columnLetters } from "../jobs";
import type { DraftRow, SheetDraft } from "../workbook/printSheet";
import { thin } from "./repFile";

const VERTICAL = { top: "top", middle: "middle", bottom: "bottom" } as const;

const argb = (hex: string) => `FF${hex.replace(/^#/, "").toUpperCase()}`;

function styleRow(ws: ExcelJS.Worksheet, r: number, row: DraftRow, n: number): void {
  const xr = ws.getRow(r);
  const cells = (from: number, to: number) =>
    Array.from({ length: to - from + 1 }, (_, i) => xr.getCell(from + i + 1));
  const all = cells(0, n - 1);
  if (row.height) xr.height = row.height;
  if (row.bold || row.size)
    for (const c of all) c.font = { bold: row.bold === true, ...(row.size ? { size: row.size } : {}) };
  if (row.boldLabel) xr.getCell(1).font = { ...xr.getCell(1).font, bold: true };
  all.forEach((c, i) => {
    c.alignment = {
      ...(row.vertical ? { vertical: VERTICAL[row.vertical] } : {}),
      ...(row.wrap ? { wrapText: true } : {}),
      ...(row.rightFrom !== undefined && i >= row.rightFrom ? { horizontal: "right" as const } : {}),
    };
  });
  if (row.fill)
    for (const c of cells(0, Math.max(1, row.cells.length) - 1))
      c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(row.fill) } };
  if (row.ruleAbove) for (const c of cells(...row.ruleAbove)) c.border = { ...c.border, top: thin };
  if (row.ruleBelow) for (const c of cells(...row.ruleBelow)) c.border = { ...c.border, bottom: thin };
  for (const [from, to] of row.merges ?? []) if (to > from) ws.mergeCells(r, from + 1, r, to + 1);
}

/** The draft as a one-sheet workbook named `name` (the draft's own name by default). */
export function draftWorkbook(draft: SheetDraft, name = draft.name): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  // Document properties name the producer only: nothing about any rep beyond this file's own.
  wb.creator = "SalesPlan";
  wb.lastModifiedBy = "SalesPlan";
  const { page } = draft;
  const ws = wb.addWorksheet(name, {
    pageSetup: {
      paperSize: 9,
      orientation: page.orientation,
      fitToPage: true,
      fitToWidth: page.fitWide,
      fitToHeight: page.fitTall,
      horizontalCentered: true,
      margins: { ...page.margins, header: 0.3, footer: 0.3 },
    },
    views: [{ showGridLines: false }],
  });
  const n = draft.widths.length;
  ws.columns = draft.widths.map((width) => ({ width }));
  draft.rows.forEach((row, i) => {
    const xr = ws.getRow(i + 1);
    row.cells.forEach((v, c) => {
      if (v === null) return;
      const cell = xr.getCell(c + 1);
      cell.value = v;
      // Text stays text ("2026-01" is no date), numbers take the row's format.
      cell.numFmt = typeof v === "number" ? (row.numberFormats?.[c] ?? row.numberFormat ?? "General") : "@";
    });
    styleRow(ws, i + 1, row, n);
  });
  ws.pageSetup.printArea = `A1:${columnLetters(n - 1)}${Math.max(1, draft.rows.length)}`;
  ws.headerFooter.oddFooter = `&L${page.footerLeft}&R${page.footerRight}`;
  return wb;
}
