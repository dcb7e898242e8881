/**
 * What a table schema says once: a table's name, its columns in order, how each column is read
 * (kind, English and Chinese header aliases, required, bounds) and, for the tables SalesPlan
 * writes, how each is written (number format, width, totals). Input specs (what a host reads) and
 * output columns (what a host writes) are derived from it here, never written out again.
 */

/** How a cell is parsed: dates become Excel serials, months become "2026-03". */
export type InputKind = "text" | "number" | "integer" | "ratio" | "date" | "month" | "boolean";

/** How a value is written: each kind has its number format and default width. */
export type OutputKind =
  "text" | "number" | "integer" | "money" | "percent" | "score" | "date" | "datetime" | "boolean";

export interface InputColumnSpec {
  /** The key parsed rows use; also the canonical English header. */
  readonly key: string;
  /** Headers accepted for it, matched case-, width- and space-insensitively. */
  readonly aliases: readonly string[];
  readonly kind: InputKind;
  readonly required: boolean;
  /** Smallest allowed value for numbers (e.g. 0 for targets). */
  readonly min?: number;
  /** Each value must appear once (e.g. RepID in Reps). */
  readonly unique?: boolean;
}

export interface InputTableSpec {
  readonly name: string;
  readonly columns: readonly InputColumnSpec[];
  /** Every other non-empty header becomes a column of this kind (Activities: one per KPI). */
  readonly extra?: { readonly kind: InputKind; readonly known: readonly InputColumnSpec[] };
}

export interface OutputColumn {
  readonly key: string;
  readonly header: string;
  readonly kind: OutputKind;
  /** Width in Excel character units; defaults by kind. */
  readonly width?: number;
  /** A totals-row sum under this column. */
  readonly total?: boolean;
  /** Every row must have a value. */
  readonly required?: boolean;
}

/** How a column of a table SalesPlan writes is written. */
export interface ColumnOutput {
  readonly kind: OutputKind;
  readonly width?: number;
  readonly total?: boolean;
  readonly required?: boolean;
}

/** One column: read as `kind` under any of `aliases` (the first is the header written). */
export interface ColumnSchema extends InputColumnSpec {
  /** How it is written; absent: the column is only read (one the user may add, e.g. Measure). */
  readonly out?: ColumnOutput;
  /** Read only by a reading that names it (Reps' Currency and Language: month-end's). */
  readonly onRequest?: boolean;
}

export interface TableSchema {
  readonly name: string;
  readonly columns: readonly ColumnSchema[];
  /** Headers beyond the columns: read as `kind` (Activities' KPIs); `known` ones by their aliases. */
  readonly extra?: {
    readonly kind: InputKind;
    readonly known: readonly InputColumnSpec[];
    /** Written as this kind just before the column `before` (SalesScorecard: one score per KPI). */
    readonly out?: { readonly kind: OutputKind; readonly before: string };
  };
}

interface ColumnOptions {
  readonly required?: boolean;
  readonly min?: number;
  readonly unique?: boolean;
  readonly out?: ColumnOutput;
  readonly onRequest?: boolean;
}

/** A column read as `kind` under its key and the further (en, zh) aliases given. */
export function column(
  key: string,
  kind: InputKind,
  aliases: readonly string[] = [],
  options: ColumnOptions = {},
): ColumnSchema {
  const spec: InputColumnSpec = {
    key,
    aliases: [key, ...aliases],
    kind,
    required: options.required ?? false,
  };
  return {
    ...spec,
    ...(options.min !== undefined ? { min: options.min } : {}),
    ...(options.unique !== undefined ? { unique: options.unique } : {}),
    ...(options.out ? { out: options.out } : {}),
    ...(options.onRequest ? { onRequest: true } : {}),
  };
}

/** How a written column reads back: text as text, the rest as the numbers (and serials) written. */
export const readKindOf = (kind: OutputKind): InputKind =>
  kind === "text" ? "text" : kind === "boolean" ? "boolean" : "number";

/**
 * A column SalesPlan writes as `kind` under its key; read back as written, under its key only,
 * unless `read` says otherwise (a month, a required column, a Chinese alias).
 */
export function written(
  key: string,
  kind: OutputKind,
  out: Omit<ColumnOutput, "kind"> = {},
  read: { readonly kind?: InputKind; readonly required?: boolean; readonly aliases?: readonly string[] } = {},
): ColumnSchema {
  return column(key, read.kind ?? readKindOf(kind), read.aliases, {
    required: read.required,
    out: { kind, ...out },
  });
}

/** The column as a host reads it: the schema's reading facets only, with `change` applied. */
function columnSpec(c: ColumnSchema, change: Partial<InputColumnSpec> = {}): InputColumnSpec {
  const spec: InputColumnSpec = { key: c.key, aliases: c.aliases, kind: c.kind, required: c.required };
  return {
    ...spec,
    ...(c.min !== undefined ? { min: c.min } : {}),
    ...(c.unique !== undefined ? { unique: c.unique } : {}),
    ...change,
  };
}

function columnOf(schema: TableSchema, key: string): ColumnSchema {
  const found = schema.columns.find((c) => c.key === key);
  if (!found) throw new Error(`${schema.name} has no column ${key}`);
  return found;
}

/**
 * What a host reads of the table: every column (or those named by `keys`, in that order), with
 * `changes` for a reading that asks less (e.g. a RepID that need not be unique).
 */
export function readSpec(
  schema: TableSchema,
  keys?: readonly string[],
  changes: Readonly<Record<string, Partial<InputColumnSpec>>> = {},
): InputTableSpec {
  const columns = (
    keys ? keys.map((k) => columnOf(schema, k)) : schema.columns.filter((c) => !c.onRequest)
  ).map((c) => columnSpec(c, changes[c.key]));
  const extra = schema.extra && !keys ? { kind: schema.extra.kind, known: schema.extra.known } : undefined;
  return extra ? { name: schema.name, columns, extra } : { name: schema.name, columns };
}

/** One column of a table SalesPlan writes, as written (header = key). */
function outputColumn(c: ColumnSchema): OutputColumn {
  const out = c.out as ColumnOutput;
  return { key: c.key, header: c.key, ...out };
}

/** The columns a table is written with; `extras` are its extra columns (SalesScorecard's KPIs). */
export function outputColumns(schema: TableSchema, extras: readonly string[] = []): OutputColumn[] {
  const columns = schema.columns.filter((c) => c.out).map(outputColumn);
  const extra = schema.extra?.out;
  if (!extra || extras.length === 0) return columns;
  const at = columns.findIndex((c) => c.key === extra.before);
  const added = extras.map((key): OutputColumn => ({ key, header: key, kind: extra.kind }));
  return [...columns.slice(0, at), ...added, ...columns.slice(at)];
}

/**
 * The table as written, read back: every written column under its header, as the kind it reads
 * back as; `required` as when written, or none (a check reads what is there).
 */
export function writtenSpec(schema: TableSchema, required: boolean): InputTableSpec {
  const columns = schema.columns
    .filter((c) => c.out)
    .map((c): InputColumnSpec => {
      const out = c.out as ColumnOutput;
      return {
        key: c.key,
        aliases: [c.key],
        kind: readKindOf(out.kind),
        required: required && out.required === true,
      };
    });
  return schema.extra?.out
    ? { name: schema.name, columns, extra: { kind: "number", known: [] } }
    : { name: schema.name, columns };
}
