/**
 * Month-end on any workbook host: close a payout period into SalesLedger, move it to Approved and
 * Paid, and the view a payout run gives of a workbook with a ledger (closed periods left to the
 * ledger, their restatements paid in the first open period). The arithmetic is in engine/ledger.
 */
import { sumMoney } from "../kernel/money";
import { SalesPlanError } from "../kernel/errors";
import {
  checkClose,
  moveStatus,
  payoutLines,
  restatements,
  type LedgerLine,
  type PeriodLine,
} from "../engine/ledger";
import type { Plan } from "../engine/incentives";
import { formatMessage, type Locale } from "../kernel/messages";
import { auditActionName } from "../workbook/audit";
import { dateToSerial } from "../kernel/calendar";
import type { WorkbookHost } from "../workbook/host";
import { actualsSpec, repsSpec } from "../workbook/inputs";
import { readSpec, repsSchema, type InputTableSpec } from "../workbook/schema";
import { ledgerColumns, type OutputRow } from "../workbook/outputs";
import type { ParsedTable } from "../workbook/parse";
import { isNotFound, type Mappings } from "./inputs";
import { num, text, type JobResult } from "./job";
import { openInquiries } from "./inquiries";
import { ledgerLines, ledgerSpec } from "./ledgerView";
import { jobMessages } from "./messages";
import { monthEndMessages } from "./monthEndMessages";
import type { PayoutJobResult } from "./payouts";
import { PAYOUT_TABLES, runJob, writeJob, type PayoutTableKey } from "./run";
import { plansFromTables, planSpec, planTiersSpec } from "./plan";
import { checkWorkbook, type WorkbookCheck } from "./publish";

/** The Reps columns month-end reads beyond the payout's: currency and statement language. */
export const repExtrasSpec: InputTableSpec = readSpec(repsSchema, ["RepID", "Name", "Currency", "Language"], {
  RepID: { unique: false },
  Name: { required: false },
});

const found = (t: ParsedTable | undefined): t is ParsedTable => t !== undefined && !isNotFound(t);

/** The ledger's lines in the order written; none when the workbook has no SalesLedger yet. */
export async function readLedger(host: WorkbookHost): Promise<LedgerLine[]> {
  return ledgerLines(await host.readTable(ledgerSpec));
}

/** A ledger line as a SalesLedger row. */
export function ledgerRow(l: LedgerLine): OutputRow {
  return {
    RepID: l.repId,
    Name: l.name,
    Period: l.period,
    Line: l.line,
    Amount: l.amount,
    Currency: l.currency,
    Status: l.status,
    ClosedAt: l.closedAt,
    ClosedBy: l.closedBy,
    ApprovedAt: l.approvedAt,
    ApprovedBy: l.approvedBy,
    PaidAt: l.paidAt,
    Run: l.run,
    Explanation: l.explanation,
    Actual: l.actual,
    Target: l.target,
  };
}

export interface Recomputed {
  /** The payouts job over the workbook's inputs, as a run would write it (before the ledger view). */
  readonly job: PayoutJobResult;
  /** Every period's lines as the inputs pay them now. */
  readonly lines: PeriodLine[];
  /** Reps' currency and statement language where the Reps table gives them. */
  readonly reps: ReadonlyMap<string, { currency: string | null; language: Locale | null }>;
  readonly plan: Plan;
  /** The draw each rep owed before the first period (Reps' DrawBalance), where given. */
  readonly openingDraw: ReadonlyMap<string, number>;
}

/** Everything month-end reads, read in one batch (one request to Excel, not one per table). */
export interface MonthEndTables extends Record<PayoutTableKey, ParsedTable> {
  readonly reps: ParsedTable;
  readonly actuals: ParsedTable;
  readonly plan: ParsedTable;
  readonly tiers: ParsedTable;
  readonly extras: ParsedTable;
}

export async function readMonthEnd(host: WorkbookHost, mappings: Mappings = {}): Promise<MonthEndTables> {
  const requests = [
    { key: "reps", spec: repsSpec, mapping: mappings.Reps ?? {} },
    { key: "actuals", spec: actualsSpec, mapping: mappings.Actuals ?? {} },
    { key: "plan", spec: planSpec },
    { key: "tiers", spec: planTiersSpec },
    // As the payouts run reads them (run.ts): the job picks the months it pays.
    ...PAYOUT_TABLES.map(([key, spec]) => ({ key, spec })),
    { key: "extras", spec: repExtrasSpec, mapping: mappings.Reps ?? {} },
  ];
  const tables = await host.readTables(requests);
  return Object.fromEntries(requests.map((r, i) => [r.key, tables[i]])) as unknown as MonthEndTables;
}

