/** The SalesAudit row: one per run, so finance can see what ran, on what, with what totals. */
import { auditColumns, type OutputRow, type OutputTable, type PreparedTable } from "./outputs";

export interface AuditInput {
  readonly time: Date;
  /** What ran: "targets", "payouts", "scorecards", "demo", "run", ... */
  readonly action: string;
  readonly plan?: string;
  readonly version?: string;
  /** Input table name -> rows read. */
  readonly inputRows: Readonly<Record<string, number>>;
  readonly inputHash: string;
}

/** "Reps=60; Actuals=1440": readable in a cell, stable to compare. */
function pairs(entries: readonly (readonly [string, string | number])[]): string {
  return entries.map(([k, v]) => `${k}=${v}`).join("; ");
}

/** Row counts and totals of the tables written in this run (the audit table itself excluded). */
export function auditRow(input: AuditInput, outputs: readonly PreparedTable[]): OutputRow {
  const written = outputs.filter((o) => o.name !== "SalesAudit");
  const totals: [string, string | number][] = [];
  for (const o of written) {
    if (!o.totals) continue;
    o.columns.forEach((c, i) => {
      const v = o.totals?.[i];
      if (c.total && typeof v === "number")
        totals.push([`${o.name}.${c.header}`, v.toFixed(c.kind === "money" ? 2 : 4)]);
    });
  }
  return {
    Time: input.time,
    Action: input.action,
    Plan: input.plan ?? null,
    Version: input.version ?? null,
    InputRows: pairs(Object.entries(input.inputRows)),
    OutputRows: pairs(written.map((o) => [o.name, o.rows.length])),
    Totals: pairs(totals),
    InputHash: input.inputHash,
  };
}

/** The SalesAudit output table holding this run's row, appended to earlier runs' rows. */
export function auditTable(input: AuditInput, outputs: readonly PreparedTable[]): OutputTable {
  return { name: "SalesAudit", columns: auditColumns, rows: [auditRow(input, outputs)], mode: "append" };
}
