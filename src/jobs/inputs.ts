/**
 * Finding the input tables and reporting, per table, which columns matched which header, which
 * are missing, and what headers the user can map them to. Host-independent: any WorkbookHost.
 */
import { SalesPlanError } from "../kernel/errors";
import { formatMessage, type Locale } from "../kernel/messages";
import type { ColumnMapping } from "../workbook/headers";
import type { WorkbookHost } from "../workbook/host";
import {
  activitiesSpec,
  actualsSpec,
  regionsSpec,
  repsSpec,
  type InputColumnSpec,
  type InputTableSpec,
} from "../workbook/inputs";
import { workbookMessages } from "../workbook/messages";
import type { ParsedTable } from "../workbook/parse";
import type { WorkbookProblem } from "../workbook/types";
import { jobMessages } from "./messages";

export type InputName = "Reps" | "Regions" | "Actuals" | "Activities";
export type Mappings = Readonly<Partial<Record<InputName, ColumnMapping>>>;

export const inputSpecs: Readonly<Record<InputName, InputTableSpec>> = {
  Reps: repsSpec,
  Regions: regionsSpec,
  Actuals: actualsSpec,
  Activities: activitiesSpec,
};

export interface InputColumnStatus {
  readonly key: string;
  readonly required: boolean;
  /** The table's header it matched (or was mapped to); null when not found. */
  readonly header: string | null;
}

export interface InputStatus {
  readonly name: InputName;
  readonly found: boolean;
  readonly sheet: string;
  /** The Excel table's name; undefined when read from a sheet of that name. */
  readonly table: string | undefined;
  /** Every non-blank header of the table, for mapping. */
  readonly headers: readonly string[];
  readonly columns: readonly InputColumnStatus[];
  /** Columns beyond the spec's (Activities: one per KPI). */
  readonly extras: readonly string[];
  readonly rowCount: number;
  readonly validRows: number;
  readonly problems: readonly WorkbookProblem[];
  /** Distinct Measure values (Actuals) in first-seen order. */
  readonly measures: readonly string[];
  /** Distinct periods ("2026-03"), sorted. */
  readonly periods: readonly string[];
  /** Actuals only: no Actuals table, the Deals table stands in (its rows, measures and months). */
  readonly fromDeals?: boolean;
}

/**
 * In a table's column mapping, this key names the workbook table (or sheet) to read instead of the
 * one named like the input ("Reps"): how the wizard lets the user pick "Table1".
 */
export const TABLE_KEY = "@table";

/** The spec to read (renamed when the user picked a table) and the column mapping without TABLE_KEY. */
export function resolveInput(
  name: InputName,
  mapping: ColumnMapping = {},
): { spec: InputTableSpec; mapping: ColumnMapping } {
  const { [TABLE_KEY]: table, ...columns } = mapping;
  const chosen = typeof table === "string" ? table.trim() : "";
  return { spec: chosen ? { ...inputSpecs[name], name: chosen } : inputSpecs[name], mapping: columns };
}

/** A spec that takes every header as a text column: how the wizard learns a table's headers. */
export function headersSpec(name: string): InputTableSpec {
  return { name, columns: [], extra: { kind: "text", known: [] } };
}

function distinct(table: ParsedTable, key: string): string[] {
  const seen = new Map<string, string>();
  for (const row of table.rows) {
    const value = row.values[key];
    if (value === null || value === undefined || value === "") continue;
    const text = String(value);
    if (!seen.has(text.toLowerCase())) seen.set(text.toLowerCase(), text);
  }
  return [...seen.values()];
}

export function isNotFound(table: ParsedTable): boolean {
  return table.problems.some(
    (p) =>
      p.error.template === workbookMessages.tableNotFound ||
      p.error.template === workbookMessages.sheetHasNoHeader,
  );
}

/** The status of one parsed input table; `headers` from a headers-only read of the same table. */
export function inputStatus(name: InputName, parsed: ParsedTable, headers: readonly string[]): InputStatus {
  const spec = inputSpecs[name];
  const known = new Set(spec.columns.map((c) => c.key));
  const columns = spec.columns.map((c: InputColumnSpec): InputColumnStatus => ({
    key: c.key,
    required: c.required,
    header: parsed.columns.find((r) => r.key === c.key)?.header ?? null,
  }));
  return {
    name,
    found: !isNotFound(parsed),
    sheet: parsed.sheet,
    table: parsed.table,
    headers,
    columns,
    extras: parsed.columns.filter((c) => !known.has(c.key)).map((c) => c.key),
    rowCount: parsed.rowCount,
    validRows: parsed.rows.length,
    problems: parsed.problems,
    measures: name === "Actuals" ? distinct(parsed, "Measure") : [],
    periods: spec.columns.some((c) => c.key === "Period") ? distinct(parsed, "Period").sort() : [],
  };
}

/** Read one input table and its headers. */
export async function inspectInput(
  host: WorkbookHost,
  name: InputName,
  mapping: ColumnMapping = {},
): Promise<{ status: InputStatus; table: ParsedTable }> {
  const { spec, mapping: columns } = resolveInput(name, mapping);
  const table = await host.readTable(spec, columns);
  let headers: string[] = table.columns.map((c) => c.header);
  if (!isNotFound(table)) {
    const all = await host.readTable(headersSpec(spec.name));
    headers = all.columns.map((c) => c.header);
  }
  return { status: inputStatus(name, table, headers), table };
}

/** Read the named input tables with the user's mappings. */
export async function readInputs(
  host: WorkbookHost,
  names: readonly InputName[],
  mappings: Mappings = {},
): Promise<Partial<Record<InputName, ParsedTable>>> {
  const out: Partial<Record<InputName, ParsedTable>> = {};
  for (const name of names) {
    const { spec, mapping } = resolveInput(name, mappings[name]);
    out[name] = await host.readTable(spec, mapping);
  }
  return out;
}

/** Stop with the table's first problem (the whole count in the message) or when it has no rows. */
export function requireClean(table: ParsedTable | undefined, name: string): ParsedTable {
  if (!table) throw new SalesPlanError(jobMessages.noRows, { table: name });
  if (table.problems.length > 0) {
    const first = table.problems[0].error;
    if (table.problems.length === 1) throw first;
    // The first problem in each language, inside the count message in the same language.
    const t = jobMessages.inputProblems;
    const params = (locale: Locale) => ({
      table: name,
      count: table.problems.length,
      first: first.format(locale),
    });
    throw new SalesPlanError({
      en: formatMessage(t.en, params("en")),
      zh: formatMessage(t.zh, params("zh")),
    });
  }
  if (table.rows.length === 0) throw new SalesPlanError(jobMessages.noRows, { table: name });
  return table;
}
