/**
 * The output tables PRODUCT.md promises and how each is written: headers, number formats,
 * column widths and totals. `prepareOutput` validates and formats everything before any host
 * touches the workbook, so a bad value stops the run before the first write.
 */
import { SalesPlanError } from "../kernel/errors";
import type { MessageTable } from "../kernel/messages";
import { roundMoney, sumMoney } from "../kernel/money";
import { dateToSerial } from "../kernel/calendar";
import { looksLikeError } from "./cells";
import { parseDateText, ymdToSerial } from "./dates";
import { workbookMessages } from "./messages";
import {
  outputColumns,
  outputSchemas,
  payoutCurrencyColumns,
  payoutPlanColumn,
  type OutputColumn,
  type OutputKind,
} from "./schema";

export type { OutputColumn, OutputKind } from "./schema";

export type OutputValue = string | number | boolean | Date | null | undefined;
export type OutputRow = Readonly<Record<string, OutputValue>>;

export interface OutputTable {
  readonly name: string;
  readonly columns: readonly OutputColumn[];
  readonly rows: readonly OutputRow[];
  /** "append" keeps the existing rows and adds these (the audit trail); default "replace". */
  readonly mode?: "replace" | "append";
  /** The totals row's label (the run's language); default "Total". */
  readonly totalLabel?: string;
}

/** Labels SalesPlan writes into output rows, in the run's language. */
export const rowLabels = {
  total: { en: "Total", zh: "合计" },
  adjustments: { en: "Adjustments", zh: "调整" },
  /** SalesTargets' RepID for what no rep carries (joiners' ramp, leavers' months). */
  unassigned: { en: "(unassigned)", zh: "（未分配）" },
} as const satisfies MessageTable;

/** A cell ready to write: never a formula, never an error-looking string, dates as serials. */
export type WriteCell = string | number | boolean | null;

export interface PreparedColumn extends OutputColumn {
  readonly numberFormat: string;
  readonly width: number;
}

export interface PreparedTable {
  readonly name: string;
  readonly sheet: string;
  readonly mode: "replace" | "append";
  readonly columns: readonly PreparedColumn[];
  readonly headers: readonly string[];
  readonly rows: readonly (readonly WriteCell[])[];
  /** Label and sums for the totals row, or undefined when the table has none. */
  readonly totals: readonly WriteCell[] | undefined;
}

export const NUMBER_FORMATS: Readonly<Record<OutputKind, string>> = {
  text: "@",
  number: "#,##0.####",
  integer: "#,##0",
  money: "#,##0.00",
  percent: "0.0%",
  score: "0.0",
  date: "yyyy-mm-dd",
  datetime: "yyyy-mm-dd hh:mm:ss",
  boolean: "General",
};

const DEFAULT_WIDTHS: Readonly<Record<OutputKind, number>> = {
  text: 14,
  number: 12,
  integer: 10,
  money: 14,
  percent: 11,
  score: 9,
  date: 12,
  datetime: 20,
  boolean: 9,
};

/** Output table names, in the order they are written (and their sheets appear). */
export const OUTPUT_TABLES = [
  "SalesTargets",
  "SalesPayouts",
  "SalesScorecard",
  "SalesPlan",
  "SalesPlanTiers",
  "SalesAudit",
] as const;
export type OutputTableName = (typeof OUTPUT_TABLES)[number];

/**
 * Where a new output sheet goes among the sheets (in tab order): before the first output sheet
 * that comes after it in OUTPUT_TABLES, so finance finds them in the same order in every workbook;
 * other sheets keep their places.
 */
export function newSheetPosition(sheetsInOrder: readonly string[], name: string): number {
  const rank = (n: string): number => OUTPUT_TABLES.findIndex((t) => t.toLowerCase() === n.toLowerCase());
  const own = rank(name);
  if (own < 0) return sheetsInOrder.length;
  const after = sheetsInOrder.findIndex((n) => rank(n) > own);
  return after < 0 ? sheetsInOrder.length : after;
}

export const targetColumns: readonly OutputColumn[] = outputColumns(outputSchemas.SalesTargets);
export const payoutColumns: readonly OutputColumn[] = outputColumns(outputSchemas.SalesPayouts);

/** SalesPayouts with the rep's currency and the reporting-currency payout, before Explanation. */
export const payoutCurrencyOutputColumns: readonly OutputColumn[] = [
  ...payoutColumns.slice(0, -1),
  ...outputColumns({ name: "SalesPayouts", columns: payoutCurrencyColumns }),
  ...payoutColumns.slice(-1),
];

/**
 * SalesPayouts' columns for a run: with the plan of each row after Period when PlanAssignments is
 * there, and with the currency columns when some rep is paid in another currency. Neither: the
 * usual columns.
 */
