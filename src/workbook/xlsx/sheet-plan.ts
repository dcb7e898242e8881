/**
 * A sheet SalesPlan rewrites, held until the save as what it will contain: the cells it keeps
 * (their XML as read), and blocks of values (a table: header, data, totals; or a plain grid).
 * The save streams it out as XML row by row; reads in the same session come from it directly.
 */
import { cellAddress, columnLetters, rangeAddress } from "../cells";
import type { WriteCell } from "../outputs";
import type { RawCell } from "../types";
import { escapeXml, type ScannedCell, type ScannedRow } from "./xml";

/** A totals-row sum: its formula and the value it comes to. */
export interface FormulaCell {
  readonly formula: string;
  readonly result: number;
}
export type PlanCell = WriteCell | FormulaCell;

export interface Block {
  /** The table this block is, lower-cased; undefined for a plain grid. */
  readonly table: string | undefined;
  readonly top: number;
  readonly left: number;
  readonly width: number;
  readonly header: readonly PlanCell[] | undefined;
  readonly data: readonly (readonly WriteCell[])[];
  readonly totals: readonly PlanCell[] | undefined;
  /** Cell style indexes by column, for the header, data and totals rows. */
  readonly styles: {
    readonly header: readonly (string | undefined)[];
    readonly data: readonly (string | undefined)[];
    readonly totals: readonly (string | undefined)[];
  };
}

export interface KeptRow {
  readonly attrs: string;
  readonly cells: readonly ScannedCell[];
}

export interface SheetPlan {
  readonly head: string;
  readonly tail: string;
  readonly kept: ReadonlyMap<number, KeptRow>;
  readonly blocks: readonly Block[];
}

export const blockHeight = (b: Block): number => (b.header ? 1 : 0) + b.data.length + (b.totals ? 1 : 0);

/** The cell of a block at a sheet position, or undefined outside it. */
function blockCell(
  b: Block,
  row: number,
  column: number,
): { value: PlanCell; style: string | undefined } | undefined {
  const c = column - b.left;
  let r = row - b.top;
  if (c < 0 || c >= b.width || r < 0) return undefined;
  if (b.header) {
    if (r === 0) return { value: b.header[c] ?? null, style: b.styles.header[c] };
    r--;
  }
  if (r < b.data.length) return { value: b.data[r][c] ?? null, style: b.styles.data[c] };
  if (b.totals && r === b.data.length) return { value: b.totals[c] ?? null, style: b.styles.totals[c] };
  return undefined;
}

const isFormula = (v: PlanCell): v is FormulaCell => v !== null && typeof v === "object";

/** A block cell as SpreadsheetML. Strings are inline strings: no shared-string table to rebuild. */
export function cellXml(ref: string, style: string | undefined, value: PlanCell): string {
  const s = style === undefined ? "" : ` s="${style}"`;
  if (value === null) return style === undefined ? "" : `<c r="${ref}"${s}/>`;
  if (typeof value === "number") return `<c r="${ref}"${s}><v>${value}</v></c>`;
  if (typeof value === "boolean") return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  if (typeof value === "string") {
    const space = /^\s|\s$/.test(value) ? ' xml:space="preserve"' : "";
    return `<c r="${ref}"${s} t="inlineStr"><is><t${space}>${escapeXml(value)}</t></is></c>`;
  }
  return `<c r="${ref}"${s}><f>${escapeXml(value.formula)}</f><v>${value.result}</v></c>`;
}

/** The value a reader sees in a plan cell (a formula by its result). */
const rawOf = (v: PlanCell): RawCell => (isFormula(v) ? v.result : v);

/** The block of values at (top, left), rows x columns, as RawCells. */
export function readPlanBlock(
  plan: SheetPlan,
  top: number,
  left: number,
  rows: number,
  columns: number,
): RawCell[][] {
  const out: RawCell[][] = Array.from({ length: rows }, () => new Array<RawCell>(columns).fill(null));
  for (const b of plan.blocks) {
    const from = Math.max(top, b.top);
    const to = Math.min(top + rows, b.top + blockHeight(b));
    for (let r = from; r < to; r++) {
      for (let c = Math.max(left, b.left); c < Math.min(left + columns, b.left + b.width); c++) {
        const cell = blockCell(b, r, c);
        if (cell) out[r - top][c - left] = rawOf(cell.value);
      }
    }
  }
  for (const [r, row] of plan.kept) {
    if (r < top || r >= top + rows) continue;
    for (const cell of row.cells)
      if (cell.column >= left && cell.column < left + columns) out[r - top][cell.column - left] = cell.value;
  }
  return out;
}

/** Every row of the plan in order, cells as a scan of the saved sheet would see them. */
export function* planRows(plan: SheetPlan): Generator<ScannedRow> {
  for (const r of rowOrder(plan)) {
    const kept = plan.kept.get(r);
    const cells: ScannedCell[] = [...(kept?.cells ?? [])];
    for (const b of plan.blocks) {
      if (r < b.top || r >= b.top + blockHeight(b)) continue;
      for (let c = b.left; c < b.left + b.width; c++) {
        const cell = blockCell(b, r, c);
        if (!cell) continue;
        const xml = cellXml(cellAddress(r, c), cell.style, cell.value);
        if (xml)
          cells.push({
            column: c,
            xml,
            style: cell.style,
            value: rawOf(cell.value),
            formula: isFormula(cell.value) ? cell.value.formula : undefined,
          });
      }
    }
    cells.sort((a, b) => a.column - b.column);
    yield { row: r, attrs: kept?.attrs ?? "", cells };
  }
}

