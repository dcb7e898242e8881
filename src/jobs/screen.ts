/**
 * Input that is odd but not wrong, and cross-table mistakes a cell alone cannot show. The policy
 * (README "Odd input"): Actuals and Activities rows outside the plan year, Actuals rows of a measure
 * no plan or scorecard uses, and reps with no actuals are warned about and left out; they never move
 * the plan year and never change a gate silently. A rep Reps does not have, a region Regions does
 * not have, and a leaver who leaves before being hired stop the run, naming the cell.
 */
import { SalesPlanError } from "../kernel/errors";
import { measureKey, payoutPeriodKey, type PayoutFrequency } from "../engine/incentives";
import type { MessageTemplate } from "../kernel/messages";
import { dateKey, monthKey, ymdOf } from "../kernel/calendar";
import { cellAddress } from "../workbook/cells";
import type { ParsedRow, ParsedTable } from "../workbook/parse";
import type { WorkbookProblem } from "../workbook/types";
import { text } from "./job";
import { jobMessages } from "./messages";

/** The year most Actuals rows fall in (a stray row never moves it); `fallback` when there are none. */
export function planYear(actuals: ParsedTable | undefined, fallback: number): number {
  const counts = new Map<number, number>();
  for (const r of actuals?.rows ?? []) {
    const year = Number(text(r.values.Period).slice(0, 4));
    if (year > 0) counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  let best = fallback;
  let most = 0;
  for (const [year, count] of counts)
    if (count > most || (count === most && year > best)) [best, most] = [year, count];
  return best;
}

/**
 * A row built from another table's rows (Actuals credited from Deals): a problem with it names the
 * cell of the table it came from, and counts that table's rows.
 */
export interface SourcedRow extends ParsedRow {
  readonly source: ParsedTable;
  /** The source's sheet rows behind this row, from 1 (`row` is the first). */
  readonly sourceRows: readonly number[];
  /** The source's column for a column of the holding table, where named otherwise (Period: Date). */
  readonly sourceKeys?: Readonly<Record<string, string>>;
}

const sourceOf = (table: ParsedTable, row: ParsedRow): ParsedTable =>
  "source" in row ? (row as SourcedRow).source : table;
const sheetRows = (row: ParsedRow): readonly number[] =>
  "sourceRows" in row ? (row as SourcedRow).sourceRows : [row.row];

/** Where a row's cell is: "Actuals!B1470", the column's header, and the location fields of a problem. */
function place(holder: ParsedTable, row: ParsedRow, key: string): WorkbookProblem & { address: string } {
  const table = sourceOf(holder, row);
  if (table !== holder) key = (row as SourcedRow).sourceKeys?.[key] ?? key;
  const column = table.columns.find((c) => c.key === key);
  const index = (table.firstColumn ?? 0) + (column?.index ?? 0);
  const cell = cellAddress(row.row - 1, index);
  return {
    sheet: table.sheet,
    table: table.table ?? table.sheet,
    row: row.row,
    column: index + 1,
    cell,
    header: column?.header ?? key,
    address: `${table.sheet}!${cell} (${column?.header ?? key})`,
    error: undefined as never,
  };
}

function problem(
  table: ParsedTable,
  row: ParsedRow,
  key: string,
  template: MessageTemplate,
  params: Record<string, string | number>,
): WorkbookProblem {
  const { address, ...at } = place(table, row, key);
  return { ...at, error: new SalesPlanError(template, { cell: address, ...params }) };
}

/** Rows grouped by a value, with a warning for each group naming its first cell and its sheet rows. */
function groupWarnings(
  table: ParsedTable,
  rows: readonly ParsedRow[],
  key: string,
  valueOf: (row: ParsedRow) => string,
  template: (
    value: string,
    source: ParsedTable,
  ) => { template: MessageTemplate; params: Record<string, string | number> },
): WorkbookProblem[] {
  // One warning per value and per table the rows come from (Actuals' own, or Deals' credited).
  const groups = new Map<string, ParsedRow[]>();
  for (const r of rows) {
    const group = `${sourceOf(table, r).name}\u0000${valueOf(r)}`;
    groups.set(group, [...(groups.get(group) ?? []), r]);
  }
  return [...groups.values()].map((group) => {
    const value = valueOf(group[0]);
    const source = sourceOf(table, group[0]);
    const all = [...new Set(group.flatMap(sheetRows))].sort((a, b) => a - b);
    const shown = all.slice(0, 5).join(", ") + (all.length > 5 ? ", ..." : "");
    const t = template(value, source);
    return problem(table, group[0], key, t.template, {
      value,
      count: all.length,
      rows: shown,
      ...t.params,
    });
  });
}

const excelDate = (serial: number): string => dateKey(ymdOf(serial));

/** Reps rows that cannot be right: leaving before being hired, a region Regions does not list. */
export function repsProblems(reps: ParsedTable, regions?: ParsedTable): WorkbookProblem[] {
  const problems: WorkbookProblem[] = [];
  const known = regions ? new Set(regions.rows.map((r) => text(r.values.Region).toLowerCase())) : undefined;
  for (const r of reps.rows) {
    const hire = r.values.HireDate;
    const end = r.values.EndDate;
    if (typeof hire === "number" && typeof end === "number" && end < hire) {
      problems.push(
        problem(reps, r, "EndDate", jobMessages.endBeforeHire, {
          rep: text(r.values.RepID),
          end: excelDate(end),
          hire: excelDate(hire),
        }),
      );
    }
    const region = text(r.values.Region);
    if (known && regions && !known.has(region.toLowerCase())) {
      problems.push(
        problem(reps, r, "Region", jobMessages.unknownRegion, {
          rep: text(r.values.RepID),
          value: region,
          regions: [...new Set(regions.rows.map((x) => text(x.values.Region)))].join(", "),
        }),
      );
    }
  }
  return problems;
}

export interface ScreenOptions {
  readonly year: number;
  /** Measure names a plan (measures, gates, SPIFFs) or the scorecard uses; null: do not judge measures. */
  readonly usedMeasures: readonly string[] | null;
}

export interface Screened {
  /** Actuals without the rows left out. */
  readonly actuals: ParsedTable;
  /** Activities without rows outside the plan year (when given). */
  readonly activities?: ParsedTable;
  /** Reps without those who have no actuals in the plan year while employed. */
  readonly reps: ParsedTable;
  /** Mistakes that stop the run. */
  readonly problems: readonly WorkbookProblem[];
  /** What was left out, and why. */
  readonly warnings: readonly WorkbookProblem[];
}

/** Actuals (and Activities) against Reps and the plan year, by the policy above. */
export function screenActuals(
  inputs: { readonly reps: ParsedTable; readonly actuals: ParsedTable; readonly activities?: ParsedTable },
  options: ScreenOptions,
): Screened {
  const { reps, actuals, activities } = inputs;
  const year = String(options.year);
  const repIds = new Set(reps.rows.map((r) => text(r.values.RepID).toLowerCase()));
  const problems: WorkbookProblem[] = [];
  const warnings: WorkbookProblem[] = [];

  const unknownReps = (table: ParsedTable): void => {
    for (const r of table.rows) {
      const rep = text(r.values.RepID);
      if (!repIds.has(rep.toLowerCase()))
        problems.push(
          problem(table, r, "RepID", jobMessages.repNotInReps, { value: rep, table: table.name }),
        );
    }
  };
  unknownReps(actuals);
  if (activities) unknownReps(activities);

  const period = (r: ParsedRow) => text(r.values.Period);
  const outside = (table: ParsedTable): ParsedRow[] => table.rows.filter((r) => !period(r).startsWith(year));
  const yearWarnings = (table: ParsedTable, rows: ParsedRow[]) =>
    groupWarnings(table, rows, "Period", period, (_, source) => ({
      template: jobMessages.outsidePlanYear,
      params: { year, table: source.name },
    }));
  const actualsOut = outside(actuals);
  warnings.push(...yearWarnings(actuals, actualsOut));
  const activitiesOut = activities ? outside(activities) : [];
  if (activities) warnings.push(...yearWarnings(activities, activitiesOut));

  let unused: ParsedRow[] = [];
  if (options.usedMeasures !== null) {
    const used = new Map(options.usedMeasures.map((m) => [measureKey(m), m]));
    const inYear = new Set(actualsOut);
    unused = actuals.rows.filter((r) => !inYear.has(r) && !used.has(measureKey(text(r.values.Measure))));
    warnings.push(
      ...groupWarnings(
        actuals,
        unused,
        "Measure",
        (r) => text(r.values.Measure),
        (value): { template: MessageTemplate; params: Record<string, string> } => {
          const near = [...used.values()].find((m) => closeTo(measureKey(value), measureKey(m)));
          return near
            ? { template: jobMessages.misspelledMeasure, params: { near } }
            : { template: jobMessages.unusedMeasure, params: { used: [...used.values()].join(", ") } };
        },
      ),
    );
  }

  const leftOut = new Set([...actualsOut, ...unused]);
  const kept = actuals.rows.filter((r) => !leftOut.has(r));
  const withActuals = new Set(kept.map((r) => text(r.values.RepID).toLowerCase()));
  const months = [...new Set(kept.map(period))].sort();
  const idle = reps.rows.filter(
    (r) => !withActuals.has(text(r.values.RepID).toLowerCase()) && employedIn(r, months),
  );
  for (const r of idle)
    warnings.push(problem(reps, r, "RepID", jobMessages.repNoActuals, { rep: text(r.values.RepID), year }));
  const idleSet = new Set(idle);
  return {
    actuals: { ...actuals, rows: kept },
    ...(activities
      ? { activities: { ...activities, rows: activities.rows.filter((r) => !activitiesOut.includes(r)) } }
      : {}),
    reps: idle.length === 0 ? reps : { ...reps, rows: reps.rows.filter((r) => !idleSet.has(r)) },
    problems,
    warnings,
  };
}

/**
 * Rows whose measure is one slip from a plan measure ("Colection" for Collection): named with their
 * rows, since they would otherwise be left out without a word (used by MeasureTargets).
 */
export function misspelledMeasures(
  table: ParsedTable,
  rows: readonly ParsedRow[],
  measures: readonly string[],
): WorkbookProblem[] {
  const near = (value: string) => measures.find((m) => closeTo(measureKey(value), measureKey(m)));
  return groupWarnings(
    table,
    rows.filter((r) => near(text(r.values.Measure)) !== undefined),
    "Measure",
    (r) => text(r.values.Measure),
    (value) => ({ template: jobMessages.misspelledMeasure, params: { near: near(value) ?? "" } }),
  );
}

/** Whether a rep (their Reps row) was employed in any month of a payout period ("2026-03", "2026-Q1"). */
export function employedInPeriod(
  rep: ParsedRow | undefined,
  period: string,
  frequency: PayoutFrequency,
): boolean {
  if (!rep) return true;
  const year = Number(period.slice(0, 4));
  const months = Array.from({ length: 12 }, (_, i) => monthKey({ year, month: i + 1 }));
  return employedIn(
    rep,
    months.filter((m) => payoutPeriodKey(m, frequency) === period),
  );
}

/** Whether a rep was employed in any of these months ("2026-03"), by HireDate and EndDate. */
function employedIn(rep: ParsedRow, months: readonly string[]): boolean {
  const hire = typeof rep.values.HireDate === "number" ? excelDate(rep.values.HireDate).slice(0, 7) : "";
  const end = typeof rep.values.EndDate === "number" ? excelDate(rep.values.EndDate).slice(0, 7) : "9999-12";
  return months.some((m) => m >= hire && m <= end);
}

/** One edit apart (a letter missing, added, changed or two swapped): a likely typing slip. */
function closeTo(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const rest = (x: string, y: string) => x.slice(i + 1) === y.slice(i + 1);
  if (a.length === b.length)
    return rest(a, b) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  return a.length < b.length ? a.slice(i) === b.slice(i + 1) : a.slice(i + 1) === b.slice(i);
}
