/**
 * The part of a write both hosts share: validate every output, then decide create or replace for
 * each against what the workbook holds, before anything is changed.
 */
import { headerText } from "./headers";
import {
  isOwnTable,
  parseRegistry,
  planTableWrite,
  type ExistingTable,
  type RegistryEntry,
  type TablePlan,
  type UsedBlock,
} from "./ownership";
import { preparedOf, type PreparedTable, type WriteTable } from "./outputs";
import type { Ownership } from "./host";
import type { RawCell } from "./types";

/** What a host found in the workbook for the names being written. */
export interface WorkbookSnapshot {
  /** Existing tables by lower-cased name. */
  readonly tables: ReadonlyMap<string, ExistingTable>;
  /** Lower-cased sheet names. */
  readonly sheets: ReadonlySet<string>;
  readonly registry: ReadonlyMap<string, RegistryEntry>;
  /** Used block of each sheet by lower-cased name (only sheets holding an output table need it). */
  readonly used: ReadonlyMap<string, UsedBlock | undefined>;
}

export interface PlannedTable {
  readonly output: PreparedTable;
  readonly plan: TablePlan;
}

/** Prepare and plan every output; throws the first problem, before any write. */
export function planWrite(outputs: readonly WriteTable[], snapshot: WorkbookSnapshot): PlannedTable[] {
  const seen = new Set<string>();
  return outputs.map((table) => {
    const key = table.name.toLowerCase();
    if (seen.has(key)) throw new Error(`output table ${table.name} given twice`);
    seen.add(key);
    const output = preparedOf(table);
    const existing = snapshot.tables.get(key);
    const plan = planTableWrite(
      output,
      existing,
      snapshot.sheets.has(output.sheet.toLowerCase()),
      snapshot.registry,
      existing ? snapshot.used.get(existing.sheet.toLowerCase()) : undefined,
      output.rows.length,
    );
    return { output, plan };
  });
}

/** The registry after a write: every table written listed with its sheet and columns. */
export function updatedRegistry(
  registry: ReadonlyMap<string, RegistryEntry>,
  written: readonly PlannedTable[],
  now: Date,
): RegistryEntry[] {
  const out = new Map(registry);
  const stamp = now.toISOString();
  for (const { output, plan } of written) {
    const key = output.name.toLowerCase();
    const previous = out.get(key);
    out.set(key, {
      table: output.name,
      sheet: plan.kind === "replace" ? plan.existing.sheet : output.sheet,
      columns: output.headers.join("|"),
      created: previous?.created || stamp,
      updated: stamp,
    });
  }
  return [...out.values()];
}

/** Ownership of one name, from the same snapshot the write uses. */
export function ownershipOf(
  name: string,
  snapshot: WorkbookSnapshot,
  knownHeaders?: readonly string[],
): Ownership {
  const key = name.toLowerCase();
  const listed = snapshot.registry.has(key);
  const table = snapshot.tables.get(key);
  if (table) return isOwnTable(table, snapshot.registry, knownHeaders) ? "salesplan" : "foreign";
  if (snapshot.sheets.has(key)) return listed ? "salesplan" : "foreign";
  return "absent";
}

export function registryFromCells(
  values: readonly (readonly RawCell[])[] | undefined,
): Map<string, RegistryEntry> {
  return values ? parseRegistry(values.map((row) => row.map((c) => headerText(c)))) : new Map();
}
