/**
 * The one interface between SalesPlan and a workbook. Two hosts implement it: Office.js inside
 * Excel (src/workbook/office) and .xlsx files through exceljs (src/workbook/xlsx). Everything they
 * share (header matching, parsing, formats, ownership, block sizing) is in the pure modules beside
 * this file, so both behave the same.
 */
import type { WriteControl } from "./cancel";
import type { TableFormulas } from "./formulas";
import type { ColumnMapping } from "./headers";
import type { InputTableSpec } from "./inputs";
import type { WriteCell, WriteTable } from "./outputs";
import type { ParsedTable } from "./parse";
import type { SheetDraft, WrittenSheet } from "./printSheet";

/** Who holds a name in the workbook, as the task pane shows it before a run. */
export type Ownership = "absent" | "salesplan" | "foreign";

export interface TableSummary {
  readonly name: string;
  readonly sheet: string;
}

export interface WorkbookContents {
  readonly tables: readonly TableSummary[];
  readonly sheets: readonly string[];
}

export interface WrittenTable {
  readonly name: string;
  readonly sheet: string;
  /** Data rows in the table after the write. */
  readonly rows: number;
  readonly created: boolean;
}

/** One table to read: the spec and the user's column mapping. */
export interface TableRequest {
  readonly spec: InputTableSpec;
  readonly mapping?: ColumnMapping;
}

/** Where a problem is, for "Go to cell": a cell on a sheet, or a whole table (its sheet as fallback). */
export interface CellTarget {
  readonly sheet: string;
  /** "D3"; absent: the table, else the sheet. */
  readonly cell?: string;
  /** The Excel table's name, when the target is the table. */
  readonly table?: string;
}

export interface WriteReport {
  readonly tables: readonly WrittenTable[];
  /** Set when the host kept what the write replaced (WriteOptions.keepUndo): undoLastWrite's id. */
  readonly undo?: string;
}

export interface WriteOptions {
  /** Keep what the write replaces so undoLastWrite can put it back (the pane; the CLI has no undo). */
  readonly keepUndo?: boolean;
}

/** What an undo put back: each table of the write with its data rows now, or null when it went. */
export interface UndoReport {
  readonly tables: readonly { readonly name: string; readonly sheet: string; readonly rows: number | null }[];
}

export interface WorkbookHost {
  /** Tables and sheets present, for pickers and messages. */
  contents(): Promise<WorkbookContents>;
  /** Whether a name is free, SalesPlan's own, or someone else's table or sheet. */
  ownership(name: string): Promise<Ownership>;
  /** ownership() of several names from one look at the workbook (inside Excel: one Excel.run). */
  ownerships(names: readonly string[]): Promise<ReadonlyMap<string, Ownership>>;
  /**
   * Read an input table: the Excel table of the spec's name, else a sheet of that name with a
   * header row. Never throws for bad data: every problem is in the result's `problems`.
   */
  readTable(spec: InputTableSpec, mapping?: ColumnMapping): Promise<ParsedTable>;
  /**
   * readTable() of several tables, in the order asked. Inside Excel they are found and read in one
   * Excel.run, their values sharing requests, so a batch costs about the syncs of its largest table.
   */
  readTables(requests: readonly TableRequest[]): Promise<ParsedTable[]>;
  /**
   * The formula cells in the data rows (not the header or totals row) of the named tables, the
   * first `limit` (default 5) listed and all counted; tables that do not exist are left out.
   */
  formulaCells(tables: readonly string[], limit?: number): Promise<TableFormulas[]>;
  /**
   * Create or replace the output tables (as given, or already prepared), all or nothing: everything is validated and checked
   * before the first change, and a failure part-way leaves the previous tables as they were.
   * Throws SalesPlanError with the reason. `control` reports progress and can cancel up to the
   * commit; a cancelled write throws (workbookMessages.cancelled) and changes nothing.
   */
  writeTables(
    outputs: readonly WriteTable[],
    now?: Date,
    control?: WriteControl,
    options?: WriteOptions,
  ): Promise<WriteReport>;
  /**
   * Put every table of the last write back as it was (created ones deleted), all at once, with
   * `auditRow` (prepared) in place of the SalesAudit row that write appended. Only the write whose
   * report carried `id`, and only while its tables are as it left them; it refuses otherwise
   * before any change. Hosts without a user (the command line) leave it out.
   */
  undoLastWrite?(id: string, auditRow?: readonly WriteCell[]): Promise<UndoReport>;
  /** Whether undoLastWrite(id) may still go (no write since); it may still refuse an edited table. */
  canUndo?(id: string): boolean;
  /**
   * The text saved under `key` (a key from settings.ts `settingKey`) in this workbook, or null.
   * Inside Excel these are the add-in's workbook settings; in an .xlsx, a very hidden sheet.
   */
  readSetting(key: string): Promise<string | null>;
  /** Save `text` under `key` in the workbook (null removes it). Touches nothing else. */
  writeSetting(key: string, text: string | null): Promise<void>;
  /**
   * Create or replace a printable values-only sheet SalesPlan owns (a plan letter), whole or not
   * at all; a sheet or table of that name SalesPlan did not write stops it before any change.
   * Hosts that write one-rep files instead (the command line) leave it out.
   */
  writePrintSheet?(draft: SheetDraft, now?: Date): Promise<WrittenSheet>;
  /**
   * Show the user a place in the workbook: activate its sheet and select the cell (or the table).
   * Changes no value. Hosts without a user in front of them (the command line) leave it out.
   */
  select?(target: CellTarget): Promise<void>;
}

/** readTables() for a host where a read costs no round trip (an .xlsx in memory): one table at a time. */
export async function readOneByOne(
  host: Pick<WorkbookHost, "readTable">,
  requests: readonly TableRequest[],
): Promise<ParsedTable[]> {
  const out: ParsedTable[] = [];
  for (const { spec, mapping } of requests) out.push(await host.readTable(spec, mapping));
  return out;
}
