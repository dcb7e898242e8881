/**
 * Just enough XML for SpreadsheetML parts: attributes, text escaping, and a row-by-row scan of a
 * sheet that never holds more than a chunk of it. SpreadsheetML is regular (no CDATA in cells,
 * attributes in double or single quotes), so patterns over the text are enough and much faster
 * than building a DOM.
 */
import { dateToSerial } from "../../kernel/calendar";
import type { RawCell } from "../types";

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function unescapeXml(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, code: string) => {
    if (code[0] === "#") {
      const n = code[1] === "x" || code[1] === "X" ? parseInt(code.slice(2), 16) : Number(code.slice(1));
      return String.fromCodePoint(n);
    }
    return ENTITIES[code] ?? whole;
  });
}

// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Text for an element or attribute; characters XML 1.0 cannot hold are dropped. */
export function escapeXml(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text
    .replace(NOT_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** Attributes of a start tag's text (`name="v" r:id='x'`), names with their prefixes. */
export function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(tag); m; m = re.exec(tag)) out[m[1]] = unescapeXml(m[2] ?? m[3] ?? "");
  return out;
}

/** An attribute whatever its namespace prefix (`r:id`, `x:id`), for relationship ids. */
export function prefixed(attrs: Readonly<Record<string, string>>, local: string): string | undefined {
  for (const [k, v] of Object.entries(attrs)) if (k === local || k.endsWith(`:${local}`)) return v;
  return undefined;
}

/** Every start tag of `element` in `xml` (with or without a namespace prefix), as attributes. */
export function elements(xml: string, element: string): Record<string, string>[] {
  const re = new RegExp(`<(?:\\w+:)?${element}\\b([^>]*)>`, "g");
  const out: Record<string, string>[] = [];
  for (let m = re.exec(xml); m; m = re.exec(xml)) out.push(attributes(m[1]));
  return out;
}

/** The text of a string item (<si> or <is>): its <t> runs, phonetic hints (<rPh>) left out. */
export function stringItemText(xml: string): string {
  const body = xml.includes("<rPh") ? xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "") : xml;
  let out = "";
  const re = /<t\b[^>]*?(?:\/>|>([^<]*)<\/t>)/g;
  for (let m = re.exec(body); m; m = re.exec(body)) out += m[1] ?? "";
  return unescapeXml(out);
}

/** One cell as scanned: position (from 0), its raw XML, value and formula (without "="). */
export interface ScannedCell {
  readonly column: number;
  readonly xml: string;
  readonly style: string | undefined;
  readonly value: RawCell;
  readonly formula: string | undefined;
  /** A shared formula's group and, on its first cell, the formula and range. */
  readonly shared?: { readonly index: string; readonly ref?: string };
}

export interface ScannedRow {
  /** From 0. */
  readonly row: number;
  /** The row's start tag attributes as text (height, style...), without r and spans. */
  readonly attrs: string;
  readonly cells: readonly ScannedCell[];
}

const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;

/** One attribute of a start tag's text, found without parsing them all (cells are millions). */
function attr(tag: string, name: string): string | undefined {
  let at = tag.indexOf(` ${name}=`);
  if (at < 0) {
    // Attributes separated by a newline or tab: rare, parsed the slow way.
    return /[\t\n\r]/.test(tag) ? attributes(tag)[name] : undefined;
  }
  at += name.length + 2;
  const quote = tag[at];
  const end = tag.indexOf(quote, at + 1);
  const value = tag.slice(at + 1, end);
  return value.includes("&") ? unescapeXml(value) : value;
}

/** A cell's value from its type attribute and body, as both hosts see it. */
function cellValue(type: string | undefined, body: string, sharedStrings: readonly string[]): RawCell {
  if (type === "inlineStr") return stringItemText(/<is\b[^>]*>([\s\S]*?)<\/is>/.exec(body)?.[1] ?? "");
  const open = body.indexOf("<v");
  let v: string | undefined;
  if (open >= 0) {
    const from = body.indexOf(">", open) + 1;
    v = body[from - 2] === "/" ? "" : body.slice(from, body.indexOf("</", from));
  }
  if (v === undefined) return null;
  switch (type) {
    case "s":
      return sharedStrings[Number(v)] ?? null;
    case "str":
      return unescapeXml(v);
    case "b":
      return v.trim() === "1" || v.trim() === "true";
    case "e":
      return { error: unescapeXml(v) };
    case "d":
      return dateToSerial(new Date(`${v}${/Z|[+-]\d\d:?\d\d$/.test(v) ? "" : "Z"}`));
    default:
      return v.trim() === "" ? null : Number(v);
  }
}

function cellColumn(tag: string, next: number): number {
  const ref = attr(tag, "r");
  if (!ref) return next;
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code < 65) break;
    n = n * 26 + ((code & ~32) - 64);
  }
  return n - 1;
}

