/**
 * Undo of the last write through Office.js. A write with keepUndo (write.ts) leaves its backups of
 * the replaced tables on the very hidden undo sheet, where its restore path would have found them;
 * right after it the host takes a fingerprint of the written tables (address and a hash of their
 * values). The undo then, in four syncs for tables of ordinary size:
 *
 * 1-3. finds the tables and reads their values (blocks.ts), refusing before any change when one has
 *    moved, been resized or edited, when a sheet the write created holds more than its table, or when
 *    the undo sheet has gone;
 * 4. in one batch: each replaced table back as it was (values, formats, size, totals: restoreTable),
 *    each created table deleted with the sheet the write created for it, the SalesAudit row the write
 *    appended replaced by the undo's own row, the ownership list as before the write (plus SalesAudit
 *    when the write created it: it stays, holding the undo row), and the undo sheet deleted.
 *
 * Every step of the batch can run again over its own result, so a batch that fails part-way is
 * finished by running the undo again (the host keeps the undo point for that, without the checks).
 */
import { SalesPlanError } from "../../kernel/errors";
import { formatMessage, type MessageTemplate } from "../../kernel/messages";
import { parseRangeAddress } from "../cells";
import { DEFAULT_BLOCK_BYTES } from "../chunks";
import { sha256Hex } from "../hash";
import type { UndoReport } from "../host";
import { workbookMessages } from "../messages";
import { REGISTRY_SHEET, registryGrid, type RegistryEntry } from "../ownership";
import type { WriteCell } from "../outputs";
import { readInBlocks, type Block } from "./blocks";
import { sheetOfAddress } from "./context";
import { UNDO_SHEET } from "./inspect";
import {
  deleteVeryHidden,
  describe,
  restoreTable,
  writeRegistry,
  type KeptWrite,
  type Layout,
} from "./write";

/** The audit table: the write appended its row, the undo puts its own row there. */
const AUDIT_TABLE = "SalesAudit";

/** One table as the write left it. */
export interface TablePrint {
  readonly address: string;
  readonly hash: string;
}

/** The written tables by lower-cased name; a table not found is absent. */
export type Fingerprint = ReadonlyMap<string, TablePrint>;

/** A write kept for its undo: the backups' layout and the tables' fingerprint right after. */
export interface UndoPoint {
  readonly kept: KeptWrite;
  readonly fingerprint: Fingerprint;
}

interface Located {
  readonly name: string;
  readonly range: Excel.Range;
}

/** Two syncs: which of the tables exist (with whatever the caller queued), then their ranges. */
async function locate(context: Excel.RequestContext, names: readonly string[]): Promise<Located[]> {
  const tables = names.map((name) => ({
    name,
    table: context.workbook.tables.getItemOrNullObject(name).load("name"),
  }));
  await context.sync();
  const located = tables
    .filter((t) => !t.table.isNullObject)
    .map(({ name, table }) => ({
      name,
      range: table.getRange().load("address,rowIndex,columnIndex,rowCount,columnCount"),
    }));
  if (located.length > 0) await context.sync();
  return located;
}

/** The located tables' values, in requests under the answer limit, hashed per table. */
async function hashTables(
  context: Excel.RequestContext,
  located: readonly Located[],
  budget: number,
): Promise<Fingerprint> {
  const blocks: Block[] = located.map(({ range }) => ({
    sheet: sheetOfAddress(range.address),
    top: range.rowIndex,
    left: range.columnIndex,
    rows: range.rowCount,
    columns: range.columnCount,
  }));
  const values: unknown[][][] = located.map(() => []);
  await readInBlocks(context, blocks, "values", budget, (i, _first, range) => {
    values[i].push(...(range.values as unknown[][]));
  });
  return new Map(
    located.map(({ name, range }, i) => [
      name.toLowerCase(),
      { address: range.address, hash: sha256Hex(JSON.stringify(values[i])) },
    ]),
  );
}

/** The tables' fingerprint: 3 syncs while they fit one answer. */
export async function fingerprintTables(
  context: Excel.RequestContext,
  names: readonly string[],
  budget = DEFAULT_BLOCK_BYTES,
): Promise<Fingerprint> {
  return hashTables(context, await locate(context, names), budget);
}

const phrase = (template: MessageTemplate, params: Record<string, string> = {}): MessageTemplate => ({
  en: formatMessage(template.en, params),
  zh: formatMessage(template.zh, params),
});

const isAuditRow = (layout: Layout, auditRow: readonly WriteCell[] | undefined): boolean =>
  auditRow !== undefined &&
  layout.planned.output.name === AUDIT_TABLE &&
  layout.planned.output.mode === "append" &&
  layout.planned.output.rows.length === 1;

/** The first table that differs from the fingerprint, as the refusal. */
function changed(before: Fingerprint, after: Fingerprint, names: readonly string[]): SalesPlanError | null {
  for (const name of names) {
    const was = before.get(name.toLowerCase());
    const now = after.get(name.toLowerCase());
    if (!was) continue;
    let detail: MessageTemplate | null = null;
    if (!now) detail = workbookMessages.undoEditedGone;
    else if (now.address !== was.address)
      detail = phrase(workbookMessages.undoEditedRange, { before: was.address, after: now.address });
    else if (now.hash !== was.hash) detail = workbookMessages.undoEditedValues;
    if (detail) return new SalesPlanError(workbookMessages.undoEdited, { table: name, detail });
  }
  return null;
}

