/**
 * The SalesAudit row of an undo: "undo payouts" with the plan, version, output rows and input hash
 * of the run it took back, and no totals (so Publish reconciles against the run before it). The
 * host writes it where the undone run's row was (src/workbook/office/undo.ts).
 */
import { SalesPlanError } from "../kernel/errors";
import type { Locale } from "../kernel/messages";
import { auditActionName } from "../workbook/audit";
import type { UndoReport, WorkbookHost } from "../workbook/host";
import { workbookMessages } from "../workbook/messages";
import { auditColumns, prepareOutput, type PreparedTable, type WriteCell } from "../workbook/outputs";

/** The undo's row, prepared; undefined when the write had no audit row. */
export function undoAuditRow(
  written: readonly PreparedTable[],
  at: Date,
  language: Locale,
): readonly WriteCell[] | undefined {
  const audit = written.find((t) => t.name === "SalesAudit");
  const row = audit?.rows[0];
  if (!audit || !row) return undefined;
  const cell = (key: string): string | null => {
    const value = row[audit.columns.findIndex((c) => c.key === key)];
    return value === null || value === undefined || value === "" ? null : String(value);
  };
  const action = [auditActionName("undo", language), cell("Action")].filter((x) => x !== null).join(" ");
  const table = prepareOutput({
    name: "SalesAudit",
    columns: auditColumns,
    mode: "append",
    rows: [
      {
        Time: at,
        Action: action,
        Plan: cell("Plan"),
        Version: cell("Version"),
        OutputRows: cell("OutputRows"),
        InputHash: cell("InputHash"),
        Language: language,
      },
    ],
  });
  return table.rows[0];
}

/**
 * Undo the write whose report carried `id` (`written`: the tables it wrote, null when the front end
 * kept none), with its audit row; the host refuses when it no longer can.
 */
export function undoWrite(
  host: WorkbookHost,
  id: string,
  written: readonly PreparedTable[] | null,
  at: Date,
  language: Locale,
): Promise<UndoReport> {
  if (!host.undoLastWrite || !written)
    return Promise.reject(new SalesPlanError(workbookMessages.undoNotAvailable));
  return host.undoLastWrite(id, undoAuditRow(written, at, language));
}
