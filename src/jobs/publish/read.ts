/**
 * What the summary, the check and the publish read of the workbook, in two requests to the host,
 * and the names of the values-only copies for finance.
 */
import type { Ownership, WorkbookHost } from "../../workbook/host";
import { OUTPUT_TABLES, type OutputColumn } from "../../workbook/outputs";
import type { ParsedTable } from "../../workbook/parse";
import {
  outputColumns,
  outputSchemas,
  payoutCurrencyColumns,
  payoutPlanColumn,
  salesPayoutsSchema,
  writtenSpec,
  type InputTableSpec,
} from "../../workbook/schema";
import { acknowledgementsSpec } from "../acknowledgements";
import { planAssignmentsSpec } from "../assignments";
import { inputSpecs, isNotFound, resolveInput, type InputName, type Mappings } from "../inputs";

/**
 * The tables a publish lists, checks and copies: every run's output and the month-end ledger
 * (after the runs' tables: finance reads what was paid after what the runs wrote).
 */
export const PUBLISHED_TABLES = [...OUTPUT_TABLES, "SalesLedger"] as const;
export type OutputTableName = (typeof PUBLISHED_TABLES)[number];

/** The columns each output table is written with (SalesScorecard: without its KPIs' scores). */
export const outputColumnsOf = (name: OutputTableName): readonly OutputColumn[] =>
  outputColumns(outputSchemas[name]);

/**
 * An output table's schema as a run may have written it: SalesPayouts with the columns a run adds
 * for several plans and currencies, when it wrote them.
 */
const writtenSchema = (name: OutputTableName) =>
  name === "SalesPayouts"
    ? {
        ...salesPayoutsSchema,
        columns: [...salesPayoutsSchema.columns, payoutPlanColumn, ...payoutCurrencyColumns],
      }
    : outputSchemas[name];

/** Every column an output table may be written with (SalesPayouts' Plan and currency columns too). */
export const writtenColumnsOf = (name: OutputTableName): readonly OutputColumn[] =>
  outputColumns(writtenSchema(name));

/** An output table read back with every column it is written with (and SalesScorecard's KPIs). */
const fullSpec = (name: OutputTableName): InputTableSpec => writtenSpec(writtenSchema(name), false);

/** Values-only copies finance reads without the add-in: one table (on its own sheet) per output. */
export const FINANCE_PREFIX = "Finance_";
export const financeName = (name: OutputTableName): string => `${FINANCE_PREFIX}${name}`;
export const FINANCE_TABLES: readonly string[] = PUBLISHED_TABLES.map(financeName);
/** A name of SalesPlan's own: an output table or its copy for finance (never an input). */
export function isSalesPlanName(name: string): boolean {
  const key = name.toLowerCase();
  return [...PUBLISHED_TABLES, ...FINANCE_TABLES].some((n) => n.toLowerCase() === key);
}

/** The values-only copies for finance that exist (Finance_SalesPayouts, ...). */
export type FinanceCopies = readonly { readonly name: string; readonly ownership: Ownership }[];

export type OutputsRead = Map<OutputTableName, { ownership: Ownership; table: ParsedTable }>;

/**
 * What the summary, the check and the publish read, in two requests to the host: the ownership of
 * every output and copy name, then the input tables (when `mappings` is given) and every output
 * table with all its columns, in one batch.
 */
export interface WorkbookRead {
  /** The input tables found, by name. */
  readonly inputs: ReadonlyMap<InputName, ParsedTable>;
  readonly outputs: OutputsRead;
  readonly copies: FinanceCopies;
  /** Of every output and Finance_ name. */
  readonly ownership: ReadonlyMap<string, Ownership>;
  /** The optional Acknowledgements table (read with the inputs). */
  readonly acknowledgements?: ParsedTable;
  /** The optional PlanAssignments table (read with the inputs): who acknowledges which plan. */
  readonly planAssignments?: ParsedTable;
}

export async function readWorkbook(host: WorkbookHost, mappings?: Mappings): Promise<WorkbookRead> {
  const ownership = await host.ownerships([...PUBLISHED_TABLES, ...FINANCE_TABLES]);
  const inputNames = mappings ? (Object.keys(inputSpecs) as InputName[]) : [];
  // Acknowledgements rides in the same batch, so the check costs no extra round trip to Excel.
  const extras = mappings ? [{ spec: acknowledgementsSpec }, { spec: planAssignmentsSpec }] : [];
  const tables = await host.readTables([
    ...inputNames.map((name) => resolveInput(name, mappings?.[name])),
    ...PUBLISHED_TABLES.map((name) => ({ spec: fullSpec(name) })),
    ...extras,
  ]);
  const inputs = new Map<InputName, ParsedTable>();
  inputNames.forEach((name, i) => {
    if (!isNotFound(tables[i])) inputs.set(name, tables[i]);
  });
  const outputs: OutputsRead = new Map();
  PUBLISHED_TABLES.forEach((name, i) =>
    outputs.set(name, { ownership: ownership.get(name) ?? "absent", table: tables[inputNames.length + i] }),
  );
  const copies = FINANCE_TABLES.map((name) => ({ name, ownership: ownership.get(name) ?? "absent" })).filter(
    (c) => c.ownership !== "absent",
  );
  const at = inputNames.length + PUBLISHED_TABLES.length;
  const [acknowledgements, planAssignments] = mappings ? [tables[at], tables[at + 1]] : [];
  return { inputs, outputs, copies, ownership, acknowledgements, planAssignments };
}
