/**
 * The workbook check: everything a finance reviewer would trip over (input problems, tables that
 * are not SalesPlan's, formulas left in output tables, payout rows that do not add up, unknown
 * reps, region targets that differ, plan acknowledgements), errors first.
 */
import { formatMoney } from "../../engine/incentives";
import { SalesPlanError } from "../../kernel/errors";
import { excelRound, roundMoney, sumMoney } from "../../kernel/money";
import { serialToDate } from "../../kernel/calendar";
import { FORMULA_CELLS_LISTED, type TableFormulas } from "../../workbook/formulas";
import { cellAddress } from "../../workbook/cells";
import type { CellTarget, WorkbookHost } from "../../workbook/host";
import type { ParsedTable } from "../../workbook/parse";
import type { WorkbookProblem } from "../../workbook/types";
import { acknowledgementChecks, planIdentity, repPlans } from "../acknowledgements";
import { isNotFound, type Mappings } from "../inputs";
import { num, text } from "../job";
import { checkMessages, publishMessages } from "../messages";
import { isUnassigned } from "../targets";
import { PUBLISHED_TABLES, readWorkbook, type OutputTableName, type WorkbookRead } from "./read";
import { withWritten } from "../payoutSums";
import {
  auditPairs,
  payoutRecord,
  payoutsEntry,
  reconcileCurrencies,
  reconcilePayouts,
  recordedPayouts,
  type Reconciliation,
} from "./reconciliation";
import { summaryOf, type PublishSummary } from "./summary";

export interface WorkbookCheck {
  readonly severity: "error" | "warning";
  readonly error: SalesPlanError;
  /** Where it is, for "Go to cell"; absent when it is nowhere in particular (no audit trail). */
  readonly at?: CellTarget;
}

/** A problem's cell, as read: its address, else its row and column. */
function problemAt(p: WorkbookProblem): CellTarget | undefined {
  if (!p.sheet) return undefined;
  const cell =
    p.cell ?? (p.row !== undefined ? cellAddress(p.row - 1, Math.max(0, (p.column ?? 1) - 1)) : undefined);
  return cell ? { sheet: p.sheet, cell } : { sheet: p.sheet, ...(p.table ? { table: p.table } : {}) };
}

/** A whole table as a target: the Excel table, or the sheet that holds the data. */
const tableAt = (t: ParsedTable): CellTarget | undefined =>
  t.sheet ? { sheet: t.sheet, ...(t.table ? { table: t.table } : {}) } : undefined;

/** The cell of `column` in sheet row `row` (from 1) of a table as read. */
function columnAt(t: ParsedTable, row: number, column: string): CellTarget | undefined {
  const c = t.columns.find((x) => x.key === column);
  if (!t.sheet || !c) return tableAt(t);
  return { sheet: t.sheet, cell: cellAddress(row - 1, (t.firstColumn ?? 0) + c.index) };
}

/** A message that names a sheet and a row (the Acknowledgements checks): that row's first cell. */
function paramsAt(e: SalesPlanError): CellTarget | undefined {
  const { sheet, row } = e.params;
  return typeof sheet === "string" && sheet !== "" && typeof row === "number" && row > 0
    ? { sheet, cell: `A${row}` }
    : undefined;
}

/** At most this many problems per input table; the rest are counted. */
const PER_TABLE = 5;
const TARGET_ROUNDINGS = [2, 1, 0, -1, -2, -3, -4, -5, -6];

/** Everything a finance reviewer would trip over, errors first; empty when the workbook is ready. */
export async function checkWorkbook(
  host: WorkbookHost,
  mappings: Mappings = {},
): Promise<WorkbookCheckResult> {
  return checkRead(host, await readWorkbook(host, mappings));
}

export interface WorkbookCheckResult {
  readonly summary: PublishSummary;
  readonly checks: WorkbookCheck[];
  readonly reconciliation: Reconciliation | null;
}

