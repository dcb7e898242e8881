/**
 * The .xlsx host (Node only): an exceljs workbook in memory, saved atomically (a temporary file
 * renamed over the target), so a failed run never leaves a half-written file.
 */
import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { throwIfCancelled, type WriteControl } from "../cancel";
import { parseRangeAddress, rangeAddress } from "../cells";
import { FormulaCollector, type TableFormulas } from "../formulas";
import { headerText, type ColumnMapping } from "../headers";
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
import { newSheetPosition, type PreparedTable, type WriteCell, type WriteTable } from "../outputs";
import { noHeaderResult, notFoundResult, parseTable, sheetBlockToRawTable, type ParsedTable } from "../parse";
import {
  ownershipOf,
  planWrite,
  registryFromCells,
  updatedRegistry,
  type PlannedTable,
  type WorkbookSnapshot,
} from "../plan";
import { isServiceSheet } from "../serviceSheets";
import type { RawCell, RawTable } from "../types";
import { fromExcelJs } from "./cells";
import { openWorkbookFile, toWriteCell, XLSX_SERVICE_SHEETS } from "./common";
import { readXlsxSetting, writeXlsxSetting } from "./settings";

const TABLE_STYLE = "TableStyleMedium2";

interface LoadedTable {
  readonly worksheet: ExcelJS.Worksheet;
  readonly table: ExcelJS.Table;
  readonly model: ExcelJS.TableProperties & { tableRef?: string; totalsRow?: boolean };
}

export class XlsxWorkbookHost implements WorkbookHost {
  constructor(readonly workbook: ExcelJS.Workbook) {}

  static create(): XlsxWorkbookHost {
    const workbook = new ExcelJS.Workbook();
    workbook.creator = "SalesPlan";
    return new XlsxWorkbookHost(workbook);
  }

  static async open(file: string): Promise<XlsxWorkbookHost> {
    const workbook = new ExcelJS.Workbook();
    await openWorkbookFile(file, () => workbook.xlsx.readFile(file));
    return new XlsxWorkbookHost(workbook);
  }

  /** Write the workbook to `file` through a temporary file in the same folder, then rename. */
  async save(file: string): Promise<void> {
    const dir = path.dirname(path.resolve(file));
    const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
    try {
      await this.workbook.xlsx.writeFile(temp);
      await fs.rename(temp, file);
    } catch (error) {
      await fs.rm(temp, { force: true });
      throw error;
    }
  }

  async contents(): Promise<WorkbookContents> {
    const tables = this.tables().map((t) => ({ name: t.model.name, sheet: t.worksheet.name }));
    const sheets = this.workbook.worksheets.filter((w) => !isServiceSheet(w.name)).map((w) => w.name);
    return { tables, sheets };
  }

  async ownership(name: string): Promise<Ownership> {
    return ownershipOf(name, this.snapshot());
  }

  async ownerships(names: readonly string[]): Promise<ReadonlyMap<string, Ownership>> {
    const snapshot = this.snapshot();
    return new Map(names.map((name) => [name, ownershipOf(name, snapshot)]));
  }

  readTables(requests: readonly TableRequest[]): Promise<ParsedTable[]> {
    return readOneByOne(this, requests);
  }

  async readTable(spec: InputTableSpec, mapping: ColumnMapping = {}): Promise<ParsedTable> {
    const raw = this.findRaw(spec.name);
    if (raw === "no-header") return noHeaderResult(spec.name, spec.name);
    if (!raw)
      return notFoundResult(
        spec.name,
        [...this.tables().map((t) => t.model.name), ...this.workbook.worksheets.map((w) => w.name)],
        XLSX_SERVICE_SHEETS,
      );
    return withMergeProblems(
      parseTable(raw, spec, mapping),
      raw,
      mergedRanges(this.workbook.getWorksheet(raw.sheet)),
    );
  }

