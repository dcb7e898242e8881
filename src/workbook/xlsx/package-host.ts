/**
 * The command line's .xlsx host: the file as a package of parts (src/workbook/xlsx/package.ts),
 * not an in-memory model of every cell. Input tables are read by streaming their sheet; the
 * sheets SalesPlan writes are rewritten (cells around its tables kept as they were) and every
 * other part of the file is copied byte for byte at the save, which goes through a temporary
 * file renamed over the target, so a failed run never leaves a half-written file.
 *
 * It behaves as XlsxWorkbookHost (the exceljs host, kept for building workbooks in memory) does:
 * the same snapshot, plan and ownership rules from the shared modules.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { throwIfCancelled, type WriteControl } from "../cancel";
import { FormulaCollector, type TableFormulas } from "../formulas";
import type { ColumnMapping } from "../headers";
import {
  readOneByOne,
  type Ownership,
  type TableRequest,
  type WorkbookContents,
  type WorkbookHost,
  type WriteReport,
  type WrittenTable,
} from "../host";
import type { InputTableSpec } from "../inputs";
import {
  dataRowsOnSheet,
  registryGrid,
  REGISTRY_SHEET,
  type ExistingTable,
  type UsedBlock,
} from "../ownership";
import { withMergeProblems } from "../merges";
import { newSheetPosition, type WriteCell, type WriteTable } from "../outputs";
import { noHeaderResult, notFoundResult, parseTable, sheetBlockToRawTable, type ParsedTable } from "../parse";
import {
  ownershipOf,
  planWrite,
  registryFromCells,
  updatedRegistry,
  type PlannedTable,
  type WorkbookSnapshot,
} from "../plan";
import { SETTINGS_SHEET } from "../settings";
import { isServiceSheet } from "../serviceSheets";
import type { RawCell, RawTable } from "../types";
import { XlsxPackage, NS_MAIN, NS_REL, XML_DECLARATION, type SheetInfo, type TableInfo } from "./package";
import {
  blockHeight,
  planRows,
  planXml,
  readPlanBlock,
  planExtent,
  type Block,
  type KeptRow,
  type SheetPlan,
} from "./sheet-plan";
import { openWorkbookFile, toWriteCell, XLSX_SERVICE_SHEETS } from "./common";
import { StyleBook } from "./styles";
import { blockRef, filterKept, inArea, PAGE_MARGINS, tableBlock, tableXml, type Area } from "./table-part";
import {
  eachValue,
  scanRows,
  scanSheet,
  scanValues,
  shiftFormula,
  type ScannedCell,
  type ScannedRow,
  type SheetFrame,
} from "./xml";

export { shiftFormula } from "./xml";

export class XlsxPackageHost implements WorkbookHost {
  private readonly plans = new Map<string, SheetPlan>();
  /** Merged ranges of sheets already scanned from the file, by part. */
  private readonly merges = new Map<string, string[]>();
  private styleBook: StyleBook | undefined;

  constructor(readonly pkg: XlsxPackage) {}

  static create(): XlsxPackageHost {
    return new XlsxPackageHost(XlsxPackage.empty());
  }

  static async open(file: string): Promise<XlsxPackageHost> {
    return new XlsxPackageHost(await openWorkbookFile(file, () => XlsxPackage.open(file)));
  }

  /** Write the workbook to `file` through a temporary file in the same folder, then rename. */
  async save(file: string): Promise<void> {
    for (const [part, plan] of this.plans) this.pkg.setPart(part, () => planXml(plan));
    if (this.styleBook?.dirty) this.pkg.setPart(this.pkg.stylesPath(), this.styleBook.text);
    const dir = path.dirname(path.resolve(file));
    const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
    try {
      await this.pkg.save(temp);
      await fs.rename(temp, file);
    } catch (error) {
      await fs.rm(temp, { force: true });
      throw error;
    }
  }

  async contents(): Promise<WorkbookContents> {
    return {
      tables: this.pkg.tables.map((t) => ({ name: t.name, sheet: this.sheetOf(t).name })),
      sheets: this.pkg.sheets.map((s) => s.name).filter((n) => !isServiceSheet(n)),
    };
  }

  async ownership(name: string): Promise<Ownership> {
    return ownershipOf(name, await this.snapshot([]));
  }

  async ownerships(names: readonly string[]): Promise<ReadonlyMap<string, Ownership>> {
    const snapshot = await this.snapshot([]);
    return new Map(names.map((name) => [name, ownershipOf(name, snapshot)]));
  }

  readTables(requests: readonly TableRequest[]): Promise<ParsedTable[]> {
    return readOneByOne(this, requests);
  }

  async readTable(spec: InputTableSpec, mapping: ColumnMapping = {}): Promise<ParsedTable> {
    const raw = await this.findRaw(spec.name);
    if (raw === "no-header") return noHeaderResult(spec.name, spec.name);
    if (!raw)
      return notFoundResult(
        spec.name,
        [...this.pkg.tables.map((t) => t.name), ...this.pkg.sheets.map((s) => s.name)],
        XLSX_SERVICE_SHEETS,
      );
    const part = this.pkg.sheets.find((x) => x.name === raw.sheet)?.path;
    return withMergeProblems(parseTable(raw, spec, mapping), raw, part ? await this.mergedRanges(part) : []);
  }

  /** A sheet's merged ranges ("B6:C6"): its <mergeCell> elements, which follow the rows. */
  private async mergedRanges(part: string): Promise<string[]> {
    const plan = this.plans.get(part);
    const seen = plan ? undefined : this.merges.get(part);
    if (seen) return seen;
    const found = new Set<string>();
    const collect = (text: string) => {
      for (const ref of mergesIn(text)) found.add(ref);
    };
    if (plan) collect(plan.tail);
    else {
      // A match may span two chunks: each chunk is searched with the end of the one before.
      let carry = "";
      for await (const chunk of this.pkg.sheetText(part)) {
        collect(carry + chunk);
        carry = chunk.slice(-256);
      }
    }
    return [...found];
  }

  async formulaCells(names: readonly string[], limit?: number): Promise<TableFormulas[]> {
    const out: TableFormulas[] = [];
    for (const name of names) {
      const t = this.findTable(name);
      if (!t) continue;
      const b = XlsxPackage.bounds(t);
      const collector = new FormulaCollector(t.name, this.sheetOf(t).name, t.columns, b.row, b.column, limit);
      const first = b.row + 1;
      const last = b.row + b.rows - 1 - (t.totalsRow ? 1 : 0);
      const masters = new Map<string, { formula: string; row: number; column: number }>();
      await this.eachRow(t.sheetPath, (row) => {
        if (row.row > last) return false;
        for (const cell of row.cells) {
          if (cell.shared?.ref !== undefined && cell.formula)
            masters.set(cell.shared.index, { formula: cell.formula, row: row.row, column: cell.column });
          if (row.row < first || cell.column < b.column || cell.column >= b.column + b.columns) continue;
          if (cell.formula === undefined) continue;
          const master = cell.shared && !cell.formula ? masters.get(cell.shared.index) : undefined;
          const text = master
            ? shiftFormula(master.formula, row.row - master.row, cell.column - master.column)
            : cell.formula;
          collector.add(row.row - first, cell.column - b.column, `=${text}`);
        }
        return true;
      });
      out.push(collector.result());
    }
    return out;
  }

  async writeTables(
    outputs: readonly WriteTable[],
    now = new Date(),
    control?: WriteControl,
  ): Promise<WriteReport> {
    throwIfCancelled(control?.signal);
    const snapshot = await this.snapshot(outputs.map((o) => o.name));
    const planned = planWrite(outputs, snapshot);
    control?.onProgress?.({ stage: "commit", done: 0, total: 1 });
    throwIfCancelled(control?.signal);
    // Everything is checked; the changes below are to this session's parts, made durable by `save`.
    const written: WrittenTable[] = [];
    for (const p of planned) written.push(await this.writeOne(p));
    await this.writeRegistry(updatedRegistry(snapshot.registry, planned, now));
    control?.onProgress?.({ stage: "commit", done: 1, total: 1 });
    return { tables: written };
  }

  async readSetting(key: string): Promise<string | null> {
    const rows = await this.settingRows();
    const found = rows.find((r) => r[0] === key);
    return found && typeof found[1] === "string" ? found[1] : null;
  }

  async writeSetting(key: string, text: string | null): Promise<void> {
    const rows = await this.settingRows();
    const at = rows.findIndex((r) => r[0] === key);
    if (text === null) {
      if (at < 0) return;
      rows.splice(at, 1);
    } else if (at >= 0) rows[at] = [key, text];
    else rows.push([key, text]);
    await this.replaceGrid(SETTINGS_SHEET, rows);
  }

  private async settingRows(): Promise<WriteCell[][]> {
    const sheet = this.findSheet(SETTINGS_SHEET);
    if (!sheet) return [];
    const values = await this.readBlock(sheet.path, 0, 0, Infinity, 2);
    return values
      .filter((r) => typeof r[0] === "string" && r[0] !== "")
      .map((r) => [r[0] as string, typeof r[1] === "string" ? r[1] : null]);
  }

  private sheetOf(t: TableInfo): SheetInfo {
    const s = this.pkg.sheets.find((x) => x.path === t.sheetPath);
    if (!s) throw new Error(`table ${t.name} has no sheet`);
    return s;
  }

  private findTable(name: string): TableInfo | undefined {
    return this.pkg.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  }

  private findSheet(name: string): SheetInfo | undefined {
    return this.pkg.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  private get styles(): StyleBook {
    this.styleBook ??= new StyleBook(this.pkg.text(this.pkg.stylesPath()) ?? "");
    return this.styleBook;
  }

  /** Rows of a sheet in order, from its plan when rewritten in this session, else from the file. */
  private async eachRow(
    part: string,
    onRow: (row: ScannedRow) => boolean | void,
    frame?: SheetFrame,
  ): Promise<void> {
    const plan = this.plans.get(part);
    if (plan) {
      if (frame) {
        frame.head = plan.head;
        frame.tail = plan.tail;
      }
      for (const row of planRows(plan)) if (onRow(row) === false && !frame) return;
      return;
    }
    await scanSheet(this.pkg.sheetText(part), this.pkg.sharedStrings, onRow, frame);
  }

  /** Values of a block (from 0); `rows` may be Infinity for "to the last row". */
  private async readBlock(
    part: string,
    top: number,
    left: number,
    rows: number,
    columns: number,
  ): Promise<RawCell[][]> {
    const plan = this.plans.get(part);
    if (plan && Number.isFinite(rows)) return readPlanBlock(plan, top, left, rows, columns);
    const out: RawCell[][] = [];
    const bottom = top + rows - 1;
    const onRow = (row: number, _attrs: string, inner: string): boolean => {
      if (row > bottom) return false;
      if (row >= top && inner) {
        const line = (out[row - top] ??= new Array<RawCell>(columns).fill(null));
        scanValues(inner, this.pkg.sharedStrings, left, line);
      }
      return true;
    };
    if (plan) {
      for (const row of planRows(plan)) {
        if (row.row > bottom) break;
        if (row.row < top) continue;
        const line = (out[row.row - top] ??= new Array<RawCell>(columns).fill(null));
        for (const c of row.cells)
          if (c.column >= left && c.column < left + columns) line[c.column - left] = c.value;
      }
    } else {
      // The scan reads on past the rows to the sheet's end for its merged cells, noted for
      // mergedRanges, so a table is decompressed and scanned once.
      const frame: SheetFrame = { head: "", tail: "" };
      await scanRows(this.pkg.sheetText(part), onRow, frame);
      this.merges.set(part, mergesIn(frame.tail));
    }
    const height = Number.isFinite(rows) ? rows : out.length;
    for (let r = 0; r < height; r++) out[r] ??= new Array<RawCell>(columns).fill(null);
    return out;
  }

  /** The block holding values (from 0), or undefined for an empty sheet. */
  private async usedBlock(part: string): Promise<UsedBlock | undefined> {
    const plan = this.plans.get(part);
    if (plan) {
      // Blocks hold values by construction; kept cells count when they hold one.
      const values: SheetPlan = { ...plan, kept: filterKept(plan.kept, (c) => !isBlank(c.value)) };
      const e = planExtent(values);
      return e && { bottom: e.bottom, right: e.right };
    }
    let bottom = -1;
    let right = -1;
    await scanRows(this.pkg.sheetText(part), (row, _attrs, inner) =>
      eachValue(inner, this.pkg.sharedStrings, (column, value) => {
        if (isBlank(value)) return;
        bottom = Math.max(bottom, row);
        right = Math.max(right, column);
      }),
    );
    return bottom < 0 ? undefined : { bottom, right };
  }

  private async findRaw(name: string): Promise<RawTable | "no-header" | undefined> {
    const table = this.findTable(name);
    if (table) {
      const b = XlsxPackage.bounds(table);
      const values = await this.readBlock(table.sheetPath, b.row, b.column, b.rows, b.columns);
      const dataEnd = values.length - (table.totalsRow ? 1 : 0);
      return {
        sheet: this.sheetOf(table).name,
        table: table.name,
        headerRow: b.row,
        firstColumn: b.column,
        headers: values[0] ?? [],
        rows: values.slice(1, Math.max(1, dataEnd)),
      };
    }
    const sheet = this.findSheet(name);
    if (!sheet || isServiceSheet(sheet.name)) return undefined;
    const used = await this.usedBlock(sheet.path);
    if (!used) return "no-header";
    const values = await this.readBlock(sheet.path, 0, 0, used.bottom + 1, used.right + 1);
    return sheetBlockToRawTable(sheet.name, 0, 0, values) ?? "no-header";
  }

  /** The snapshot the plan rules need; used blocks only of the sheets holding tables named in `names`. */
  private async snapshot(names: readonly string[]): Promise<WorkbookSnapshot> {
    const tables = new Map<string, ExistingTable>();
    const used = new Map<string, UsedBlock | undefined>();
    const wanted = new Set(names.map((n) => n.toLowerCase()));
    for (const t of this.pkg.tables) {
      const b = XlsxPackage.bounds(t);
      const sheet = this.sheetOf(t);
      tables.set(t.name.toLowerCase(), {
        name: t.name,
        sheet: sheet.name,
        // A table's column names are its header cells' text (Excel keeps them equal).
        headers: t.columns,
        top: b.row,
        left: b.column,
        rows: b.rows - 1 - (t.totalsRow ? 1 : 0),
        columns: b.columns,
        hasTotals: t.totalsRow,
      });
      if (wanted.has(t.name.toLowerCase()) && !used.has(sheet.name.toLowerCase()))
        used.set(sheet.name.toLowerCase(), await this.usedBlock(sheet.path));
    }
    const registry = this.findSheet(REGISTRY_SHEET);
    const cells = registry ? await this.readBlock(registry.path, 0, 0, Infinity, REGISTRY_WIDTH) : undefined;
    return {
      tables,
      sheets: new Set(this.pkg.sheets.map((s) => s.name.toLowerCase())),
      registry: registryFromCells(cells && cells.length ? cells : undefined),
      used,
    };
  }

  private async writeOne({ output, plan }: PlannedTable): Promise<WrittenTable> {
    const s = this.styles;
    const dataStyles = output.columns.map((c) => s.cellStyle(c.numberFormat));
    if (plan.kind === "create") {
      const sheet = this.pkg.addSheet(
        output.sheet,
        newSheetPosition(
          this.pkg.sheets.map((x) => x.name),
          output.sheet,
        ),
      );
      const part = this.pkg.addTablePart(sheet.path);
      const block = tableBlock(output, 0, 0, output.rows, {
        header: output.columns.map(() => s.cellStyle("General", true)),
        data: dataStyles,
        totals: output.columns.map((c) => s.cellStyle(c.total ? c.numberFormat : "General", true)),
      });
      const cols = output.columns
        .map(
          (c, i) =>
            `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1" style="${dataStyles[i]}"/>`,
        )
        .join("");
      this.plans.set(sheet.path, {
        head: `${XML_DECLARATION}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><dimension ref="A1"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols>`,
        tail: `${PAGE_MARGINS}<tableParts count="1"><tablePart r:id="${part.rid}"/></tableParts></worksheet>`,
        kept: new Map(),
        blocks: [block],
      });
      const info: TableInfo = {
        name: output.name,
        id: part.id,
        ref: blockRef(block),
        path: part.path,
        sheetPath: sheet.path,
        totalsRow: Boolean(output.totals),
        columns: [...output.headers],
        styleXml: undefined,
      };
      this.pkg.tables.push(info);
      this.pkg.setPart(info.path, tableXml(info, output));
      return { name: output.name, sheet: output.sheet, rows: output.rows.length, created: true };
    }

    const existing = plan.existing;
    const info = this.findTable(existing.name);
    if (!info) throw new Error(`table ${existing.name} vanished`);
    const oldArea: Area = {
      top: existing.top,
      left: existing.left,
      rows: 1 + dataRowsOnSheet(existing.rows) + (existing.hasTotals ? 1 : 0),
      columns: existing.columns,
    };
    // Read what the sheet holds: the cells around the table are kept; the old table's values
    // (for an append) and the styles of its header, first data row and totals are taken over.
    const old = new Map<number, Map<number, ScannedCell>>();
    const kept = new Map<number, KeptRow>();
    const frame: SheetFrame = { head: "", tail: "" };
    const previous = this.plans.get(info.sheetPath);
    const onRow = (row: ScannedRow): void => {
      const outside: ScannedCell[] = [];
      for (const cell of row.cells) {
        if (inArea(oldArea, row.row, cell.column)) {
          let line = old.get(row.row);
          if (!line) old.set(row.row, (line = new Map()));
          line.set(cell.column, cell);
        } else outside.push(cell);
      }
      if (outside.length || row.attrs.trim()) kept.set(row.row, { attrs: row.attrs, cells: outside });
    };
    if (previous) {
      // Rewritten before in this session: its other tables stay blocks, this one is read back.
      frame.head = previous.head;
      frame.tail = previous.tail;
      const own = previous.blocks.filter((b) => b.table === existing.name.toLowerCase());
      for (const row of planRows({ ...previous, blocks: own })) onRow(row);
    } else await this.eachRow(info.sheetPath, onRow, frame);
    const oldValue = (r: number, c: number): RawCell =>
      old.get(existing.top + r)?.get(existing.left + c)?.value ?? null;
    const oldStyle = (r: number, c: number): string | undefined =>
      old.get(existing.top + r)?.get(existing.left + c)?.style;
    const append =
      output.mode === "append"
        ? Array.from({ length: existing.rows }, (_, r) =>
            Array.from({ length: existing.columns }, (_, c) => toWriteCell(oldValue(r + 1, c))),
          ).filter((r) => r.some((c) => c !== null))
        : [];
    const rows = append.length ? [...append, ...output.rows] : output.rows;
    // The user's formatting of the first data row carries over to every new row.
    const keep = (r: number, j: number, fallback: string): string =>
      j < existing.columns ? (oldStyle(r, j) ?? fallback) : fallback;
    const firstData = existing.rows > 0 ? 1 : -1;
    const block = tableBlock({ ...output, name: existing.name }, existing.top, existing.left, rows, {
      header: output.columns.map((_, j) => keep(0, j, s.cellStyle("General", true))),
      data: output.columns.map((_, j) => (firstData > 0 ? keep(firstData, j, dataStyles[j]) : dataStyles[j])),
      totals: output.columns.map((c, j) =>
        existing.hasTotals
          ? keep(oldArea.rows - 1, j, s.cellStyle(c.total ? c.numberFormat : "General", true))
          : s.cellStyle(c.total ? c.numberFormat : "General", true),
      ),
    });
    const newArea: Area = {
      top: block.top,
      left: block.left,
      rows: blockHeight(block),
      columns: block.width,
    };
    const others = (previous?.blocks ?? []).filter((b) => b.table !== existing.name.toLowerCase());
    this.plans.set(info.sheetPath, {
      head: frame.head,
      tail: frame.tail,
      kept: filterKept(kept, (c, r) => !inArea(newArea, r, c.column)),
      blocks: [...others, block],
    });
    info.ref = blockRef(block);
    info.totalsRow = Boolean(output.totals);
    info.columns = [...output.headers];
    this.pkg.setPart(info.path, tableXml(info, output));
    return { name: existing.name, sheet: this.sheetOf(info).name, rows: rows.length, created: false };
  }

  private async writeRegistry(entries: Parameters<typeof registryGrid>[0]): Promise<void> {
    await this.replaceGrid(REGISTRY_SHEET, registryGrid(entries));
  }

  /** Replace a very hidden sheet of SalesPlan's own (registry, settings) with a grid of values. */
  private async replaceGrid(name: string, grid: readonly (readonly WriteCell[])[]): Promise<void> {
    const sheet = this.findSheet(name) ?? this.pkg.addSheet(name, this.pkg.sheets.length, "veryHidden");
    this.pkg.setSheetState(sheet, "veryHidden");
    const frame: SheetFrame = { head: "", tail: "" };
    if (this.pkg.has(sheet.path) && this.pkg.text(sheet.path) !== "")
      await this.eachRow(sheet.path, () => true, frame);
    const width = Math.max(1, ...grid.map((r) => r.length));
    const block: Block = {
      table: undefined,
      top: 0,
      left: 0,
      width,
      header: undefined,
      data: grid.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null)),
      totals: undefined,
      styles: { header: [], data: [], totals: [] },
    };
    this.plans.set(sheet.path, {
      head:
        frame.head ||
        `${XML_DECLARATION}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><dimension ref="A1"/>`,
      tail: frame.tail || `${PAGE_MARGINS}</worksheet>`,
      kept: new Map(),
      blocks: grid.length ? [block] : [],
    });
  }
}

const REGISTRY_WIDTH = 5;

/** The merged ranges ("B6:C6") of the <mergeCell> elements in a sheet's XML. */
function mergesIn(text: string): string[] {
  return [...text.matchAll(/<mergeCell\b[^>]*?\bref="([^"]+)"/g)].map((m) => m[1]);
}

function isBlank(v: RawCell): boolean {
  return v === null || v === "";
}