/** The check over what readWorkbook read; asks the host only for the formula cells. */
export async function checkRead(host: WorkbookHost, read: WorkbookRead): Promise<WorkbookCheckResult> {
  const checks: WorkbookCheck[] = [];
  const push = (severity: WorkbookCheck["severity"], e: SalesPlanError, at?: CellTarget) => {
    const where = at ?? paramsAt(e);
    checks.push(where ? { severity, error: e, at: where } : { severity, error: e });
  };
  const error = (e: SalesPlanError, at?: CellTarget) => push("error", e, at);
  const warning = (e: SalesPlanError, at?: CellTarget) => push("warning", e, at);

  const { inputs, outputs } = read;
  for (const [name, table] of inputs) {
    table.problems.slice(0, PER_TABLE).forEach((p) => error(p.error, problemAt(p)));
    if (table.problems.length > PER_TABLE)
      error(
        new SalesPlanError(checkMessages.moreProblems, {
          table: name,
          count: table.problems.length - PER_TABLE,
        }),
        problemAt(table.problems[PER_TABLE]) ?? tableAt(table),
      );
  }
  const summary = summaryOf(outputs, read.copies);
  for (const t of summary.tables) {
    const table = outputs.get(t.name)?.table;
    if (t.ownership === "foreign")
      error(
        new SalesPlanError(checkMessages.foreignTable, { table: t.name }),
        table && !isNotFound(table) ? tableAt(table) : undefined,
      );
  }
  // A copy of someone else's under a Finance_ name stops only a publish with the copy.
  for (const c of summary.copies)
    if (c.ownership === "foreign") warning(new SalesPlanError(checkMessages.foreignTable, { table: c.name }));
  const ours = [
    ...summary.tables.filter((t) => t.ownership === "salesplan").map((t) => t.name),
    ...summary.copies.filter((c) => c.ownership === "salesplan").map((c) => c.name),
  ];
  for (const f of await host.formulaCells(ours, FORMULA_CELLS_LISTED))
    if (f.count > 0)
      error(formulasError(f), f.cells[0] ? { sheet: f.sheet, cell: f.cells[0].address } : undefined);
  for (const name of PUBLISHED_TABLES) {
    const entry = outputs.get(name);
    if (!entry || entry.ownership !== "salesplan" || isNotFound(entry.table)) continue;
    entry.table.problems.slice(0, PER_TABLE).forEach((p) => error(p.error, problemAt(p)));
    if (entry.table.problems.length > PER_TABLE)
      error(
        new SalesPlanError(checkMessages.moreProblems, {
          table: name,
          count: entry.table.problems.length - PER_TABLE,
        }),
        problemAt(entry.table.problems[PER_TABLE]) ?? tableAt(entry.table),
      );
  }

  const present = (name: OutputTableName): ParsedTable | undefined => {
    const entry = outputs.get(name);
    return entry && entry.ownership !== "foreign" && !isNotFound(entry.table) ? entry.table : undefined;
  };
  const payouts = present("SalesPayouts");
  if (payouts) {
    // Like the input problems: the first few rows, then a count, so an edited table does not flood the pane.
    let offRows = 0;
    for (const r of payouts.rows) {
      const [payout, adjustments, net] = [r.values.Payout, r.values.Adjustments, r.values.NetPayout].map(
        (v) => num(v) ?? 0,
      );
      if (roundMoney(payout + adjustments) === roundMoney(net)) continue;
      offRows += 1;
      if (offRows <= PER_TABLE)
        error(
          new SalesPlanError(checkMessages.rowDoesNotAddUp, {
            row: r.row,
            payout: formatMoney(payout),
            adjustments: formatMoney(adjustments),
            net: formatMoney(net),
          }),
          columnAt(payouts, r.row, "NetPayout"),
        );
    }
    if (offRows > PER_TABLE)
      error(
        new SalesPlanError(checkMessages.moreProblems, { table: "SalesPayouts", count: offRows - PER_TABLE }),
        tableAt(payouts),
      );
    if (!present("SalesPlan")) error(new SalesPlanError(checkMessages.payoutsWithoutPlan), tableAt(payouts));
  }
  const reps = inputs.get("Reps");
  let reconciliation: Reconciliation | null = null;
  if (payouts) {
    const regionOf = new Map((reps?.rows ?? []).map((r) => [text(r.values.RepID), text(r.values.Region)]));
    const records = payouts.rows.map(payoutRecord);
    const sums = reconcilePayouts(records, regionOf);
    const recorded = recordedPayouts(summary.audit, sums.total);
    // Each line beside what the run wrote for it, where the run recorded its lines.
    const entry = payoutsEntry(summary.audit);
    reconciliation = {
      ...(entry ? withWritten(sums, auditPairs(entry.totals)) : sums),
      recorded,
      currencies: reconcileCurrencies(records, summary.audit),
    };
    if (recorded && !recorded.matches)
      warning(
        new SalesPlanError(publishMessages.payoutsChanged, {
          action: recorded.action,
          time: recorded.time === null ? "" : serialText(recorded.time),
          now: formatMoney(sums.total.net),
          then: recorded.net === null ? "-" : formatMoney(recorded.net),
        }),
        tableAt(payouts),
      );
  }
  if (reps) {
    const known = new Set(reps.rows.map((r) => text(r.values.RepID)));
    for (const name of ["SalesTargets", "SalesPayouts", "SalesScorecard"] as const) {
      const table = present(name);
      if (!table) continue;
      // Each unknown rep at its first row.
      const unknown = new Map<string, number>();
      for (const r of table.rows) {
        const rep = text(r.values.RepID);
        if (rep !== "" && !isUnassigned(rep) && !known.has(rep) && !unknown.has(rep)) unknown.set(rep, r.row);
      }
      for (const [rep, row] of [...unknown].slice(0, PER_TABLE))
        warning(
          new SalesPlanError(checkMessages.unknownRep, { table: name, rep }),
          columnAt(table, row, "RepID"),
        );
    }
  }
  const targets = present("SalesTargets");
  const regions = inputs.get("Regions");
  // A company total split by weight owes nothing to the Regions table: compare only when the latest
  // targets run read Regions (or no run is recorded, e.g. SalesTargets from an older workbook).
  const lastTargets = summary.audit.find((a) => a.action === "targets");
  const fromRegions = !lastTargets || auditPairs(lastTargets.inputRows).has("Regions");
  if (targets && regions && fromRegions) {
    for (const g of regions.rows) {
      const region = text(g.values.Region);
      const expected = num(g.values.Target);
      if (expected === null) continue;
      const value = sumMoney(
        targets.rows.filter((r) => text(r.values.Region) === region).map((r) => r.values.Target),
      );
      // Targets are split exactly to ROUND(target, decimals) for the decimals the user chose (cents
      // down to millions), which the table does not record: any of those roundings reconciles.
      if (!TARGET_ROUNDINGS.some((decimals) => value === excelRound(expected, decimals)))
        warning(
          new SalesPlanError(checkMessages.regionTargetDiffers, {
            region,
            value: formatMoney(value),
            expected: formatMoney(expected),
          }),
          columnAt(regions, g.row, "Target"),
        );
    }
  }
  const plan = planIdentity(present("SalesPlan"));
  const several = repPlans(present("SalesPlan"), read.planAssignments);
  for (const e of acknowledgementChecks(read.acknowledgements, reps, plan, several)) warning(e);
  const anyOutput = summary.tables.some(
    (t) => t.name !== "SalesAudit" && t.rows > 0 && t.ownership !== "foreign",
  );
  if (anyOutput && summary.audit.length === 0) warning(new SalesPlanError(checkMessages.noAudit));
  checks.sort((a, b) => Number(a.severity === "warning") - Number(b.severity === "warning"));
  return { summary, checks, reconciliation };
}

/** An Excel date-time serial as "2026-11-27 02:15" (UTC, as written). */
export function serialText(serial: number): string {
  return serialToDate(serial).toISOString().slice(0, 16).replace("T", " ");
}

/** Formula text shown in a message: long ones cut short. */
const FORMULA_SHOWN = 40;

function formulasError(f: TableFormulas): SalesPlanError {
  const cells = f.cells
    .map((c) => {
      const formula =
        c.formula.length > FORMULA_SHOWN ? `${c.formula.slice(0, FORMULA_SHOWN - 1)}…` : c.formula;
      return `${c.address} (${c.column}) ${formula}`;
    })
    .join("; ");
  const more = f.count - f.cells.length;
  return new SalesPlanError(more > 0 ? publishMessages.formulasMore : publishMessages.formulas, {
    table: f.table,
    sheet: f.sheet,
    count: f.count,
    cells,
    more,
  });
}
