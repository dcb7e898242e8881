/**
 * What a write will replace, before it happens: for each table a job writes, the rows the workbook
 * holds now against the rows it will hold, and the periods that will be gone. The pane shows this
 * as its confirmation ("SalesPayouts: 36 -> 12 rows; 2026-01 and 2026-03 will be removed").
 */
import type { WorkbookHost } from "../workbook/host";
import type { OutputRow } from "../workbook/outputs";
import { outputSchemas, writtenSpec } from "../workbook/schema";
import { isNotFound } from "./inputs";
import type { JobResult } from "./job";
import { text } from "./job";

/** One table a run will write: its name, its rows after the write, and the periods they hold. */
export interface PlannedWrite {
  readonly name: string;
  readonly rows: number;
  /** The distinct Period values written, sorted (none for tables without periods). */
  readonly periods: readonly string[];
  /** Appended to (the audit trail) rather than replaced. */
  readonly append?: boolean;
}

/** What one table goes through: `before` null when it does not exist yet. */
export interface TableImpact {
  readonly name: string;
  readonly before: number | null;
  readonly after: number;
  /** Periods the table holds now that the write will not: they will be removed. */
  readonly removedPeriods: readonly string[];
  readonly append: boolean;
}

function periodsOf(rows: readonly OutputRow[] | readonly { values: Record<string, unknown> }[]): string[] {
  const seen = new Set<string>();
  for (const r of rows) {
    const values = ("values" in r ? r.values : r) as Record<string, unknown>;
    const p = text(values.Period);
    if (p !== "") seen.add(p);
  }
  return [...seen].sort();
}

/** The tables a job's result will write (the audit row aside: it is appended, never replaced). */
export function plannedWrites(result: Pick<JobResult, "outputs">): PlannedWrite[] {
  return result.outputs.map((o) => ({
    name: o.name,
    rows: o.rows.length,
    periods: periodsOf(o.rows),
    ...(o.mode === "append" ? { append: true } : {}),
  }));
}

const isOutputName = (name: string): name is keyof typeof outputSchemas => name in outputSchemas;

/** The impact of `planned` on the workbook as it is, from one batched read of those tables. */
export async function writeImpact(
  host: WorkbookHost,
  planned: readonly PlannedWrite[],
): Promise<TableImpact[]> {
  const known = planned.filter((p) => isOutputName(p.name));
  const tables = await host.readTables(
    known.map((p) => ({ spec: writtenSpec(outputSchemas[p.name as keyof typeof outputSchemas], false) })),
  );
  const now = new Map(known.map((p, i) => [p.name, tables[i]]));
  return planned.map((p): TableImpact => {
    const table = now.get(p.name);
    const exists = table !== undefined && !isNotFound(table);
    const append = p.append === true;
    const before = exists ? table.rowCount : null;
    const kept = new Set(p.periods);
    const removedPeriods =
      exists && !append && p.periods.length > 0 ? periodsOf(table.rows).filter((x) => !kept.has(x)) : [];
    return { name: p.name, before, after: append ? (before ?? 0) + p.rows : p.rows, removedPeriods, append };
  });
}
