/**
 * Writing output tables through Office.js, all or nothing, in few requests:
 *
 * 1. inspect (2 syncs): what exists under the output names; ownership is checked before any change;
 * 2. stage (one sync per ~4 MB): every row goes to a hidden staging sheet in row blocks sized under
 *    Excel on the web's 5 MB request limit (halved and retried on RequestPayloadSizeLimitExceeded).
 *    A failure here leaves the output tables untouched;
 * 3. commit (1 sync): back up the old tables' values to the staging sheet, then resize and fill each
 *    table from the staging sheet with server-side copies (tiny requests), update the ownership
 *    list and delete the staging sheet;
 * 4. if the commit fails part-way, restore (3 syncs): the old values, formats, sizes and totals go back.
 *
 * With keepUndo the commit keeps the backups instead of dropping them: the staging sheet becomes the
 * very hidden undo sheet (its staged rows cleared) for undo.ts. Any write drops the previous one.
 *
 * With a control, progress is reported per staged block and before the commit, the event loop gets
 * a turn between syncs, and a cancel is honoured up to the commit: it takes the failure path of
 * step 2 (only the staging sheet goes), so the previous tables stay whole.
 */
import { SalesPlanError } from "../../kernel/errors";
import { yieldToEventLoop, throwIfCancelled, type WriteControl } from "../cancel";
import { rangeAddress } from "../cells";
import { DEFAULT_BLOCK_BYTES, isPayloadTooLarge, planBlocks, rowBytes } from "../chunks";
import type { WriteReport, WrittenTable } from "../host";
import { workbookMessages } from "../messages";
import { dataRowsOnSheet, registryGrid, REGISTRY_SHEET, type ExistingTable } from "../ownership";
import { newSheetPosition, type PreparedTable, type WriteTable } from "../outputs";
import { planWrite, updatedRegistry, type PlannedTable } from "../plan";
import { inspectWorkbook, STAGING_SHEET, UNDO_SHEET, type OfficeSnapshot } from "./inspect";

export interface OfficeWriteOptions {
  /** Largest JSON of values sent in one request; under the 5 MB limit with room for the envelope. */
  readonly blockBytes?: number;
  /** Progress per staged block, and a cancel honoured until the commit. */
  readonly control?: WriteControl;
  /**
   * Diagnostics only: end the commit's batch with an action Excel refuses (ItemNotFound) before
   * the staging sheet goes, so a real Excel runs the restore path.
   */
  readonly interruptCommit?: boolean;
  /** Keep the replaced tables' backups on the undo sheet, for undoOfficeWrite (undo.ts). */
  readonly keepUndo?: boolean;
}

/** What a write with keepUndo leaves for its undo: where the backups are and what the write did. */
export interface KeptWrite {
  readonly snapshot: OfficeSnapshot;
  readonly layouts: readonly Layout[];
  /** The registry as the write left it. */
  readonly registry: ReturnType<typeof updatedRegistry>;
}

export interface OfficeWriteReport extends WriteReport {
  /** Set when the write kept its backups (keepUndo) and committed. */
  readonly kept?: KeptWrite;
}

/** The sheet the interrupted commit asks for: no workbook can have it (":" is not allowed in names). */
const INTERRUPT_SHEET = "SalesPlan:interrupted";

/** Marks, inside the staging sheet, that the backups are complete (the commit's first action). */
const BACKUP_MARK = "SalesPlan backup complete";

/** Excel column width in characters to the points Office.js uses (Calibri 11: 7 px a character + 5 px). */
function widthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

