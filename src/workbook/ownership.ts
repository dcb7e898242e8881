/**
 * Which tables SalesPlan may replace. It keeps a record of the tables it created on a very hidden
 * sheet; a table counts as SalesPlan's when its record matches (same name, sheet and columns) or
 * when it carries exactly the headers SalesPlan writes (so a copy of a results sheet in another
 * workbook still reruns). Anything else of the same name, including a user's own table made under
 * a recorded name after SalesPlan's was deleted, stops the run before the first write.
 */
import { SalesPlanError } from "../kernel/errors";
import { normaliseHeader } from "./headers";
import { workbookMessages } from "./messages";
import type { PreparedTable } from "./outputs";

/** The sheet that lists SalesPlan's tables; very hidden, so users do not trip over it. */
export const REGISTRY_SHEET = "SalesPlanInfo";
export const REGISTRY_HEADERS = ["Table", "Sheet", "Columns", "Created", "Updated"] as const;

export interface RegistryEntry {
  readonly table: string;
  readonly sheet: string;
  readonly columns: string;
  readonly created: string;
  readonly updated: string;
}

/** The registry sheet's cells as read (a block from A1), into entries; junk rows are ignored. */
export function parseRegistry(values: readonly (readonly unknown[])[]): Map<string, RegistryEntry> {
  const out = new Map<string, RegistryEntry>();
  const start = values.findIndex((row) => String(row[0] ?? "") === REGISTRY_HEADERS[0]);
  if (start < 0) return out;
  for (const row of values.slice(start + 1)) {
    const [table, sheet, columns, created, updated] = row.map((v) =>
      v === null || v === undefined ? "" : String(v),
    );
    if (table) out.set(table.toLowerCase(), { table, sheet, columns, created, updated });
  }
  return out;
}

/** The registry as cells, header first, entries sorted by table name. */
export function registryGrid(entries: Iterable<RegistryEntry>): string[][] {
  const sorted = [...entries].sort((a, b) => a.table.localeCompare(b.table));
  return [[...REGISTRY_HEADERS], ...sorted.map((e) => [e.table, e.sheet, e.columns, e.created, e.updated])];
}

/** What is already in the workbook under an output table's name. */
export interface ExistingTable {
  readonly name: string;
  readonly sheet: string;
  readonly headers: readonly string[];
  /** Header cell position on the sheet, from 0. */
  readonly top: number;
  readonly left: number;
  /** Data rows (without header and totals) and columns. */
  readonly rows: number;
  readonly columns: number;
  readonly hasTotals: boolean;
}

/** The sheet's used block (from 0), for telling whether a table can grow without covering anything. */
export interface UsedBlock {
  readonly bottom: number;
  readonly right: number;
}

function sameColumns(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((h, i) => normaliseHeader(h) === normaliseHeader(b[i]));
}

/**
 * Whether the table found under a name is SalesPlan's: its record matches it (name, sheet and
 * columns), or it carries exactly `headers`, the columns SalesPlan writes there.
 */
export function isOwnTable(
  existing: Pick<ExistingTable, "name" | "sheet" | "headers">,
  registry: ReadonlyMap<string, RegistryEntry>,
  headers?: readonly string[],
): boolean {
  const record = registry.get(existing.name.toLowerCase());
  if (
    record &&
    record.sheet.toLowerCase() === existing.sheet.toLowerCase() &&
    sameColumns(record.columns.split("|"), existing.headers)
  )
    return true;
  return headers !== undefined && sameColumns(existing.headers, headers);
}

export type TablePlan =
  { readonly kind: "create" } | { readonly kind: "replace"; readonly existing: ExistingTable };

/** Data rows a table occupies on the sheet: Excel tables keep at least one (empty) data row. */
export function dataRowsOnSheet(rows: number): number {
  return Math.max(rows, 1);
}

/**
 * Decide create or replace for one output table, or throw the message that stops the run.
 * `sheetExists`: a sheet with the output's name exists; `used`: the used block of the existing
 * table's sheet.
 */
export function planTableWrite(
  output: PreparedTable,
  existing: ExistingTable | undefined,
  sheetExists: boolean,
  registry: ReadonlyMap<string, RegistryEntry>,
  used: UsedBlock | undefined,
  appendRows = 0,
): TablePlan {
  const listed = registry.get(output.name.toLowerCase());
  if (existing) {
    if (!isOwnTable(existing, registry, output.headers)) {
      throw new SalesPlanError(workbookMessages.foreignTable, {
        table: existing.name,
        sheet: existing.sheet,
        columns: existing.headers.join(", "),
      });
    }
    const newRows = output.mode === "append" ? existing.rows + appendRows : output.rows.length;
    const growsDown =
      dataRowsOnSheet(newRows) + (output.totals ? 1 : 0) >
      dataRowsOnSheet(existing.rows) + (existing.hasTotals ? 1 : 0);
    const growsRight = output.columns.length > existing.columns;
    const bottom = existing.top + dataRowsOnSheet(existing.rows) + (existing.hasTotals ? 1 : 0);
    const right = existing.left + existing.columns - 1;
    if (used && (growsDown || growsRight) && (used.bottom > bottom || used.right > right)) {
      throw new SalesPlanError(workbookMessages.contentBelowTable, {
        table: existing.name,
        sheet: existing.sheet,
        rows: newRows,
        lastRow: used.bottom + 1,
      });
    }
    return { kind: "replace", existing };
  }
  if (sheetExists) {
    if (listed)
      throw new SalesPlanError(workbookMessages.tableMissingFromSheet, {
        sheet: output.sheet,
        table: output.name,
      });
    throw new SalesPlanError(workbookMessages.foreignSheet, { sheet: output.sheet });
  }
  return { kind: "create" };
}
