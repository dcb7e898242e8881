/**
 * The parts of a table SalesPlan writes into a package: its block of cells on the sheet (header,
 * rows, a totals row of SUBTOTAL formulas) and its table part XML, and which cells around it stay.
 */
import { rangeAddress } from "../cells";
import type { PreparedTable, WriteCell } from "../outputs";
import { XlsxPackage, NS_MAIN, XML_DECLARATION, type TableInfo } from "./package";
import { blockHeight, type Block, type KeptRow, type PlanCell } from "./sheet-plan";
import { escapeXml, type ScannedCell } from "./xml";

export const TABLE_STYLE =
  '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>';
export const PAGE_MARGINS =
  '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';

export interface Area {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
}
export const inArea = (a: Area, r: number, c: number): boolean =>
  r >= a.top && r < a.top + a.rows && c >= a.left && c < a.left + a.columns;

export function filterKept(
  kept: ReadonlyMap<number, KeptRow>,
  keep: (cell: ScannedCell, row: number) => boolean,
): Map<number, KeptRow> {
  const out = new Map<number, KeptRow>();
  for (const [r, row] of kept) {
    const cells = row.cells.filter((c) => keep(c, r));
    if (cells.length || row.attrs.trim()) out.set(r, { attrs: row.attrs, cells });
  }
  return out;
}

/** A structured reference's column name: [ ] # ' are escaped with a quote. */
const structuredName = (header: string): string => header.replace(/(['#[\]])/g, "'$1");

export function tableBlock(
  output: PreparedTable,
  top: number,
  left: number,
  rows: readonly (readonly WriteCell[])[],
  styles: Block["styles"],
): Block {
  const width = output.columns.length;
  const totals = output.totals;
  const totalsRow: PlanCell[] | undefined = totals
    ? output.columns.map((c, i): PlanCell => {
        const value = totals[i];
        if (c.total)
          return {
            formula: `SUBTOTAL(109,${output.name}[${structuredName(c.header)}])`,
            result: Number(value ?? 0),
          };
        return value ?? null;
      })
    : undefined;
  return {
    table: output.name.toLowerCase(),
    top,
    left,
    width,
    header: output.headers,
    // Excel tables keep at least one data row; an empty result is one blank row.
    data: rows.length > 0 ? rows : [new Array<WriteCell>(width).fill(null)],
    totals: totalsRow,
    styles,
  };
}

export function blockRef(b: Block): string {
  return rangeAddress(b.top, b.left, blockHeight(b), b.width);
}

export function tableXml(info: TableInfo, output: PreparedTable): string {
  const b = XlsxPackage.bounds(info);
  const filter = rangeAddress(b.row, b.column, b.rows - (info.totalsRow ? 1 : 0), b.columns);
  const columns = output.columns
    .map((c, i) => {
      const label =
        info.totalsRow && i === 0 && typeof output.totals?.[0] === "string"
          ? ` totalsRowLabel="${escapeXml(output.totals[0])}"`
          : "";
      const sum = info.totalsRow && c.total ? ' totalsRowFunction="sum"' : "";
      return `<tableColumn id="${i + 1}" name="${escapeXml(c.header)}"${label}${sum}/>`;
    })
    .join("");
  const totals = info.totalsRow ? ' totalsRowCount="1"' : ' totalsRowShown="0"';
  return `${XML_DECLARATION}<table xmlns="${NS_MAIN}" id="${info.id}" name="${escapeXml(info.name)}" displayName="${escapeXml(info.name)}" ref="${info.ref}"${totals} headerRowCount="1"><autoFilter ref="${filter}"/><tableColumns count="${output.columns.length}">${columns}</tableColumns>${info.styleXml ?? TABLE_STYLE}</table>`;
}