function quoteSheet(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

export interface Layout {
  readonly planned: PlannedTable;
  /** Staging column where this table's new rows start. */
  readonly stageColumn: number;
  /** Staging column of the old table's backup (header and data), for tables being replaced. */
  readonly backupColumn: number | undefined;
}

interface Piece {
  readonly layout: Layout;
  readonly start: number;
  readonly count: number;
  readonly bytes: number;
}

function piecesOf(layout: Layout, start: number, count: number, budget: number): Piece[] {
  const rows = layout.planned.output.rows.slice(start, start + count);
  return planBlocks(rows.map(rowBytes), budget).map((b) => ({
    layout,
    start: start + b.start,
    count: b.count,
    bytes: b.bytes,
  }));
}

/** How many syncs the queue takes when packed as the staging loop packs it. */
function batchCount(queue: readonly Piece[], budget: number): number {
  let count = 0;
  let bytes = 0;
  for (const piece of queue) {
    if (count > 0 && bytes + piece.bytes <= budget) bytes += piece.bytes;
    else {
      count++;
      bytes = piece.bytes;
    }
  }
  return count;
}

/** An error as the reason a message quotes: Office.js code and message, the code once. */
export function describe(error: unknown): string {
  if (error instanceof SalesPlanError) return error.message;
  const e = error as { code?: unknown; message?: unknown };
  const code = typeof e?.code === "string" ? e.code : "";
  const message = typeof e?.message === "string" ? e.message : "";
  if (message.startsWith(code)) return message || String(error);
  return [code, message].filter((x) => x !== "").join(": ");
}

export async function writeOfficeTables(
  context: Excel.RequestContext,
  outputs: readonly WriteTable[],
  now: Date,
  options: OfficeWriteOptions = {},
): Promise<OfficeWriteReport> {
  const { control } = options;
  /** Before a sync: say where the run is, let the pane paint and take clicks, stop if cancelled. */
  const step = async (stage: "write" | "commit", done: number, total: number): Promise<void> => {
    if (!control) return;
    control.onProgress?.({ stage, done, total });
    await yieldToEventLoop();
    throwIfCancelled(control.signal);
  };
  throwIfCancelled(control?.signal);
  let snapshot: OfficeSnapshot;
  try {
    snapshot = await inspectWorkbook(
      context,
      outputs.map((o) => o.name),
    );
  } catch (error) {
    throw new SalesPlanError(workbookMessages.writeFailedRestored, { reason: describe(error) });
  }
  if (control) {
    await yieldToEventLoop();
    throwIfCancelled(control.signal);
  }
  const planned = planWrite(outputs, snapshot);

  let column = 0;
  const layouts: Layout[] = planned.map((p) => {
    const stageColumn = column;
    column += p.output.columns.length;
    return { planned: p, stageColumn, backupColumn: undefined };
  });
  layouts.forEach((l, i) => {
    if (l.planned.plan.kind === "replace") {
      layouts[i] = { ...l, backupColumn: column };
      column += l.planned.plan.existing.columns;
    }
  });

  let staged = false;
  const staging = (): Excel.Worksheet => {
    if (staged) return context.workbook.worksheets.getItem(STAGING_SHEET);
    if (snapshot.stagingExists) context.workbook.worksheets.getItem(STAGING_SHEET).delete();
    const sheet = context.workbook.worksheets.add(STAGING_SHEET);
    sheet.visibility = "Hidden";
    // Staged text stays text: with "@" Excel never reads "=x" or "001" as a formula or a number.
    for (const l of layouts) {
      l.planned.output.columns.forEach((c, j) => {
        if (c.kind === "text" && l.planned.output.rows.length > 0) {
          setFormat(sheet.getRangeByIndexes(0, l.stageColumn + j, l.planned.output.rows.length, 1), "@");
        }
      });
    }
    return sheet;
  };

  const budget0 = options.blockBytes ?? DEFAULT_BLOCK_BYTES;
  let budget = budget0;
  let queue: Piece[] = layouts.flatMap((l) => piecesOf(l, 0, l.planned.output.rows.length, budget));
  let sent = 0;
  try {
    while (queue.length > 0) {
      await step("write", sent, sent + batchCount(queue, budget));
      const sheet = staging();
      const batch: Piece[] = [];
      let bytes = 0;
      while (queue.length > 0 && (batch.length === 0 || bytes + queue[0].bytes <= budget)) {
        const piece = queue.shift() as Piece;
        batch.push(piece);
        bytes += piece.bytes;
      }
      for (const p of batch) {
        const { output } = p.layout.planned;
        sheet.getRangeByIndexes(p.start, p.layout.stageColumn, p.count, output.columns.length).values =
          output.rows.slice(p.start, p.start + p.count) as unknown[][];
      }
      try {
        // One sync per ~4 MB of rows by design: each request must stay under the 5 MB limit.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        staged = true;
        sent++;
      } catch (error) {
        if (!isPayloadTooLarge(error)) throw error;
        // The request was refused whole: send the same rows again in halves.
        if (batch.length === 1 && batch[0].count === 1) {
          throw new SalesPlanError(workbookMessages.blockTooLarge, {
            table: batch[0].layout.planned.output.name,
            bytes: batch[0].bytes,
          });
        }
        budget = Math.max(1, Math.floor(Math.min(budget, bytes) / 2));
        const retry = batch.flatMap((p) => piecesOf(p.layout, p.start, p.count, budget));
        queue = [...retry, ...queue];
      }
    }
    // The last point to stop: from here on the commit runs whole or is restored.
    await step("commit", 0, 1);
  } catch (error) {
    // Nothing but the staging sheet has changed.
    await dropStaging(context).catch(() => undefined);
    if (error instanceof SalesPlanError) throw error;
    throw new SalesPlanError(workbookMessages.writeFailedRestored, { reason: describe(error) });
  }

  const written: WrittenTable[] = [];
  try {
    const sheet = staging();
    // Backups first, then the mark, then the changes: a failed commit can tell whether to restore.
    for (const l of layouts) {
      if (l.planned.plan.kind !== "replace" || l.backupColumn === undefined) continue;
      const old = l.planned.plan.existing;
      const height = 1 + dataRowsOnSheet(old.rows) + (old.hasTotals ? 1 : 0);
      const source = context.workbook.worksheets
        .getItem(old.sheet)
        .getRangeByIndexes(old.top, old.left, height, old.columns);
      const backup = sheet.getRangeByIndexes(0, l.backupColumn, height, old.columns);
      backup.copyFrom(source, "Values");
      backup.copyFrom(source, "Formats");
    }
    sheet.getRangeByIndexes(0, column, 1, 1).values = [[BACKUP_MARK]];
    // Sheets in tab order as the commit adds them, to place each new output sheet.
    const tabs = [...snapshot.sheetNames.filter((n) => n !== STAGING_SHEET), STAGING_SHEET];
    for (const l of layouts) written.push(applyTable(context, sheet, l, tabs));
    const registry = updatedRegistry(snapshot.registry, planned, now);
    writeRegistry(context, snapshot, registry);
    if (options.interruptCommit) context.workbook.worksheets.getItem(INTERRUPT_SHEET).position = 0;
    // The previous undo point goes with any write: its backups describe tables this write changed.
    if (snapshot.sheetNames.includes(UNDO_SHEET))
      deleteVeryHidden(context.workbook.worksheets.getItem(UNDO_SHEET));
    if (options.keepUndo) keepAsUndo(sheet, layouts, column);
    else sheet.delete();
    await context.sync();
    control?.onProgress?.({ stage: "commit", done: 1, total: 1 });
    if (options.keepUndo) return { tables: written, kept: { snapshot, layouts, registry } };
  } catch (commitError) {
    try {
      // A sync can fail after Excel ran the whole batch (the answer was lost): then it is done.
      if (await restore(context, snapshot, layouts, column)) return { tables: written };
    } catch (restoreError) {
      throw new SalesPlanError(workbookMessages.writeFailedNotRestored, {
        reason: describe(commitError),
        restoreReason: describe(restoreError),
        tables: planned.map((p) => p.output.name).join(", "),
      });
    }
    throw new SalesPlanError(workbookMessages.writeFailedRestored, { reason: describe(commitError) });
  }
  return { tables: written };
}

/**
 * The staging sheet, renamed, becomes the undo sheet: the backups stay in their columns, the staged
 * new rows (the columns before them) and the mark go. Very hidden, as the registry.
 */
function keepAsUndo(sheet: Excel.Worksheet, layouts: readonly Layout[], markColumn: number): void {
  const backups = layouts.flatMap((l) => (l.backupColumn === undefined ? [] : [l.backupColumn]));
  const staged = Math.min(markColumn, ...backups);
  const rows = Math.max(1, ...layouts.map((l) => l.planned.output.rows.length));
  if (staged > 0) sheet.getRangeByIndexes(0, 0, rows, staged).clear();
  sheet.getRangeByIndexes(0, markColumn, 1, 1).clear();
  // Hidden before the rename: the last use of this handle under the staging name.
  sheet.visibility = "VeryHidden";
  sheet.name = UNDO_SHEET;
}

/** Office.js accepts one value for a whole range ("applied to all cells"); the typings want a grid. */
function setFormat(range: Excel.Range, format: string): void {
  (range as unknown as { numberFormat: unknown }).numberFormat = format;
}

function totalsRow(output: PreparedTable): unknown[][] {
  return [
    output.columns.map((c, j) => {
      if (c.total) return `=SUBTOTAL(109,[${c.header.replace(/(['#[\]])/g, "'$1")}])`;
      const label = output.totals?.[j];
      return typeof label === "string" ? label : "";
    }),
  ];
}

function applyTable(
  context: Excel.RequestContext,
  staging: Excel.Worksheet,
  layout: Layout,
  tabs: string[],
): WrittenTable {
  const { output, plan } = layout.planned;
  const width = output.columns.length;
  const n = output.rows.length;
  const staged = (rows: number): Excel.Range => staging.getRangeByIndexes(0, layout.stageColumn, rows, width);

  if (plan.kind === "create") {
    const sheet = context.workbook.worksheets.add(output.sheet);
    const position = newSheetPosition(tabs, output.sheet);
    if (position < tabs.length) sheet.position = position;
    tabs.splice(position, 0, output.sheet);
    const body = dataRowsOnSheet(n);
    output.columns.forEach((c, j) => {
      setFormat(sheet.getRangeByIndexes(1, j, body + (output.totals ? 1 : 0), 1), c.numberFormat);
      sheet.getRangeByIndexes(0, j, 1, 1).format.columnWidth = widthPoints(c.width);
    });
    const header = sheet.getRangeByIndexes(0, 0, 1, width);
    setFormat(header, "@");
    header.values = [[...output.headers]];
    if (n > 0) sheet.getRangeByIndexes(1, 0, n, width).copyFrom(staged(n), "Values");
    const table = sheet.tables.add(
      `${quoteSheet(output.sheet)}!${rangeAddress(0, 0, 1 + body, width)}`,
      true,
    );
    table.name = output.name;
    if (output.totals) {
      table.showTotals = true;
      table.getTotalRowRange().formulas = totalsRow(output);
    }
    return { name: output.name, sheet: output.sheet, rows: n, created: true };
  }

  const old = plan.existing;
  const sheet = context.workbook.worksheets.getItem(old.sheet);
  const table = context.workbook.tables.getItem(old.name);
  const rows = output.mode === "append" ? old.rows + n : n;
  const body = dataRowsOnSheet(rows);
  const oldBody = dataRowsOnSheet(old.rows);
  const oldHeight = 1 + oldBody + (old.hasTotals ? 1 : 0);
  if (old.hasTotals) table.showTotals = false;
  table.resize(`${quoteSheet(old.sheet)}!${rangeAddress(old.top, old.left, 1 + body, width)}`);
  // Cells the old table used and the new one does not: contents go, the user's formats stay.
  if (oldHeight > 1 + body)
    sheet
      .getRangeByIndexes(old.top + 1 + body, old.left, oldHeight - 1 - body, old.columns)
      .clear("Contents");
  if (old.columns > width)
    sheet.getRangeByIndexes(old.top, old.left + width, oldHeight, old.columns - width).clear("Contents");
  const header = sheet.getRangeByIndexes(old.top, old.left, 1, width);
  setFormat(header, "@");
  header.values = [[...output.headers]];
  if (output.mode === "append") {
    if (n > 0)
      sheet.getRangeByIndexes(old.top + 1 + old.rows, old.left, n, width).copyFrom(staged(n), "Values");
  } else if (n > 0) {
    sheet.getRangeByIndexes(old.top + 1, old.left, n, width).copyFrom(staged(n), "Values");
  } else sheet.getRangeByIndexes(old.top + 1, old.left, 1, width).clear("Contents");
  // New rows take the user's formatting of the first data row; new columns take ours.
  const kept = Math.min(old.columns, width);
  if (old.rows > 0 && body > oldBody) {
    sheet
      .getRangeByIndexes(old.top + 1 + oldBody, old.left, body - oldBody, kept)
      .copyFrom(sheet.getRangeByIndexes(old.top + 1, old.left, 1, kept), "Formats");
  }
  output.columns.forEach((c, j) => {
    if (j < old.columns && old.rows > 0) return;
    setFormat(
      sheet.getRangeByIndexes(old.top + 1, old.left + j, body + (output.totals ? 1 : 0), 1),
      c.numberFormat,
    );
    if (j >= old.columns)
      sheet.getRangeByIndexes(old.top, old.left + j, 1, 1).format.columnWidth = widthPoints(c.width);
  });
  if (output.totals) {
    table.showTotals = true;
    table.getTotalRowRange().formulas = totalsRow(output);
  }
  return { name: old.name, sheet: old.sheet, rows, created: false };
}

/** Replace the registry's cells with `entries` (adding the very hidden sheet if there is none). */
export function writeRegistry(
  context: Excel.RequestContext,
  snapshot: OfficeSnapshot,
  entries: ReturnType<typeof updatedRegistry>,
): void {
  const grid = registryGrid(entries);
  let sheet: Excel.Worksheet;
  if (snapshot.registryExists) {
    sheet = context.workbook.worksheets.getItem(REGISTRY_SHEET);
    const old = snapshot.registryCells;
    if (old.length > 0)
      sheet.getRangeByIndexes(0, 0, old.length, Math.max(1, old[0].length)).clear("Contents");
  } else {
    sheet = context.workbook.worksheets.add(REGISTRY_SHEET);
    sheet.visibility = "VeryHidden";
  }
  const range = sheet.getRangeByIndexes(0, 0, grid.length, grid[0].length);
  setFormat(range, "@");
  range.values = grid;
}

/** Excel refuses to delete a very hidden sheet (InvalidOperation): hide it plainly first. */
export function deleteVeryHidden(sheet: Excel.Worksheet): void {
  sheet.visibility = "Hidden";
  sheet.delete();
}

async function dropStaging(context: Excel.RequestContext): Promise<void> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(STAGING_SHEET);
  sheet.load("name");
  await context.sync();
  if (!sheet.isNullObject) {
    sheet.delete();
    await context.sync();
  }
}