export function payoutColumnsFor(options: { plan: boolean; currency: boolean }): readonly OutputColumn[] {
  const base = options.currency ? payoutCurrencyOutputColumns : payoutColumns;
  if (!options.plan) return base;
  const at = base.findIndex((c) => c.key === "Period") + 1;
  const plan = outputColumns({ name: "SalesPayouts", columns: [payoutPlanColumn] });
  return [...base.slice(0, at), ...plan, ...base.slice(at)];
}

/** Scorecard columns: one score per KPI between Period and Score. */
export function scorecardColumns(kpis: readonly string[]): OutputColumn[] {
  return outputColumns(outputSchemas.SalesScorecard, kpis);
}

export const honourRollColumns: readonly OutputColumn[] = outputColumns(outputSchemas.SalesHonourRoll);
export const teamHealthColumns: readonly OutputColumn[] = outputColumns(outputSchemas.SalesTeamHealth);
export const planModelColumns: readonly OutputColumn[] = outputColumns(outputSchemas.SalesPlanModel);
export const planColumns: readonly OutputColumn[] = outputColumns(outputSchemas.SalesPlan);
export const planTierColumns: readonly OutputColumn[] = outputColumns(outputSchemas.SalesPlanTiers);
export const ledgerColumns: readonly OutputColumn[] = outputColumns(outputSchemas.SalesLedger);
export const auditColumns: readonly OutputColumn[] = outputColumns(outputSchemas.SalesAudit);

/**
 * What a host writes: an output table, or one already prepared. A run's tables come prepared (the
 * jobs prepare each once, with the audit row: jobs/run.ts); a hand-made table (the demo's inputs,
 * tests) is prepared by the host's write.
 */
export type WriteTable = OutputTable | PreparedTable;

/** The table prepared: as given when it already is (prepared tables carry their headers). */
export function preparedOf(table: WriteTable): PreparedTable {
  return "headers" in table ? table : prepareOutput(table);
}

/** Validate and convert one output table's rows into cells, formats and totals. */
export function prepareOutput(table: OutputTable): PreparedTable {
  const columns: PreparedColumn[] = table.columns.map((c) => ({
    ...c,
    numberFormat: NUMBER_FORMATS[c.kind],
    width: c.width ?? Math.max(DEFAULT_WIDTHS[c.kind], Math.min(40, c.header.length + 2)),
  }));
  const rows = table.rows.map((row, r) => columns.map((c) => toWriteCell(table.name, c, row[c.key], r + 1)));
  const hasTotals = columns.some((c) => c.total);
  const totals = hasTotals
    ? columns.map((c, i): WriteCell => {
        if (c.total) return sumColumn(rows, i, c.kind);
        return i === 0 ? (table.totalLabel ?? rowLabels.total.en) : null;
      })
    : undefined;
  return {
    name: table.name,
    sheet: table.name,
    mode: table.mode ?? "replace",
    columns,
    headers: columns.map((c) => c.header),
    rows,
    totals,
  };
}

/** The sum finance expects: of the rounded rows, to the cent, without float drift. */
function sumColumn(rows: readonly (readonly WriteCell[])[], index: number, kind: OutputKind): number {
  if (kind === "money") return sumMoney(rows.map((row) => row[index]));
  let sum = 0;
  for (const row of rows) {
    const v = row[index];
    if (typeof v === "number") sum += v;
  }
  return sum;
}

function toWriteCell(table: string, column: PreparedColumn, value: OutputValue, row: number): WriteCell {
  const reject = (shown: string): never => {
    throw new SalesPlanError(workbookMessages.badOutputValue, {
      table,
      column: column.key,
      row,
      value: shown,
    });
  };
  if (value === null || value === undefined || value === "") {
    if (column.required) {
      throw new SalesPlanError(workbookMessages.outputMissingColumn, { table, column: column.key, row });
    }
    return null;
  }
  switch (column.kind) {
    case "text": {
      const text = value instanceof Date ? value.toISOString() : String(value);
      // An error-looking string would read as an error to anyone checking the file.
      if (looksLikeError(text)) reject(`'${text}'`);
      return text;
    }
    case "boolean":
      if (typeof value !== "boolean") reject(`'${String(value)}'`);
      return value as boolean;
    case "date":
    case "datetime": {
      if (value instanceof Date) {
        if (Number.isNaN(value.getTime())) reject("an invalid date");
        return dateToSerial(value);
      }
      if (typeof value === "number" && Number.isFinite(value)) return value;
      if (typeof value === "string") {
        const ymd = parseDateText(value);
        if (ymd) return ymdToSerial(ymd);
      }
      return reject(`'${String(value)}'`);
    }
    default: {
      if (typeof value !== "number" || !Number.isFinite(value))
        return reject(typeof value === "string" ? `'${value}'` : String(value));
      if (column.kind === "money") return roundMoney(value);
      if (column.kind === "integer" && !Number.isInteger(value)) reject(String(value));
      return value;
    }
  }
}