  async formulaCells(names: readonly string[], limit?: number): Promise<TableFormulas[]> {
    const out: TableFormulas[] = [];
    for (const name of names) {
      const t = this.findTable(name);
      if (!t) continue;
      const bounds = tableBounds(t);
      const headers = readBlock(t.worksheet, bounds.row, bounds.column, 1, bounds.columns)[0].map(headerText);
      const collector = new FormulaCollector(
        t.model.name,
        t.worksheet.name,
        headers,
        bounds.row,
        bounds.column,
        limit,
      );
      const dataRows = bounds.rows - 1 - (t.model.totalsRow ? 1 : 0);
      for (let r = 0; r < dataRows; r++) {
        const row = t.worksheet.getRow(bounds.row + r + 2);
        for (let c = 0; c < bounds.columns; c++) {
          const cell = row.getCell(bounds.column + c + 1);
          // exceljs keeps formulas without the "=" (shared ones translated to this cell).
          if (cell.type === ExcelJS.ValueType.Formula) collector.add(r, c, `=${cell.formula ?? ""}`);
        }
      }
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
    const snapshot = this.snapshot();
    const planned = planWrite(outputs, snapshot);
    // The last point to stop: the changes below run in one go, with nothing to wait for.
    control?.onProgress?.({ stage: "commit", done: 0, total: 1 });
    throwIfCancelled(control?.signal);
    // Everything is checked; the changes below only touch this in-memory workbook, and only
    // `save` makes them durable.
    const written: WrittenTable[] = planned.map((p) => this.writeOne(p));
    this.writeRegistry(updatedRegistry(snapshot.registry, planned, now));
    control?.onProgress?.({ stage: "commit", done: 1, total: 1 });
    return { tables: written };
  }

  async readSetting(key: string): Promise<string | null> {
    return readXlsxSetting(this.workbook, key);
  }

  async writeSetting(key: string, text: string | null): Promise<void> {
    writeXlsxSetting(this.workbook, key, text);
  }

  private tables(): LoadedTable[] {
    return this.workbook.worksheets.flatMap((worksheet) =>
      // exceljs types getTables() oddly; at run time it is the Table objects.
      (worksheet.getTables() as unknown as ExcelJS.Table[]).map((table) => ({
        worksheet,
        table,
        model: (table as unknown as { table: LoadedTable["model"] }).table,
      })),
    );
  }

  private findTable(name: string): LoadedTable | undefined {
    return this.tables().find((t) => t.model.name.toLowerCase() === name.toLowerCase());
  }

  private findSheet(name: string): ExcelJS.Worksheet | undefined {
    return this.workbook.worksheets.find((w) => w.name.toLowerCase() === name.toLowerCase());
  }

  private findRaw(name: string): RawTable | "no-header" | undefined {
    const table = this.findTable(name);
    if (table) {
      const bounds = tableBounds(table);
      const values = readBlock(table.worksheet, bounds.row, bounds.column, bounds.rows, bounds.columns);
      const dataEnd = values.length - (table.model.totalsRow ? 1 : 0);
      return {
        sheet: table.worksheet.name,
        table: table.model.name,
        headerRow: bounds.row,
        firstColumn: bounds.column,
        headers: values[0] ?? [],
        rows: values.slice(1, Math.max(1, dataEnd)),
      };
    }
    const sheet = this.findSheet(name);
    if (!sheet || isServiceSheet(sheet.name)) return undefined;
    const used = usedBlock(sheet);
    if (!used) return "no-header";
    const values = readBlock(sheet, 0, 0, used.bottom + 1, used.right + 1);
    return sheetBlockToRawTable(sheet.name, 0, 0, values) ?? "no-header";
  }

  private snapshot(): WorkbookSnapshot {
    const tables = new Map<string, ExistingTable>();
    const used = new Map<string, UsedBlock | undefined>();
    for (const t of this.tables()) {
      const bounds = tableBounds(t);
      const headers = readBlock(t.worksheet, bounds.row, bounds.column, 1, bounds.columns)[0].map(headerText);
      const hasTotals = Boolean(t.model.totalsRow);
      tables.set(t.model.name.toLowerCase(), {
        name: t.model.name,
        sheet: t.worksheet.name,
        headers,
        top: bounds.row,
        left: bounds.column,
        rows: bounds.rows - 1 - (hasTotals ? 1 : 0),
        columns: bounds.columns,
        hasTotals,
      });
      used.set(t.worksheet.name.toLowerCase(), usedBlock(t.worksheet));
    }
    const registrySheet = this.findSheet(REGISTRY_SHEET);
    const registryUsed = registrySheet ? usedBlock(registrySheet) : undefined;
    const registryCells =
      registrySheet && registryUsed
        ? readBlock(registrySheet, 0, 0, registryUsed.bottom + 1, registryUsed.right + 1)
        : undefined;
    return {
      tables,
      sheets: new Set(this.workbook.worksheets.map((w) => w.name.toLowerCase())),
      registry: registryFromCells(registryCells),
      used,
    };
  }

  private writeOne({ output, plan }: PlannedTable): WrittenTable {
    if (plan.kind === "create") {
      const before = this.workbook.worksheets.map((w) => w.name);
      const worksheet = this.workbook.addWorksheet(output.sheet);
      const order = this.workbook.worksheets.filter((w) => w !== worksheet);
      order.splice(newSheetPosition(before, output.sheet), 0, worksheet);
      // exceljs writes sheets by orderNo (a field its typings leave out).
      order.forEach((w, i) => ((w as unknown as { orderNo: number }).orderNo = i + 1));
      output.columns.forEach((c, i) => {
        const column = worksheet.getColumn(i + 1);
        column.width = c.width;
        column.numFmt = c.numberFormat;
      });
      addTable(worksheet, output, 0, 0, output.rows, TABLE_STYLE, true);
      worksheet.getRow(1).font = { bold: true };
      return { name: output.name, sheet: output.sheet, rows: output.rows.length, created: true };
    }
    const existing = plan.existing;
    const loaded = this.findTable(existing.name);
    if (!loaded) throw new Error(`table ${existing.name} vanished`);
    const { worksheet, model } = loaded;
    const oldHeight = 1 + dataRowsOnSheet(existing.rows) + (existing.hasTotals ? 1 : 0);
    const oldValues = readBlock(worksheet, existing.top, existing.left, oldHeight, existing.columns);
    const kept =
      output.mode === "append" ? oldValues.slice(1, 1 + existing.rows).map((r) => r.map(toWriteCell)) : [];
    const rows = [...kept.filter((r) => r.some((c) => c !== null)), ...output.rows];
    // The user's formatting of the first data row carries over to every new row.
    const rowStyles = output.columns.map((_, j) =>
      existing.rows > 0 && j < existing.columns
        ? cloneStyle(worksheet.getCell(existing.top + 2, existing.left + j + 1).style)
        : undefined,
    );
    for (let r = 0; r < oldHeight; r++) {
      for (let c = 0; c < existing.columns; c++) {
        const cell = worksheet.getCell(existing.top + r + 1, existing.left + c + 1);
        cell.value = null;
      }
    }
    worksheet.removeTable(existing.name);
    const style = (model.style?.theme as string | undefined) ?? TABLE_STYLE;
    addTable(
      worksheet,
      { ...output, name: existing.name },
      existing.top,
      existing.left,
      rows,
      style,
      Boolean(model.style?.showRowStripes ?? true),
    );
    const outputColumns = output.columns;
    for (let r = 0; r < dataRowsOnSheet(rows.length); r++) {
      for (let j = 0; j < outputColumns.length; j++) {
        const cell = worksheet.getCell(existing.top + r + 2, existing.left + j + 1);
        const kept = rowStyles[j];
        if (kept) cell.style = cloneStyle(kept);
        else cell.numFmt = outputColumns[j].numberFormat;
      }
    }
    return { name: existing.name, sheet: worksheet.name, rows: rows.length, created: false };
  }

  private writeRegistry(entries: Parameters<typeof registryGrid>[0]): void {
    const sheet =
      this.findSheet(REGISTRY_SHEET) ?? this.workbook.addWorksheet(REGISTRY_SHEET, { state: "veryHidden" });
    sheet.state = "veryHidden";
    const used = usedBlock(sheet);
    if (used) {
      for (let r = 0; r <= used.bottom; r++)
        for (let c = 0; c <= used.right; c++) sheet.getCell(r + 1, c + 1).value = null;
    }
    registryGrid(entries).forEach((row, r) => row.forEach((v, c) => (sheet.getCell(r + 1, c + 1).value = v)));
  }
}

/** A sheet's merged ranges ("B6:C6"); exceljs keeps them by master cell (its `model` would copy every row). */
function mergedRanges(sheet: ExcelJS.Worksheet | undefined): string[] {
  const merges = (sheet as unknown as { _merges?: Record<string, { range: string }> } | undefined)?._merges;
  return Object.values(merges ?? {}).map((m) => m.range);
}

function tableBounds(t: LoadedTable): { row: number; column: number; rows: number; columns: number } {
  const ref = t.model.tableRef ?? (t.model as { ref?: string }).ref ?? "A1";
  const bounds = parseRangeAddress(ref);
  // A table model built in this session may still have only its top-left ref.
  if (!ref.includes(":")) {
    const width = t.model.columns.length;
    const rows = (t.model.rows?.length ?? 0) + 1 + (t.model.totalsRow ? 1 : 0);
    return { ...bounds, rows, columns: width };
  }
  return bounds;
}

function readBlock(
  sheet: ExcelJS.Worksheet,
  row: number,
  column: number,
  rows: number,
  columns: number,
): RawCell[][] {
  const out: RawCell[][] = [];
  for (let r = 0; r < rows; r++) {
    const line: RawCell[] = [];
    const sheetRow = sheet.getRow(row + r + 1);
    for (let c = 0; c < columns; c++) line.push(fromExcelJs(sheetRow.getCell(column + c + 1).value));
    out.push(line);
  }
  return out;
}

/** The block holding values (from 0), or undefined for an empty sheet. */
function usedBlock(sheet: ExcelJS.Worksheet): UsedBlock | undefined {
  let bottom = -1;
  let right = -1;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.value === null || cell.value === undefined || cell.value === "") return;
      bottom = Math.max(bottom, rowNumber - 1);
      right = Math.max(right, colNumber - 1);
    });
  });
  return bottom < 0 ? undefined : { bottom, right };
}