/** Put back what a failed commit may have changed (three syncs); true when the commit had in fact gone through. */
async function restore(
  context: Excel.RequestContext,
  snapshot: OfficeSnapshot,
  layouts: readonly Layout[],
  markColumn: number,
): Promise<boolean> {
  const stagingSheet = context.workbook.worksheets.getItemOrNullObject(STAGING_SHEET).load("name");
  const created = layouts
    .filter((l) => l.planned.plan.kind === "create")
    .map((l) => context.workbook.worksheets.getItemOrNullObject(l.planned.output.sheet).load("name"));
  const registrySheet = context.workbook.worksheets.getItemOrNullObject(REGISTRY_SHEET).load("name");
  await context.sync();
  if (stagingSheet.isNullObject) {
    // The staging sheet is deleted last: its absence means the commit went through whole.
    return true;
  }
  const mark = stagingSheet.getRangeByIndexes(0, markColumn, 1, 1).load("values");
  await context.sync();
  const backedUp = mark.values[0]?.[0] === BACKUP_MARK;
  if (backedUp) {
    for (const l of layouts) {
      if (l.planned.plan.kind !== "replace" || l.backupColumn === undefined) continue;
      restoreTable(context, stagingSheet, l, l.planned.plan.existing, snapshot);
    }
    for (const sheet of created) if (!sheet.isNullObject) sheet.delete();
    if (!snapshot.registryExists && !registrySheet.isNullObject) deleteVeryHidden(registrySheet);
    else if (snapshot.registryExists) {
      const sheet = context.workbook.worksheets.getItem(REGISTRY_SHEET);
      sheet.getRangeByIndexes(0, 0, 1000, 8).clear("Contents");
      const old = snapshot.registryCells;
      if (old.length > 0) {
        const range = sheet.getRangeByIndexes(0, 0, old.length, Math.max(1, old[0].length));
        setFormat(range, "@");
        range.values = old as unknown[][];
      }
    }
  }
  stagingSheet.delete();
  await context.sync();
  return false;
}

