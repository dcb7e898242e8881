/**
 * A printable values-only sheet (a plan letter) as a host writes it: cells, number formats, row
 * styles, merges and page setup, laid out by a job (whose it is: sheetPlan.ts).
 */
import { columnLetters as letters } from "./cells";

export type DraftCell = string | number | null;

/** One printed row; columns are 0-based and both ends of a span are inclusive. */
export interface DraftRow {
  readonly cells: readonly DraftCell[];
  /** Number format of each numeric cell; text cells are always written as text ("@"). */
  readonly numberFormat?: string;
  /** A numeric cell's own format by column, where the row mixes them (a percent beside a count). */
  readonly numberFormats?: readonly (string | null)[];
  /** Row height in points; absent: Excel's default. */
  readonly height?: number;
  readonly bold?: boolean;
  /** Bold on the first cell only (a field's label). */
  readonly boldLabel?: boolean;
  readonly size?: number;
  readonly wrap?: boolean;
  readonly vertical?: "top" | "middle" | "bottom";
  /** Cells from this column on are right-aligned (a header over figures). */
  readonly rightFrom?: number;
  /** Solid fill over the row's cells, "#RRGGBB". */
  readonly fill?: string;
  readonly merges?: readonly (readonly [number, number])[];
  /** A thin rule above or below these columns. */
  readonly ruleAbove?: readonly [number, number];
  readonly ruleBelow?: readonly [number, number];
}

export interface DraftPage {
  readonly orientation: "portrait" | "landscape";
  /** Pages wide and tall the print is fitted to (0 tall: as many as it takes). */
  readonly fitWide: number;
  readonly fitTall: number;
  /** Margins in inches. */
  readonly margins: {
    readonly left: number;
    readonly right: number;
    readonly top: number;
    readonly bottom: number;
  };
  /** Footer text, with "&" already doubled where it is the user's text. */
  readonly footerLeft: string;
  readonly footerRight: string;
}

export interface SheetDraft {
  readonly name: string;
  /** Column widths in characters; their count is the sheet's columns. */
  readonly widths: readonly number[];
  readonly rows: readonly DraftRow[];
  readonly page: DraftPage;
}

export interface WrittenSheet {
  readonly sheet: string;
  /** Rows written. */
  readonly rows: number;
  readonly created: boolean;
}

/** "A1:D40": the block a draft prints. */
export function draftArea(draft: SheetDraft): string {
  return `A1:${letters(draft.widths.length - 1)}${Math.max(1, draft.rows.length)}`;
}

/** "B3:C3": columns `from`..`to` of 0-based row `row`. */
export function rowSpan(row: number, from: number, to: number): string {
  return `${letters(from)}${row + 1}:${letters(to)}${row + 1}`;
}