function cloneStyle(style: Partial<ExcelJS.Style>): Partial<ExcelJS.Style> {
  return JSON.parse(JSON.stringify(style ?? {})) as Partial<ExcelJS.Style>;
}

function addTable(
  worksheet: ExcelJS.Worksheet,
  output: PreparedTable,
  top: number,
  left: number,
  rows: readonly (readonly WriteCell[])[],
  theme: string,
  stripes: boolean,
): void {
  const totals = output.totals;
  const width = output.columns.length;
  // Excel tables keep at least one data row; an empty result is one blank row.
  const body = rows.length > 0 ? rows : [new Array<WriteCell>(width).fill(null)];
  worksheet.addTable({
    name: output.name,
    ref: rangeAddress(top, left, 1, 1).split(":")[0],
    headerRow: true,
    totalsRow: Boolean(totals),
    style: { theme: theme as ExcelJS.TableStyleProperties["theme"], showRowStripes: stripes },
    columns: output.columns.map((c, i) => {
      const total = totals?.[i];
      return {
        name: c.header,
        filterButton: true,
        ...(totals && i === 0 && typeof total === "string" ? { totalsRowLabel: total } : {}),
        ...(c.total ? { totalsRowFunction: "sum" as const, totalsRowResult: total as number } : {}),
      };
    }),
    rows: body.map((r) => [...r]),
  });
  if (totals) {
    const totalRow = worksheet.getRow(top + 1 + body.length + 1);
    totalRow.font = { bold: true };
    output.columns.forEach((c, i) => {
      if (c.total) totalRow.getCell(left + i + 1).numFmt = c.numberFormat;
    });
  }
}