export function restoreTable(
  context: Excel.RequestContext,
  staging: Excel.Worksheet,
  layout: Layout,
  old: ExistingTable,
  snapshot: OfficeSnapshot,
): void {
  const { output } = layout.planned;
  const sheet = context.workbook.worksheets.getItem(old.sheet);
  const table = context.workbook.tables.getItem(old.name);
  const oldBody = dataRowsOnSheet(old.rows);
  const newRows = output.mode === "append" ? old.rows + output.rows.length : output.rows.length;
  const maxBody = Math.max(oldBody, dataRowsOnSheet(newRows));
  const maxWidth = Math.max(old.columns, output.columns.length);
  table.showTotals = false;
  table.resize(`${quoteSheet(old.sheet)}!${rangeAddress(old.top, old.left, 1 + oldBody, old.columns)}`);
  // Everything the new table may have covered beyond the old one was empty before (checked).
  sheet.getRangeByIndexes(old.top + 1 + oldBody, old.left, maxBody - oldBody + 1, maxWidth).clear("Contents");
  if (maxWidth > old.columns)
    sheet
      .getRangeByIndexes(old.top, old.left + old.columns, 1 + oldBody, maxWidth - old.columns)
      .clear("Contents");
  const height = 1 + oldBody + (old.hasTotals ? 1 : 0);
  const backup = (rows: number): Excel.Range =>
    staging.getRangeByIndexes(0, layout.backupColumn as number, rows, old.columns);
  sheet.getRangeByIndexes(old.top, old.left, height, old.columns).copyFrom(backup(height), "Formats");
  sheet
    .getRangeByIndexes(old.top, old.left, 1 + oldBody, old.columns)
    .copyFrom(backup(1 + oldBody), "Values");
  if (old.hasTotals) {
    table.showTotals = true;
    const formulas = snapshot.totalsFormulas.get(old.name.toLowerCase());
    if (formulas) table.getTotalRowRange().formulas = [[...formulas]];
  }
}
