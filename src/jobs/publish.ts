/**
 * Publish for finance: which output tables exist, their totals, the audit trail, a check of the
 * workbook that lists every problem a finance reviewer would trip over (formulas left in output
 * tables among them), the payout reconciliation, and the publish itself: the SalesAudit row and,
 * on request, values-only copies of the output tables, in one all-or-nothing write.
 */
import { SalesPlanError } from "../kernel/errors";
import type { Locale } from "../kernel/messages";
import { formatMoney } from "../engine/incentives";
import { excelRound, fromScaledUnits, roundMoney, toScaledUnits } from "../kernel/money";
import { auditActionCode } from "../workbook/audit";
import { serialToDate } from "../workbook/cells";
import { FORMULA_CELLS_LISTED, type TableFormulas } from "../workbook/formulas";
import type { Ownership, WorkbookHost } from "../workbook/host";
import {
  OUTPUT_TABLES,
  type OutputColumn,
  type OutputRow,
  type OutputTable,
  type OutputTableName,
  prepareOutput,
  type WriteTable,
} from "../workbook/outputs";
import type { ParsedTable } from "../workbook/parse";
import { outputColumns, outputSchemas, writtenSpec, type InputTableSpec } from "../workbook/schema";
import { inputSpecs, isNotFound, requireClean, resolveInput, type InputName, type Mappings } from "./inputs";
import { auditOf, num, sumMoney, text, type JobTotal } from "./job";
import { acknowledgementChecks, acknowledgementsSpec, planIdentity } from "./acknowledgements";
import { checkMessages, publishMessages } from "./messages";
import { isUnassigned } from "./targets";

/** The columns each output table is written with (SalesScorecard: without its KPIs' scores). */
const outputColumnsOf = (name: OutputTableName): readonly OutputColumn[] =>
  outputColumns(outputSchemas[name]);

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
  readonly copies: readonly { readonly name: string; readonly ownership: Ownership }[];
}

/** Values-only copies finance reads without the add-in: one table (on its own sheet) per output. */
export const FINANCE_PREFIX = "Finance_";
export const financeName = (name: OutputTableName): string => `${FINANCE_PREFIX}${name}`;
export const FINANCE_TABLES: readonly string[] = OUTPUT_TABLES.map(financeName);
/** A name of SalesPlan's own: an output table or its copy for finance (never an input). */
export function isSalesPlanName(name: string): boolean {
  const key = name.toLowerCase();
  return [...OUTPUT_TABLES, ...FINANCE_TABLES].some((n) => n.toLowerCase() === key);
}

type OutputsRead = Map<OutputTableName, { ownership: Ownership; table: ParsedTable }>;

/**
 * What the summary, the check and the publish read, in two requests to the host: the ownership of
 * every output and copy name, then the input tables (when `mappings` is given) and every output
 * table with all its columns, in one batch.
 */
interface WorkbookRead {
  /** The input tables found, by name. */
  readonly inputs: ReadonlyMap<InputName, ParsedTable>;
  readonly outputs: OutputsRead;
  readonly copies: PublishSummary["copies"];
  /** Of every output and Finance_ name. */
  readonly ownership: ReadonlyMap<string, Ownership>;
  /** The optional Acknowledgements table (read with the inputs). */
  readonly acknowledgements?: ParsedTable;
}

async function readWorkbook(host: WorkbookHost, mappings?: Mappings): Promise<WorkbookRead> {
  const ownership = await host.ownerships([...OUTPUT_TABLES, ...FINANCE_TABLES]);
  const inputNames = mappings ? (Object.keys(inputSpecs) as InputName[]) : [];
  // Acknowledgements rides in the same batch, so the check costs no extra round trip to Excel.
  const extras = mappings ? [{ spec: acknowledgementsSpec }] : [];
  const tables = await host.readTables([
    ...inputNames.map((name) => resolveInput(name, mappings?.[name])),
    ...OUTPUT_TABLES.map((name) => ({ spec: fullSpec(name) })),
    ...extras,
  ]);
  const inputs = new Map<InputName, ParsedTable>();
  inputNames.forEach((name, i) => {
    if (!isNotFound(tables[i])) inputs.set(name, tables[i]);
  });
  const outputs: OutputsRead = new Map();
  OUTPUT_TABLES.forEach((name, i) =>
    outputs.set(name, { ownership: ownership.get(name) ?? "absent", table: tables[inputNames.length + i] }),
  );
  const copies = FINANCE_TABLES.map((name) => ({ name, ownership: ownership.get(name) ?? "absent" })).filter(
    (c) => c.ownership !== "absent",
  );
  const acknowledgements = mappings ? tables[inputNames.length + OUTPUT_TABLES.length] : undefined;
  return { inputs, outputs, copies, ownership, acknowledgements };
}

