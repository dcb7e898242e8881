/**
 * A plan letter (letters.ts) laid out as the pane's values-only `PlanLetter` sheet: the same page
 * as the command line's letter file (cli/letterFile.ts): portrait A4, one page, a print area,
 * paragraphs across the columns, shaded headers, lines to sign on, the rep and plan in the footer.
 */
import { NUMBER_FORMATS } from "../workbook/outputs";
import type { DraftRow, SheetDraft } from "../workbook/printSheet";
import type { Letter, LetterRow } from "./letters";

/** The pane's letter sheet: one at a time, replaced by the next rep's. */
export const PLAN_LETTER_SHEET = "PlanLetter";

/** Column widths: the labels, then one column per measure or example. */
export const LETTER_FIRST_WIDTH = 30;
export const LETTER_OTHER_WIDTH = 17;

/** Character units a text takes: CJK characters print about twice as wide. */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\uffef]/.test(ch) ? 2 : 1;
  return w;
}

/**
 * A wrapped paragraph's row height (Excel and LibreOffice keep an explicit height): a column unit
 * holds about 1.1 Latin characters of the default font; Chinese lines print taller.
 */
export function paragraphHeight(text: string, width: number): number {
  const lines = Math.max(1, Math.ceil(textWidth(text) / ((width - 2) * 1.1)));
  return (/[\u2e80-\uffef]/.test(text) ? 17 : 15) * lines + 2;
}

export const letterWidth = (letter: Letter): number =>
  LETTER_FIRST_WIDTH + LETTER_OTHER_WIDTH * (letter.columns - 1);

/** "&" starts a code in a header or footer: a plan named "R&D" is written "R&&D". */
export const letterFooter = (letter: Letter): string => `${letter.repId} ${letter.plan}`.replace(/&/g, "&&");

function draftRow(letter: Letter, row: LetterRow): DraftRow {
  const n = letter.columns;
  const last = n - 1;
  const zhLine = letter.language === "zh" && ["field", "header", "line", "total"].includes(row.kind);
  const base = {
    cells: row.cells,
    numberFormat: NUMBER_FORMATS.money,
    // Middle: a bold Chinese label and a Latin figure beside it then share a line.
    vertical: row.kind === "text" ? ("top" as const) : ("middle" as const),
    ...(zhLine ? { height: 17 } : {}),
  };
  switch (row.kind) {
    case "title":
      return { ...base, merges: [[0, last]], bold: true, size: 14, height: 24 };
    case "heading":
      // Taller, with the text at the bottom: the space above sets the sections apart.
      return {
        ...base,
        merges: [[0, last]],
        bold: true,
        size: 12,
        height: 30,
        vertical: "bottom",
        ruleBelow: [0, last],
      };
    case "text":
      return {
        ...base,
        merges: [[0, last]],
        wrap: true,
        height: paragraphHeight(String(row.cells[0] ?? ""), letterWidth(letter)),
      };
    case "header":
      return { ...base, bold: true, fill: "#E7E6E6", rightFrom: 1, wrap: true };
    case "total":
      return { ...base, bold: true, ruleAbove: [0, row.cells.length - 1] };
    case "field":
      return { ...base, boldLabel: true };
    case "sign": {
      // A line to sign or write on, over the rest of the row.
      const to = Math.min(last, 2);
      return {
        ...base,
        boldLabel: true,
        height: 28,
        vertical: "bottom",
        merges: [[1, to]],
        ruleBelow: [1, to],
      };
    }
    default:
      return base;
  }
}

export function letterDraft(letter: Letter): SheetDraft {
  return {
    name: PLAN_LETTER_SHEET,
    widths: Array.from({ length: letter.columns }, (_, i) =>
      i === 0 ? LETTER_FIRST_WIDTH : LETTER_OTHER_WIDTH,
    ),
    rows: letter.rows.map((row) => draftRow(letter, row)),
    page: {
      orientation: "portrait",
      fitWide: 1,
      fitTall: 1,
      margins: { left: 0.6, right: 0.6, top: 0.6, bottom: 0.6 },
      footerLeft: letterFooter(letter),
      footerRight: "&P / &N",
    },
  };
}
