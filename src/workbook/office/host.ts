/**
 * The Office.js host: the same WorkbookHost as the .xlsx one, over `Excel.run` (or a given
 * runner, e.g. a test's in-memory Excel).
 */
import type { WriteControl } from "../cancel";
import type { TableFormulas } from "../formulas";
import type { ColumnMapping } from "../headers";
import { SalesPlanError } from "../../kernel/errors";
import type {
  CellTarget,
  Ownership,
  TableRequest,
  UndoReport,
  WorkbookContents,
  WorkbookHost,
  WriteOptions,
  WriteReport,
} from "../host";
import { workbookMessages } from "../messages";
import type { InputTableSpec } from "../inputs";
import { REGISTRY_SHEET } from "../ownership";
import { SETTINGS_SHEET } from "../settings";
import type { WriteCell, WriteTable } from "../outputs";
import type { ParsedTable } from "../parse";
import type { SheetDraft, WrittenSheet } from "../printSheet";
import { ownershipOf } from "../plan";
import { excelRun, type ExcelRunner } from "./context";
import { readOfficeFormulas } from "./formulas";
import { inspectWorkbook, STAGING_SHEET, UNDO_SHEET } from "./inspect";
import { writeOfficeSheet } from "./printSheet";
import { readOfficeTables } from "./read";
import { readOfficeSetting, writeOfficeSetting } from "./settings";
import { fingerprintTables, undoOfficeWrite, type UndoPoint } from "./undo";
import { writeOfficeTables } from "./write";

export interface OfficeHostOptions {
  readonly run?: ExcelRunner;
  /** Largest JSON of values in one request or answer (default 4 MB, under the 5 MB limit). */
  readonly blockBytes?: number;
}

export class OfficeWorkbookHost implements WorkbookHost {
  private readonly run: ExcelRunner;
  /** The last write, kept for its undo (only while no other write has run). */
  private undoPoint: { id: string; point: UndoPoint; checked: boolean } | null = null;
  private writes = 0;

  constructor(private readonly options: OfficeHostOptions = {}) {
    this.run = options.run ?? excelRun;
  }

  contents(): Promise<WorkbookContents> {
    return this.run(async (context) => {
      const snapshot = await inspectWorkbook(context, []);
      const hidden = new Set([REGISTRY_SHEET, STAGING_SHEET, SETTINGS_SHEET, UNDO_SHEET]);
      return { tables: snapshot.tableNames, sheets: snapshot.sheetNames.filter((n) => !hidden.has(n)) };
    });
  }

  ownership(name: string): Promise<Ownership> {
    return this.run(async (context) => ownershipOf(name, await inspectWorkbook(context, [name])));
  }

  ownerships(names: readonly string[]): Promise<ReadonlyMap<string, Ownership>> {
    return this.run(async (context) => {
      const snapshot = await inspectWorkbook(context, names);
      return new Map(names.map((name) => [name, ownershipOf(name, snapshot)]));
    });
  }

  async readTable(spec: InputTableSpec, mapping: ColumnMapping = {}): Promise<ParsedTable> {
    const [table] = await this.readTables([{ spec, mapping }]);
    return table;
  }

  readTables(requests: readonly TableRequest[]): Promise<ParsedTable[]> {
    return this.run((context) =>
      readOfficeTables(context, requests, { blockBytes: this.options.blockBytes }),
    );
  }

  formulaCells(tables: readonly string[], limit?: number): Promise<TableFormulas[]> {
    return this.run((context) => readOfficeFormulas(context, tables, limit, this.options.blockBytes));
  }

  writeTables(
    outputs: readonly WriteTable[],
    now = new Date(),
    control?: WriteControl,
    options: WriteOptions = {},
  ): Promise<WriteReport> {
    // Any write ends the last one's undo (its backups describe tables this one may change).
    this.undoPoint = null;
    const id = `write-${++this.writes}`;
    return this.run(async (context) => {
      const { blockBytes } = this.options;
      const { tables, kept } = await writeOfficeTables(context, outputs, now, {
        blockBytes,
        control,
        keepUndo: options.keepUndo,
      });
      if (!kept) return { tables };
      // The tables as the write left them: the undo refuses once they differ.
      // Without one (a read that failed) there is no undo; the write itself has gone through.
      const fingerprint = await fingerprintTables(
        context,
        tables.map((t) => t.name),
        blockBytes,
      ).catch(() => null);
      if (!fingerprint) return { tables };
      this.undoPoint = { id, point: { kept, fingerprint }, checked: true };
      return { tables, undo: id };
    });
  }

  canUndo(id: string): boolean {
    return this.undoPoint?.id === id;
  }

  undoLastWrite(id: string, auditRow?: readonly WriteCell[]): Promise<UndoReport> {
    const last = this.undoPoint;
    if (!last || last.id !== id) return Promise.reject(new SalesPlanError(workbookMessages.undoNotAvailable));
    return this.run(async (context) => {
      try {
        const report = await undoOfficeWrite(context, last.point, auditRow, {
          blockBytes: this.options.blockBytes,
          checked: last.checked,
        });
        this.undoPoint = null;
        return report;
      } catch (error) {
        // Stopped part-way: running it again finishes it (its own changes would fail the checks).
        if (error instanceof SalesPlanError && error.template === workbookMessages.undoFailed)
          this.undoPoint = { ...last, checked: false };
        throw error;
      }
    });
  }

  writePrintSheet(draft: SheetDraft, now = new Date()): Promise<WrittenSheet> {
    return this.run((context) => writeOfficeSheet(context, draft, now));
  }

  select(target: CellTarget): Promise<void> {
    return this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(target.sheet).load("name");
      const table = target.table
        ? context.workbook.tables.getItemOrNullObject(target.table).load("name")
        : undefined;
      await context.sync();
      if (sheet.isNullObject) throw new SalesPlanError(workbookMessages.sheetGone, { sheet: target.sheet });
      // select() shows the range's sheet too; a table that has gone falls back to its sheet.
      if (target.cell) sheet.getRange(target.cell).select();
      else if (table && !table.isNullObject) table.getRange().select();
      else sheet.activate();
      await context.sync();
    });
  }

  readSetting(key: string): Promise<string | null> {
    return readOfficeSetting(this.run, key);
  }

  writeSetting(key: string, text: string | null): Promise<void> {
    return writeOfficeSetting(this.run, key, text);
  }
}