export async function publishSummary(host: WorkbookHost): Promise<PublishSummary> {
  const { outputs, copies } = await readWorkbook(host);
  return summaryOf(outputs, copies);
}

function summaryOf(outputs: OutputsRead, copies: PublishSummary["copies"]): PublishSummary {
  const tables = OUTPUT_TABLES.map((name): OutputSummary => {
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
          .map((r): AuditEntry => ({
            time: num(r.values.Time),
            // The code ("targets"), whichever language the row was written in.
            action: auditActionCode(text(r.values.Action)),
            plan: text(r.values.Plan),
            version: text(r.values.Version),
            inputRows: text(r.values.InputRows),
            outputRows: text(r.values.OutputRows),
            totals: text(r.values.Totals),
          }))
          .reverse()
      : [];
  return { tables, audit: entries, copies };
}

export interface WorkbookCheck {
  readonly severity: "error" | "warning";
  readonly error: SalesPlanError;
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
async function checkRead(host: WorkbookHost, read: WorkbookRead): Promise<WorkbookCheckResult> {
  const checks: WorkbookCheck[] = [];
  const error = (e: SalesPlanError) => checks.push({ severity: "error", error: e });
  const warning = (e: SalesPlanError) => checks.push({ severity: "warning", error: e });

  const { inputs, outputs } = read;
  for (const [name, table] of inputs) {
    table.problems.slice(0, PER_TABLE).forEach((p) => error(p.error));
    if (table.problems.length > PER_TABLE)
      error(
        new SalesPlanError(checkMessages.moreProblems, {
          table: name,
          count: table.problems.length - PER_TABLE,
        }),
      );
  }
  const summary = summaryOf(outputs, read.copies);
  for (const t of summary.tables)
    if (t.ownership === "foreign") error(new SalesPlanError(checkMessages.foreignTable, { table: t.name }));
  // A copy of someone else's under a Finance_ name stops only a publish with the copy.
  for (const c of summary.copies)
    if (c.ownership === "foreign") warning(new SalesPlanError(checkMessages.foreignTable, { table: c.name }));
  const ours = [
    ...summary.tables.filter((t) => t.ownership === "salesplan").map((t) => t.name),
    ...summary.copies.filter((c) => c.ownership === "salesplan").map((c) => c.name),
  ];
  for (const f of await host.formulaCells(ours, FORMULA_CELLS_LISTED))
    if (f.count > 0) error(formulasError(f));
  for (const name of OUTPUT_TABLES) {
    const entry = outputs.get(name);
    if (!entry || entry.ownership !== "salesplan" || isNotFound(entry.table)) continue;
    entry.table.problems.slice(0, PER_TABLE).forEach((p) => error(p.error));
    if (entry.table.problems.length > PER_TABLE)
      error(
        new SalesPlanError(checkMessages.moreProblems, {
          table: name,
          count: entry.table.problems.length - PER_TABLE,
        }),
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
        );
    }
    if (offRows > PER_TABLE)
      error(
        new SalesPlanError(checkMessages.moreProblems, { table: "SalesPayouts", count: offRows - PER_TABLE }),
      );
    if (!present("SalesPlan")) error(new SalesPlanError(checkMessages.payoutsWithoutPlan));
  }
  const reps = inputs.get("Reps");
  let reconciliation: Reconciliation | null = null;
  if (payouts) {
    const regionOf = new Map((reps?.rows ?? []).map((r) => [text(r.values.RepID), text(r.values.Region)]));
    const sums = reconcilePayouts(payouts.rows.map(payoutRecord), regionOf);
    const recorded = recordedPayouts(summary.audit, sums.total);
    reconciliation = { ...sums, recorded };
    if (recorded && !recorded.matches)
      warning(
        new SalesPlanError(publishMessages.payoutsChanged, {
          action: recorded.action,
          time: recorded.time === null ? "" : serialText(recorded.time),
          now: formatMoney(sums.total.net),
          then: recorded.net === null ? "-" : formatMoney(recorded.net),
        }),
      );
  }
  if (reps) {
    const known = new Set(reps.rows.map((r) => text(r.values.RepID)));
    for (const name of ["SalesTargets", "SalesPayouts", "SalesScorecard"] as const) {
      const table = present(name);
      if (!table) continue;
      const unknown = new Set<string>();
      for (const r of table.rows) {
        const rep = text(r.values.RepID);
        if (rep !== "" && !isUnassigned(rep) && !known.has(rep)) unknown.add(rep);
      }
      for (const rep of [...unknown].slice(0, PER_TABLE))
        warning(new SalesPlanError(checkMessages.unknownRep, { table: name, rep }));
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
        );
    }
  }
  const plan = planIdentity(present("SalesPlan"));
  for (const e of acknowledgementChecks(read.acknowledgements, reps, plan)) warning(e);
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

// ---------------------------------------------------------------------------------------------
// Reconciliation: SalesPayouts summed by period, region and measure, each in exact cents.

/** One SalesPayouts row as the reconciliation reads it. */
export interface PayoutRecord {
  readonly repId: string;
  readonly period: string;
  readonly measure: string;
  readonly payout: number;
  readonly adjustments: number;
  readonly net: number;
}

export interface PayoutSums {
  readonly gross: number;
  readonly adjustments: number;
  readonly net: number;
  readonly rows: number;
}

export interface ReconciliationLine extends PayoutSums {
  /** The period, region or measure; "" for rows without one (region: reps not in Reps). */
  readonly key: string;
  /** Net equals gross + adjustments to the cent. */
  readonly addsUp: boolean;
}

export type ReconciliationBy = "period" | "region" | "measure";

export interface ReconciliationGroup {
  readonly by: ReconciliationBy;
  readonly lines: readonly ReconciliationLine[];
  /** The lines added up. */
  readonly sum: PayoutSums;
  /** The lines add up to the grand total, gross, adjustments and net, to the cent. */
  readonly matches: boolean;
}

/** The totals the latest run that wrote SalesPayouts recorded in SalesAudit. */
export interface RecordedPayouts {
  readonly time: number | null;
  readonly action: string;
  readonly gross: number | null;
  readonly adjustments: number | null;
  readonly net: number | null;
  /** Each recorded total equals the table's now, to the cent (or was not recorded). */
  readonly agrees: Readonly<Record<"gross" | "adjustments" | "net", boolean>>;
  /** They all equal the table's totals now. */
  readonly matches: boolean;
}

export interface Reconciliation {
  readonly groups: readonly ReconciliationGroup[];
  /** Sums over every SalesPayouts row. */
  readonly total: ReconciliationLine;
  readonly recorded: RecordedPayouts | null;
}

function payoutRecord(r: { values: Readonly<Record<string, unknown>> }): PayoutRecord {
  return {
    repId: text(r.values.RepID),
    period: text(r.values.Period),
    measure: text(r.values.Measure),
    payout: num(r.values.Payout) ?? 0,
    adjustments: num(r.values.Adjustments) ?? 0,
    net: num(r.values.NetPayout) ?? 0,
  };
}

/** Sums in cents (BigInt): no drift, whatever the row count or size. */
class Cents {
  gross = 0n;
  adjustments = 0n;
  net = 0n;
  rows = 0;
  add(r: PayoutRecord): void {
    this.gross += toScaledUnits(r.payout, 2);
    this.adjustments += toScaledUnits(r.adjustments, 2);
    this.net += toScaledUnits(r.net, 2);
    this.rows += 1;
  }
  plus(other: Cents): void {
    this.gross += other.gross;
    this.adjustments += other.adjustments;
    this.net += other.net;
    this.rows += other.rows;
  }
  equals(other: Cents): boolean {
    return this.gross === other.gross && this.adjustments === other.adjustments && this.net === other.net;
  }
  line(key: string): ReconciliationLine {
    return {
      key,
      gross: fromScaledUnits(this.gross, 2),
      adjustments: fromScaledUnits(this.adjustments, 2),
      net: fromScaledUnits(this.net, 2),
      rows: this.rows,
      addsUp: this.gross + this.adjustments === this.net,
    };
  }
}

const BY: readonly ReconciliationBy[] = ["period", "region", "measure"];

/** Payouts by period, by region (each rep's region in Reps) and by measure, and the grand total. */
export function reconcilePayouts(
  rows: readonly PayoutRecord[],
  regionOf: ReadonlyMap<string, string>,
): Omit<Reconciliation, "recorded"> {
  const total = new Cents();
  const groups = new Map<ReconciliationBy, Map<string, Cents>>(BY.map((by) => [by, new Map()]));
  const keyOf = (by: ReconciliationBy, r: PayoutRecord): string =>
    by === "period" ? r.period : by === "measure" ? r.measure : (regionOf.get(r.repId) ?? "");
  for (const r of rows) {
    total.add(r);
    for (const by of BY) {
      const lines = groups.get(by) as Map<string, Cents>;
      const key = keyOf(by, r);
      let line = lines.get(key);
      if (!line) lines.set(key, (line = new Cents()));
      line.add(r);
    }
  }
  return {
    groups: BY.map((by): ReconciliationGroup => {
      const lines = groups.get(by) as Map<string, Cents>;
      // Periods in time order ("2026-02" before "2026-10"); regions and measures as first met.
      const keys = by === "period" ? [...lines.keys()].sort(comparePeriods) : [...lines.keys()];
      const sum = new Cents();
      for (const key of keys) sum.plus(lines.get(key) as Cents);
      return {
        by,
        lines: keys.map((key) => (lines.get(key) as Cents).line(key)),
        sum: sum.line(""),
        matches: sum.equals(total) && sum.rows === total.rows,
      };
    }),
    total: total.line(""),
  };
}

function comparePeriods(a: string, b: string): number {
  return a.localeCompare(b, "en", { numeric: true });
}

/**
 * The "key=number; ..." pairs of an audit row's cell (src/workbook/audit.ts writes them): Totals
 * ("SalesPayouts.NetPayout=123.45") by column, InputRows ("Regions=2") by table.
 */
function auditPairs(cell: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const part of cell.split(";")) {
    const [key, value] = part.split("=").map((x) => x.trim());
    const n = Number(value);
    if (key && value !== undefined && value !== "" && Number.isFinite(n)) out.set(key, n);
  }
  return out;
}

function recordedPayouts(audit: readonly AuditEntry[], total: ReconciliationLine): RecordedPayouts | null {
  // The latest run that wrote the table (a publish only records what it found).
  const entry = audit.find((a) => a.action !== PUBLISH_ACTION && /\bSalesPayouts\.NetPayout=/.test(a.totals));
  if (!entry) return null;
  const totals = auditPairs(entry.totals);
  const at = (column: string) => totals.get(`SalesPayouts.${column}`) ?? null;
  const [gross, adjustments, net] = [at("Payout"), at("Adjustments"), at("NetPayout")];
  const same = (a: number | null, b: number) => a === null || toScaledUnits(a, 2) === toScaledUnits(b, 2);
  const agrees = {
    gross: same(gross, total.gross),
    adjustments: same(adjustments, total.adjustments),
    net: same(net, total.net),
  };
  return {
    time: entry.time,
    action: entry.action,
    gross,
    adjustments,
    net,
    agrees,
    matches: agrees.gross && agrees.adjustments && agrees.net,
  };
}

// ---------------------------------------------------------------------------------------------
// Publish: the audit row, and values-only copies for finance, in one all-or-nothing write.

export const PUBLISH_ACTION = "publish";

export interface PublishOptions {
  /** Also (re)write Finance_<table> copies of the output tables. */
  readonly financeCopy: boolean;
  /** The language of the audit row's action; default English. */
  readonly language?: Locale;
}

const fullSpec = (name: OutputTableName): InputTableSpec => writtenSpec(outputSchemas[name], false);

/** An output table as read, as the output it was written as: its columns in sheet order. */
function asOutput(name: OutputTableName, table: ParsedTable): OutputTable {
  const known = outputColumnsOf(name);
  const columns = [...table.columns]
    .sort((a, b) => a.index - b.index)
    .map((c): OutputColumn => {
      const spec = known.find((k) => k.key === c.key) ?? { key: c.key, header: c.header, kind: "score" };
      return { ...spec, header: c.header };
    });
  return { name, columns, rows: table.rows.map((r) => r.values as OutputRow) };
}

export interface PublishWrite {
  /** The Finance_ copies (when asked for), then the SalesAudit row. */
  readonly outputs: readonly WriteTable[];
  /** The payout totals published. */
  readonly totals: readonly JobTotal[];
}

/**
 * What a publish writes: the SalesAudit row (action "publish", the published tables' rows and
 * totals, and a hash of their contents as read) and, on request, a values-only copy of each output
 * table. Refuses when the workbook check finds an error. `now` stamps the audit row.
 */
export async function publishWrite(
  host: WorkbookHost,
  options: PublishOptions,
  mappings: Mappings,
  now: Date,
): Promise<PublishWrite> {
  const read = await readWorkbook(host, mappings);
  const { checks, reconciliation } = await checkRead(host, read);
  const errors = checks.filter((c) => c.severity === "error");
  if (errors.length > 0) {
    const first = errors[0].error;
    throw new SalesPlanError(publishMessages.blocked, {
      count: errors.length,
      first: { en: first.format("en"), zh: first.format("zh") },
    });
  }
  // The tables the check read, all columns: read once, prepared once.
  const published: { name: OutputTableName; table: ParsedTable }[] = [];
  for (const name of OUTPUT_TABLES) {
    const entry = read.outputs.get(name);
    if (!entry || entry.ownership !== "salesplan" || isNotFound(entry.table)) continue;
    if (entry.table.problems.length > 0) requireClean(entry.table, name);
    published.push({ name, table: entry.table });
  }
  const originals = published.map((p) => asOutput(p.name, p.table));
  const prepared = originals.map(prepareOutput);
  const planRow = published.find((p) => p.name === "SalesPlan")?.table.rows[0];
  const audit = auditOf(
    {
      action: PUBLISH_ACTION,
      plan: planRow ? text(planRow.values.Plan) || undefined : undefined,
      version: planRow ? text(planRow.values.Version) || undefined : undefined,
      outputs: originals,
      totals: [],
      inputs: published.map((p) => p.table),
    },
    prepared,
    now,
    options.language,
  );
  const copies: WriteTable[] = [];
  if (options.financeCopy) {
    for (const name of OUTPUT_TABLES) {
      const at = originals.findIndex((o) => o.name === name);
      const copy = financeName(name);
      if (name === "SalesAudit") {
        // The audit copy holds this publish's row too: it is what SalesAudit holds after the write.
        const rows = [...(originals[at]?.rows ?? []), ...audit.rows];
        copies.push({ name: copy, columns: originals[at]?.columns ?? outputColumnsOf(name), rows });
      } else if (at >= 0) {
        copies.push({ ...prepared[at], name: copy, sheet: copy });
      } else if (read.ownership.get(copy) === "salesplan") {
        // Tables no longer there still get their copy rewritten (empty), so no stale copy stays.
        copies.push({ name: copy, columns: outputColumnsOf(name), rows: [] });
      }
    }
  }
  const total = reconciliation?.total;
  const totals: JobTotal[] = total
    ? [
        { id: "payoutGross", value: total.gross },
        { id: "payoutAdjustments", value: total.adjustments },
        { id: "payoutNet", value: total.net },
      ]
    : [];
  return { outputs: [...copies, audit], totals };
}