/**
 * The payouts the workbook's inputs and plan pay now, every period: what a `run` computes, read
 * the same way (Reps, Actuals, SalesTargets of the months with actuals, Adjustments, SalesPlan).
 */
export async function recomputePayouts(
  host: WorkbookHost,
  mappings: Mappings = {},
  language: Locale = "en",
): Promise<Recomputed> {
  return recomputeFrom(await readMonthEnd(host, mappings), language);
}

/** recomputePayouts over tables already read. */
export function recomputeFrom(t: MonthEndTables, language: Locale): Recomputed {
  // Every period as the inputs pay it now: the ledger is left out, so no period is left to it.
  return payoutsFrom(t, language, false);
}

/**
 * What a payout run over these tables pays with their ledger: `lines` holds every period (the true-up
 * after the closed periods reading the ledger's paid before), `job.restated` the restatements paid
 * in the first open period. What a close books and a statement of an open period shows.
 */
export function payingFrom(t: MonthEndTables, language: Locale): Recomputed {
  return payoutsFrom(t, language, true);
}

/** payingFrom, reading the tables first. */
export async function payingPayouts(
  host: WorkbookHost,
  mappings: Mappings = {},
  language: Locale = "en",
): Promise<Recomputed> {
  return payingFrom(await readMonthEnd(host, mappings), language);
}

function payoutsFrom(t: MonthEndTables, language: Locale, withLedger: boolean): Recomputed {
  if (!found(t.actuals)) throw new SalesPlanError(monthEndMessages.noActuals);
  const plans = found(t.plan) ? plansFromTables(t.plan, t.tiers) : null;
  const plan = plans?.[0] ?? null;
  if (!plan) throw new SalesPlanError(monthEndMessages.noPlan);
  const { reps, actuals, salesTargets, measureTargets, adjustments, inquiries, honourRoll, planAssignments } =
    t;
  const job = runJob({
    job: "payouts",
    inputs: {
      reps,
      actuals,
      salesTargets,
      measureTargets,
      adjustments,
      inquiries,
      honourRoll,
      planAssignments,
      // Read as the run reads them: a close books what the run pays from credited deals.
      deals: t.deals,
      repCurrencies: t.repCurrencies,
      fxRates: t.fxRates,
      ...(withLedger ? { ledger: t.ledger } : {}),
    },
    options: { plan, plans: plans ?? undefined, measureTargets: {}, language },
  });
  const openingDraw = new Map<string, number>();
  if (found(reps))
    for (const r of reps.rows) {
      const balance = num(r.values.DrawBalance);
      if (balance !== null) openingDraw.set(text(r.values.RepID), balance);
    }
  return { job, lines: payoutLines(job.engine.rows), reps: repExtras(t.extras), plan, openingDraw };
}

/** Reps' currency and statement or letter language, where the Reps table gives them. */
export async function readRepExtras(
  host: WorkbookHost,
  mappings: Mappings = {},
): Promise<Map<string, { currency: string | null; language: Locale | null }>> {
  return repExtras(await host.readTable(repExtrasSpec, mappings.Reps ?? {}));
}

function repExtras(extras: ParsedTable): Map<string, { currency: string | null; language: Locale | null }> {
  const repInfo = new Map<string, { currency: string | null; language: Locale | null }>();
  if (found(extras))
    for (const r of extras.rows) {
      const language = text(r.values.Language).trim().toLowerCase();
      repInfo.set(text(r.values.RepID), {
        currency: text(r.values.Currency) || null,
        language: language.startsWith("zh") ? "zh" : language.startsWith("en") ? "en" : null,
      });
    }
  return repInfo;
}

/** A close refused by the workbook check: the checks' errors, to list. */
export class CloseRefused extends SalesPlanError {
  constructor(
    period: string,
    readonly checks: readonly WorkbookCheck[],
  ) {
    super(monthEndMessages.checkFailed, { period, count: checks.length });
  }
}