function rowOrder(plan: SheetPlan): number[] {
  const rows = new Set(plan.kept.keys());
  for (const b of plan.blocks) for (let r = b.top; r < b.top + blockHeight(b); r++) rows.add(r);
  return [...rows].sort((a, b) => a - b);
}

/** The used range (from 0) of what the plan holds, or undefined when it holds nothing. */
export function planExtent(
  plan: SheetPlan,
): { top: number; left: number; bottom: number; right: number } | undefined {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const b of plan.blocks) {
    top = Math.min(top, b.top);
    left = Math.min(left, b.left);
    bottom = Math.max(bottom, b.top + blockHeight(b) - 1);
    right = Math.max(right, b.left + b.width - 1);
  }
  for (const [r, row] of plan.kept) {
    for (const c of row.cells) {
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c.column);
      right = Math.max(right, c.column);
    }
  }
  return bottom < 0 ? undefined : { top, left, bottom, right };
}

/** The XML of the cells of row `r` (from 0) in block `b`, each cell with its address. */
function blockRowCells(b: Block, r: number, letters: readonly string[]): { column: number; xml: string }[] {
  const out: { column: number; xml: string }[] = [];
  const n = r + 1;
  for (let c = 0; c < b.width; c++) {
    const cell = blockCell(b, r, b.left + c);
    if (!cell) continue;
    const xml = cellXml(`${letters[c]}${n}`, cell.style, cell.value);
    if (xml) out.push({ column: b.left + c, xml });
  }
  return out;
}

/** A data row of a block as XML, the common case made quick: no objects per cell. */
function dataRowXml(values: readonly WriteCell[], n: number, prefixes: readonly string[]): string {
  let xml = "";
  for (let c = 0; c < prefixes.length; c++) {
    const value = values[c] ?? null;
    const p = prefixes[c];
    if (value === null) xml += `${p}${n}"/>`;
    else if (typeof value === "number") xml += `${p}${n}"><v>${value}</v></c>`;
    else if (typeof value === "string") {
      const space = value.length && (value.charCodeAt(0) <= 32 || value.charCodeAt(value.length - 1) <= 32);
      xml += `${p}${n}" t="inlineStr"><is><t${space ? ' xml:space="preserve"' : ""}>${escapeXml(value)}</t></is></c>`;
    } else xml += `${p}${n}" t="b"><v>${value ? 1 : 0}</v></c>`;
  }
  return xml;
}

/** The sheet's XML in chunks of a few thousand rows, the dimension updated to what it holds. */
export function* planXml(plan: SheetPlan): Generator<string> {
  const extent = planExtent(plan);
  const dimension = extent
    ? `<dimension ref="${rangeAddress(extent.top, extent.left, extent.bottom - extent.top + 1, extent.right - extent.left + 1)}"/>`
    : '<dimension ref="A1"/>';
  const head = /<(\w+:)?dimension\b[^>]*\/>/.test(plan.head)
    ? plan.head.replace(/<(\w+:)?dimension\b[^>]*\/>/, dimension)
    : plan.head;
  yield `${head}<sheetData>`;
  const letters = new Map<Block, string[]>();
  const prefixes = new Map<Block, string[]>();
  for (const b of plan.blocks) {
    const l = Array.from({ length: b.width }, (_, c) => columnLetters(b.left + c));
    letters.set(b, l);
    // `<c s="3" r="B` : the row number and the rest follow; the style attribute comes first so the
    // prefix is the same on every row.
    prefixes.set(
      b,
      l.map((x, c) => `<c${b.styles.data[c] === undefined ? "" : ` s="${b.styles.data[c]}"`} r="${x}`),
    );
  }
  let parts: string[] = [];
  for (const r of rowOrder(plan)) {
    const kept = plan.kept.get(r);
    const n = r + 1;
    const attrs = kept?.attrs ?? "";
    const blocks = plan.blocks.filter((b) => r >= b.top && r < b.top + blockHeight(b));
    let cells = "";
    const d = blocks.length === 1 ? blocks[0] : undefined;
    const dataIndex = d ? r - d.top - (d.header ? 1 : 0) : -1;
    if (d && !kept?.cells.length && dataIndex >= 0 && dataIndex < d.data.length) {
      cells = dataRowXml(d.data[dataIndex], n, prefixes.get(d) as string[]);
    } else {
      const all: { column: number; xml: string }[] = (kept?.cells ?? []).map((c) => ({
        column: c.column,
        xml: withRef(c.xml, `${columnLetters(c.column)}${n}`),
      }));
      for (const b of blocks) all.push(...blockRowCells(b, r, letters.get(b) as string[]));
      all.sort((a, b) => a.column - b.column);
      for (const c of all) cells += c.xml;
    }
    parts.push(cells ? `<row r="${n}"${attrs}>${cells}</row>` : `<row r="${n}"${attrs}/>`);
    if (parts.length >= 2000) {
      yield parts.join("");
      parts = [];
    }
  }
  yield `${parts.join("")}</sheetData>${plan.tail}`;
}

/** A kept cell's XML with its r attribute set (cells read without one get it written). */
function withRef(xml: string, ref: string): string {
  if (/^<c\b[^>]*?\sr="/.test(xml)) return xml;
  return xml.replace(/^<c\b/, `<c r="${ref}"`);
}
