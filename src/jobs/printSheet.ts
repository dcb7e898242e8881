/**
 * A printable one-rep sheet (a statement, a review) as plain rows any host can render: the
 * command line writes it as its own .xlsx, the pane as a values-only sheet. Each model holds one
 * rep's figures only.
 */
import type { Locale } from "../kernel/messages";
import type { OutputKind } from "../workbook/outputs";

/**
 * title and heading span the page; header is a shaded row of column names; total has a rule above;
 * field is a bold label and its value; blank is an empty line to write on; signature is a label,
 * a line to sign on, and a date line.
 */
export type PrintRowKind =
  "title" | "field" | "heading" | "header" | "line" | "total" | "note" | "blank" | "signature";

export type PrintCell = string | number | null;

export interface PrintRow {
  readonly kind: PrintRowKind;
  readonly cells: readonly PrintCell[];
  /** The number format of each numeric cell, by position; default the sheet's. */
  readonly formats?: readonly (OutputKind | null)[];
  /** Column ranges merged into one cell (0-based, both ends inclusive), for text that needs room. */
  readonly merges?: readonly (readonly [number, number])[];
  /** Cells (0-based, both ends inclusive) shown with a bar from zero to the row's highest value. */
  readonly bars?: readonly [number, number];
}

export interface PrintSheet {
  readonly repId: string;
  readonly period: string;
  readonly language: Locale;
  /** The sheet's name in the rep's language. */
  readonly sheet: string;
  readonly rows: readonly PrintRow[];
  /** Column widths in characters. */
  readonly widths: readonly number[];
  /** Columns whose text wraps on every row, and the extra ones that wrap on line rows. */
  readonly wrap: readonly number[];
  readonly wrapOnLines?: readonly number[];
  /** Numbers' format where a row names none. */
  readonly numberFormat: OutputKind;
  /** "one": fitted on one page (a statement); "wide": one page wide, as many long as it takes. */
  readonly fit: "one" | "wide";
  readonly orientation: "landscape" | "portrait";
}