/** The cells of one <row> element's inner XML, with their XML, style and formula. */
export function scanCells(inner: string, sharedStrings: readonly string[]): ScannedCell[] {
  const cells: ScannedCell[] = [];
  let next = 0;
  CELL.lastIndex = 0;
  for (let m = CELL.exec(inner); m; m = CELL.exec(inner)) {
    const column = cellColumn(m[1], next);
    next = column + 1;
    const body = m[2] ?? "";
    const f = body.includes("<f") ? /<f\b([^>]*?)(?:\/>|>([^<]*)<\/f>)/.exec(body) : null;
    let shared: ScannedCell["shared"];
    if (f) {
      const fa = attributes(f[1]);
      if (fa.t === "shared" && fa.si !== undefined) shared = { index: fa.si, ref: fa.ref };
    }
    cells.push({
      column,
      xml: m[0],
      style: attr(m[1], "s"),
      value: cellValue(attr(m[1], "t"), body, sharedStrings),
      formula: f ? unescapeXml(f[2] ?? "") : undefined,
      shared,
    });
  }
  return cells;
}

/** Each cell of a row's inner XML by column (from 0) and value, without building cell objects. */
export function eachValue(
  inner: string,
  sharedStrings: readonly string[],
  visit: (column: number, value: RawCell) => void,
): void {
  let next = 0;
  CELL.lastIndex = 0;
  for (let m = CELL.exec(inner); m; m = CELL.exec(inner)) {
    const column = cellColumn(m[1], next);
    next = column + 1;
    visit(column, m[2] ? cellValue(attr(m[1], "t"), m[2], sharedStrings) : null);
  }
}

/** Only the values of a row's cells in columns [left, left + line.length), into `line`. */
export function scanValues(
  inner: string,
  sharedStrings: readonly string[],
  left: number,
  line: RawCell[],
): void {
  eachValue(inner, sharedStrings, (column, value) => {
    const c = column - left;
    if (c >= 0 && c < line.length) line[c] = value;
  });
}

/** What a sheet holds around its rows, kept as text when the sheet is rewritten. */
export interface SheetFrame {
  /** Everything before <sheetData>. */
  head: string;
  /** Everything after </sheetData>. */
  tail: string;
}

/**
 * Scan a sheet's XML, given as text chunks, row by row. Only complete rows are parsed; the rest of
 * the text waits for the next chunk. `onRow` returning false stops early (the rest is skipped).
 */
export async function scanSheet(
  chunks: AsyncIterable<string>,
  sharedStrings: readonly string[],
  onRow: (row: ScannedRow) => boolean | void,
  frame?: SheetFrame,
): Promise<void> {
  await scanRows(
    chunks,
    (row, attrs, inner) => onRow({ row, attrs, cells: inner ? scanCells(inner, sharedStrings) : [] }),
    frame,
  );
}

/** As scanSheet, each row given as its number (from 0), attributes and inner XML, unparsed. */
export async function scanRows(
  chunks: AsyncIterable<string>,
  onRow: (row: number, attrs: string, inner: string) => boolean | void,
  frame?: SheetFrame,
): Promise<void> {
  let buffer = "";
  let state: "head" | "rows" | "tail" = "head";
  let nextRow = 0;
  const ROW = /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g;
  for await (const chunk of chunks) {
    buffer += chunk;
    if (state === "head") {
      const start = /<(?:\w+:)?sheetData\b[^>]*?(\/?)>/.exec(buffer);
      if (!start) continue;
      if (frame) frame.head = buffer.slice(0, start.index);
      buffer = buffer.slice(start.index + start[0].length);
      state = start[1] === "/" ? "tail" : "rows";
    }
    if (state === "rows") {
      const end = buffer.indexOf("</sheetData>");
      const complete = end >= 0 ? buffer.slice(0, end) : buffer;
      let consumed = 0;
      ROW.lastIndex = 0;
      for (let m = ROW.exec(complete); m; m = ROW.exec(complete)) {
        consumed = m.index + m[0].length;
        const r = attr(m[1], "r");
        const row = r ? Number(r) - 1 : nextRow;
        nextRow = row + 1;
        // The row's number and spans are written again (spans may change); height and style stay.
        const kept = m[1].includes("=") ? m[1].replace(/\s(?:r|spans)\s*=\s*(?:"[^"]*"|'[^']*')/g, "") : m[1];
        if (onRow(row, kept, m[2] ?? "") === false && !frame) return;
      }
      // A row that is not complete yet stays in the buffer for the next chunk.
      if (end >= 0) {
        state = "tail";
        buffer = buffer.slice(end + "</sheetData>".length);
      } else buffer = buffer.slice(consumed);
    }
    if (state === "tail" && !frame) return;
  }
  if (frame) frame.tail = state === "tail" ? buffer : "";
}

/** A shared formula's text moved by (rows, columns): relative A1 references shift, $-fixed ones stay. */
export function shiftFormula(formula: string, rows: number, columns: number): string {
  return formula.replace(
    /("[^"]*")|('[^']*'!)|(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\w(])/g,
    (whole, str, sheet, cAbs, col: string, rAbs, row: string) => {
      if (str || sheet) return whole;
      let c = 0;
      for (const ch of col) c = c * 26 + ch.charCodeAt(0) - 64;
      const newCol = cAbs ? c : c + columns;
      const newRow = rAbs ? Number(row) : Number(row) + rows;
      let letters = "";
      for (let n = newCol; n > 0; n = Math.floor((n - 1) / 26))
        letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
      return `${cAbs}${letters}${rAbs}${newRow}`;
    },
  );
}