export interface MonthEndOptions {
  readonly period: string;
  /** Who closes, approves or pays; recorded on the lines and in SalesAudit. */
  readonly by: string | null;
  readonly now: Date;
  readonly lang: Locale;
  readonly mappings?: Mappings;
}

export interface CloseResult {
  /** The lines appended to SalesLedger. */
  readonly lines: readonly LedgerLine[];
  readonly total: number;
  /** How many of the lines restate earlier closed periods. */
  readonly restatements: number;
  /** The period's open inquiries, as sentences in the run's language. */
  readonly openInquiries: readonly string[];
  /** Warnings the workbook check raised (errors stop the close). */
  readonly warnings: readonly WorkbookCheck[];
}

function auditAction(action: "close" | "approve" | "paid", options: MonthEndOptions): string {
  return formatMessage(monthEndMessages.auditMove[options.lang], {
    action: auditActionName(action, options.lang),
    period: options.period,
    by: options.by ?? monthEndMessages.nobody[options.lang],
  });
}

/**
 * Close a payout period: the workbook check must find no error; the period's lines as the inputs
 * pay them now, with the restatements of earlier closed periods, are appended to SalesLedger as
 * Closed, with a SalesAudit row, in one all-or-nothing write.
 */
export async function closePeriod(host: WorkbookHost, options: MonthEndOptions): Promise<CloseResult> {
  const { checks } = await checkWorkbook(host, options.mappings ?? {});
  const errors = checks.filter((c) => c.severity === "error");
  if (errors.length > 0) throw new CloseRefused(options.period, errors);
  const tables = await readMonthEnd(host, options.mappings ?? {});
  const { job, lines, reps, plan } = payingFrom(tables, options.lang);
  const ledger = ledgerLines(tables.ledger);
  const periods = job.engine.periods;
  if (!periods.includes(options.period))
    throw new SalesPlanError(jobMessages.noSuchPayoutPeriod, {
      period: options.period,
      periods: periods.join(", "),
    });
  checkClose(ledger, periods, options.period);
  const own = lines.filter((l) => l.period === options.period);
  // The period books what the run pays in it: under a true-up its measure lines already hold the
  // same-year changes (paid before read from the ledger); the rest are restatement lines.
  const restate =
    job.restated?.into === options.period
      ? [...job.restated.lines]
      : restatements(ledger, lines, options.period, options.lang);
  const at = dateToSerial(options.now);
  const run = options.now.toISOString().replace(/\.\d{3}Z$/, "Z");
  const closed = [...own, ...restate].map((l): LedgerLine => ({
    ...l,
    currency: reps.get(l.repId)?.currency ?? (plan.currency || null),
    status: "Closed",
    closedAt: at,
    closedBy: options.by,
    approvedAt: null,
    approvedBy: null,
    paidAt: null,
    run,
  }));
  const total = sumMoney(closed.map((l) => l.amount));
  const result: JobResult = {
    action: auditAction("close", options),
    plan: job.plan,
    version: job.version,
    outputs: [{ name: "SalesLedger", columns: ledgerColumns, rows: closed.map(ledgerRow), mode: "append" }],
    totals: [],
    inputs: job.inputs,
  };
  // Everything is read before the one write, so a failure anywhere leaves the workbook as it was.
  const inquiries = openInquiries(tables.inquiries, options.period, options.lang);
  await writeJob(host, result, { at: options.now, language: options.lang });
  return {
    lines: closed,
    total,
    restatements: restate.length,
    openInquiries: inquiries,
    warnings: checks.filter((c) => c.severity === "warning"),
  };
}

/**
 * Move a closed period to Approved or Paid: SalesLedger is rewritten with only that period's status
 * columns changed (every other cell as it was), with a SalesAudit row.
 */
export async function movePeriod(
  host: WorkbookHost,
  to: "Approved" | "Paid",
  options: MonthEndOptions,
): Promise<readonly LedgerLine[]> {
  const table = await host.readTable(ledgerSpec);
  const moved = moveStatus(ledgerLines(table), options.period, to, options.by, dateToSerial(options.now));
  const result: JobResult = {
    action: auditAction(to === "Approved" ? "approve" : "paid", options),
    outputs: [{ name: "SalesLedger", columns: ledgerColumns, rows: moved.map(ledgerRow) }],
    totals: [],
    inputs: found(table) ? [table] : [],
  };
  await writeJob(host, result, { at: options.now, language: options.lang });
  return moved.filter((l) => l.period === options.period);
}
