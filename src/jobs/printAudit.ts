/**
 * A printable sheet's write (a plan letter, a statement) recorded like every other write: a
 * SalesAudit row naming the action and for whom ("statement R01 2026-03"), the sheet's rows, the
 * amount it states, and the input tables it was built from.
 */
import type { Locale } from "../kernel/messages";
import { auditActionName, type AuditAction } from "../workbook/audit";
import type { WorkbookHost } from "../workbook/host";
import { prepareOutput, type OutputTable } from "../workbook/outputs";
import type { ParsedTable } from "../workbook/parse";
import type { WrittenSheet } from "../workbook/printSheet";
import { auditOf } from "./job";

export interface SheetAudit {
  readonly action: AuditAction;
  /** What follows the action's name: the rep, and the period for a statement. */
  readonly detail: string;
  readonly plan?: string;
  readonly version?: string;
  /** "Statement.NetPayout" -> the amount the sheet states, as the Totals cell records it. */
  readonly total?: { readonly column: string; readonly value: number };
  readonly inputs: readonly ParsedTable[];
}

/** The SalesAudit row of a printable sheet's write. */
export function sheetAuditTable(
  audit: SheetAudit,
  written: WrittenSheet,
  now: Date,
  language: Locale,
): OutputTable {
  const table = auditOf(
    {
      action: `${auditActionName(audit.action, language)} ${audit.detail}`.trim(),
      plan: audit.plan,
      version: audit.version,
      outputs: [],
      totals: [],
      inputs: audit.inputs,
    },
    [],
    now,
    language,
  );
  const total = audit.total ? `${written.sheet}.${audit.total.column}=${audit.total.value.toFixed(2)}` : "";
  return {
    ...table,
    rows: table.rows.map((r) => ({ ...r, OutputRows: `${written.sheet}=${written.rows}`, Totals: total })),
  };
}

/**
 * Append the audit row once the sheet is written (a second write: the sheet's own is all or nothing
 * through writePrintSheet, which writes no table). Should it fail, the sheet stays, without its row,
 * and the failure is reported like any other.
 */
export async function writeSheetAudit(
  host: WorkbookHost,
  audit: SheetAudit,
  written: WrittenSheet,
  now: Date,
  language: Locale,
): Promise<void> {
  await host.writeTables([prepareOutput(sheetAuditTable(audit, written, now, language))], now);
}