/**
 * Put the tables of the kept write back (see the top of this file). `auditRow`: the undo's
 * SalesAudit row, prepared; `checked` false skips the checks (finishing an undo that failed part-way).
 */
export async function undoOfficeWrite(
  context: Excel.RequestContext,
  point: UndoPoint,
  auditRow: readonly WriteCell[] | undefined,
  options: { readonly blockBytes?: number; readonly checked?: boolean } = {},
): Promise<UndoReport> {
  const { kept, fingerprint } = point;
  const layouts = kept.layouts;
  const names = layouts.map((l) => l.planned.output.name);
  const undoSheet = context.workbook.worksheets.getItemOrNullObject(UNDO_SHEET).load("name");
  // The sheets the write created, with the tables it created there (the audit table stays).
  const created = layouts
    .filter((l) => l.planned.plan.kind === "create" && !isAuditRow(l, auditRow))
    .map((l) => ({
      layout: l,
      sheet: context.workbook.worksheets.getItemOrNullObject(l.planned.output.sheet).load("name"),
    }));
  const located = await locate(context, names);
  if (undoSheet.isNullObject)
    throw new SalesPlanError(workbookMessages.undoBackupGone, { sheet: UNDO_SHEET });
  if (options.checked !== false) {
    // A created sheet goes whole: anything on it besides the table stops the undo.
    const used = created
      .filter((c) => !c.sheet.isNullObject)
      .map((c) => ({ ...c, used: c.sheet.getUsedRangeOrNullObject(true).load("address") }));
    const now = await hashTables(context, located, options.blockBytes ?? DEFAULT_BLOCK_BYTES);
    const refusal = changed(fingerprint, now, names);
    if (refusal) throw refusal;
    for (const c of used) {
      const table = now.get(c.layout.planned.output.name.toLowerCase());
      if (c.used.isNullObject || !table || within(c.used.address, table.address)) continue;
      throw new SalesPlanError(workbookMessages.undoEdited, {
        table: c.layout.planned.output.name,
        detail: phrase(workbookMessages.undoEditedSheet, {
          sheet: c.layout.planned.output.sheet,
          used: c.used.address,
        }),
      });
    }
  }

  const report: UndoReport["tables"][number][] = [];
  for (const l of layouts) {
    const { output, plan } = l.planned;
    if (auditRow && isAuditRow(l, auditRow)) {
      // The row the write appended becomes the undo's row: the trail keeps every earlier run.
      const before = plan.kind === "replace" ? plan.existing : undefined;
      const sheet = context.workbook.worksheets.getItem(before?.sheet ?? output.sheet);
      // Null leaves a cell as it is in Office.js: an empty cell of the undo's row is written "".
      const row = Array.from({ length: output.columns.length }, (_, i) => auditRow[i] ?? "");
      sheet.getRangeByIndexes(
        (before?.top ?? 0) + 1 + (before?.rows ?? 0),
        before?.left ?? 0,
        1,
        row.length,
      ).values = [row as unknown[]];
      report.push({ name: output.name, sheet: before?.sheet ?? output.sheet, rows: (before?.rows ?? 0) + 1 });
    } else if (plan.kind === "replace") {
      restoreTable(context, undoSheet, l, plan.existing, kept.snapshot);
      report.push({ name: plan.existing.name, sheet: plan.existing.sheet, rows: plan.existing.rows });
    } else {
      report.push({ name: output.name, sheet: output.sheet, rows: null });
    }
  }
  for (const c of created) if (!c.sheet.isNullObject) c.sheet.delete();
  restoreRegistry(context, kept, layouts, auditRow);
  deleteVeryHidden(undoSheet);
  try {
    await context.sync();
  } catch (error) {
    // The undo sheet goes last: gone, the batch ran whole (only its answer was lost).
    const sheet = context.workbook.worksheets.getItemOrNullObject(UNDO_SHEET).load("name");
    await context.sync();
    if (!sheet.isNullObject)
      throw new SalesPlanError(workbookMessages.undoFailed, { reason: describe(error) });
  }
  return { tables: report };
}

/** Whether the block at `inner` ("S!A1:C4") lies inside the one at `outer`. */
function within(inner: string, outer: string): boolean {
  const a = parseRangeAddress(inner);
  const b = parseRangeAddress(outer);
  return (
    a.row >= b.row &&
    a.column >= b.column &&
    a.row + a.rows <= b.row + b.rows &&
    a.column + a.columns <= b.column + b.columns
  );
}

/**
 * The ownership list as before the write; SalesAudit, when the undo wrote its row there, as the
 * write recorded it (it may have created it). Without entries left, the list goes as it came.
 */
function restoreRegistry(
  context: Excel.RequestContext,
  kept: KeptWrite,
  layouts: readonly Layout[],
  auditRow: readonly WriteCell[] | undefined,
): void {
  const entries = new Map<string, RegistryEntry>(kept.snapshot.registry);
  for (const l of layouts) {
    if (!isAuditRow(l, auditRow)) continue;
    const key = l.planned.output.name.toLowerCase();
    const entry = kept.registry.find((e) => e.table.toLowerCase() === key);
    if (entry) entries.set(key, entry);
  }
  const after = { ...kept.snapshot, registryExists: true, registryCells: registryGrid(kept.registry) };
  if (entries.size > 0 || kept.snapshot.registryExists) writeRegistry(context, after, [...entries.values()]);
  else deleteVeryHidden(context.workbook.worksheets.getItem(REGISTRY_SHEET));
}
