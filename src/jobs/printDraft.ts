/**
 * A printable one-rep sheet (printSheet.ts: a statement) laid out for a host's values-only sheet
 * (workbook/printSheet.ts), the page the command line's file has (cli/repFile.ts): A4, fitted,
 * gridlines off, titles and headings across the page, shaded headers, a rule over totals, the rep
 * and period in the footer.
 */
import { NUMBER_FORMATS } from "../workbook/outputs";
import type { DraftRow, SheetDraft } from "../workbook/printSheet";
import { textWidth } from "./letterSheet";
import type { PrintRow, PrintSheet } from "./printSheet";

/** Where each cell of a row ends: its merge's last column, else itself. */
function spans(row: PrintRow): Map<number, number> {
  return new Map((row.merges ?? []).map(([from, to]) => [from, to]));
}

/**
 * Whether a cell's text wraps: merged, a wrapping column, a header, a line's extra wrap, or a
 * field's label (a long one, "Target incentive (annual)", would be cut off by its value).
 */
function wraps(sheet: PrintSheet, row: PrintRow, column: number): boolean {
  return (
    spans(row).has(column) ||
    sheet.wrap.includes(column) ||
    row.kind === "header" ||
    (row.kind === "field" && column === 0) ||
    (row.kind === "line" && (sheet.wrapOnLines ?? []).includes(column))
  );
}

/** The height wrapped text needs (Excel keeps an explicit height); Chinese lines print taller. */
function wrappedHeight(sheet: PrintSheet, row: PrintRow): number | undefined {
  const merged = spans(row);
  let lines = 1;
  row.cells.forEach((v, i) => {
    if (typeof v !== "string" || !wraps(sheet, row, i)) return;
    let width = 0;
    for (let c = i; c <= (merged.get(i) ?? i); c++) width += sheet.widths[c];
    lines = Math.max(lines, Math.ceil(textWidth(v) / (width - 2)));
  });
  const line = sheet.language === "zh" ? 17 : 15;
  return lines > 1 ? line * lines + 2 : undefined;
}

function draftRow(sheet: PrintSheet, row: PrintRow): DraftRow {
  const last = sheet.widths.length - 1;
  const format = row.formats?.find((f) => f !== null) ?? sheet.numberFormat;
  const height = wrappedHeight(sheet, row);
  const base: DraftRow = {
    cells: row.cells,
    numberFormat: NUMBER_FORMATS[format],
    // Each cell its own format where the row names them, as the command line's file has it.
    ...(row.formats
      ? { numberFormats: row.cells.map((_, i) => NUMBER_FORMATS[row.formats?.[i] ?? sheet.numberFormat]) }
      : {}),
    vertical: "top",
    ...(row.merges ? { merges: row.merges } : {}),
    ...(row.cells.some((_, i) => wraps(sheet, row, i)) ? { wrap: true } : {}),
    ...(height ? { height } : {}),
  };
  switch (row.kind) {
    case "title":
      return { ...base, merges: [[0, last]], bold: true, size: 14, height: 24, wrap: false };
    case "heading":
      // Taller, the text at the bottom: the space above sets the sections apart.
      return {
        ...base,
        merges: [[0, last]],
        bold: true,
        size: 12,
        height: 28,
        vertical: "bottom",
        wrap: false,
        ruleBelow: [0, last],
      };
    case "header":
      return { ...base, bold: true, fill: "#E7E6E6" };
    case "total":
      return {
        ...base,
        bold: true,
        ruleAbove: [0, last],
        // A label with nothing beside it takes the first two columns.
        ...(row.cells[1] === null && !row.merges ? { merges: [[0, 1]] } : {}),
      };
    case "field":
      return { ...base, boldLabel: true };
    case "blank":
      return { ...base, height: 24, ruleBelow: [0, last] };
    case "signature":
      return { ...base, boldLabel: true, height: 36, vertical: "bottom", ruleBelow: [1, last] };
    default:
      return base;
  }
}

/** The sheet as a draft named `name` (the pane writes one statement at a time under one name). */
export function printDraft(sheet: PrintSheet, name: string): SheetDraft {
  return {
    name,
    widths: sheet.widths,
    rows: sheet.rows.map((row) => draftRow(sheet, row)),
    page: {
      orientation: sheet.orientation,
      fitWide: 1,
      fitTall: sheet.fit === "one" ? 1 : 0,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6 },
      // "&" starts a code in a footer: a rep ID with one is written "&&".
      footerLeft: `${sheet.repId} ${sheet.period}`.replace(/&/g, "&&"),
      footerRight: "&P / &N",
    },
  };
}
