/** The publish summary: which output tables exist, their rows and totals, and the audit trail. */
import { sumMoney } from "../../kernel/money";
import { auditActionParts } from "../../workbook/audit";
import type { Ownership, WorkbookHost } from "../../workbook/host";
import { isNotFound } from "../inputs";
import { num, text } from "../job";
import {
  outputColumnsOf,
  PUBLISHED_TABLES,
  readWorkbook,
  type FinanceCopies,
  type OutputsRead,
  type OutputTableName,
} from "./read";

/** Which columns of each table the summary totals: those with a totals-row sum. */
const totalColumns = (name: OutputTableName): string[] =>
  outputColumnsOf(name)
    .filter((c) => c.total)
    .map((c) => c.key);

export interface OutputSummary {
  readonly name: OutputTableName;
  readonly ownership: Ownership;
  readonly rows: number;
  readonly totals: readonly { readonly column: string; readonly value: number }[];
}

export interface AuditEntry {
  /** Excel date-time serial. */
  readonly time: number | null;
  readonly action: string;
  /** What the Action cell says after the action's name: "R01 2026-03", "2026-01 by Ana". */
  readonly detail: string;
  readonly plan: string;
  readonly version: string;
  /** "Reps=6; Regions=2": the tables the run read. */
  readonly inputRows: string;
  readonly outputRows: string;
  readonly totals: string;
}

export interface PublishSummary {
  readonly tables: readonly OutputSummary[];
  /** Latest run first. */
  readonly audit: readonly AuditEntry[];
  /** The values-only copies for finance that exist (Finance_SalesPayouts, ...). */
  readonly copies: FinanceCopies;
}

/** The audit row's action of a publish. */
export const PUBLISH_ACTION = "publish";

export async function publishSummary(host: WorkbookHost): Promise<PublishSummary> {
  const { outputs, copies } = await readWorkbook(host);
  return summaryOf(outputs, copies);
}

export function summaryOf(outputs: OutputsRead, copies: FinanceCopies): PublishSummary {
  const tables = PUBLISHED_TABLES.map((name): OutputSummary => {
    const entry = outputs.get(name);
    const table = entry?.table;
    const present = table !== undefined && !isNotFound(table);
    return {
      name,
      ownership: entry?.ownership ?? "absent",
      rows: present ? table.rowCount : 0,
      totals: present
        ? totalColumns(name).map((c) => ({
            column: c,
            value: sumMoney(table.rows.map((r) => r.values[c])),
          }))
        : [],
    };
  });
  const audit = outputs.get("SalesAudit")?.table;
  const entries =
    audit && !isNotFound(audit)
      ? audit.rows
          .map((r): AuditEntry => {
            // The code ("targets"), whichever language the row was written in.
            const { code, detail } = auditActionParts(text(r.values.Action));
            return {
              time: num(r.values.Time),
              action: code,
              detail,
              plan: text(r.values.Plan),
              version: text(r.values.Version),
              inputRows: text(r.values.InputRows),
              outputRows: text(r.values.OutputRows),
              totals: text(r.values.Totals),
            };
          })
          .reverse()
      : [];
  return { tables, audit: entries, copies };
}
