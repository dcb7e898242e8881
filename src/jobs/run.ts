/**
 * The run, once for every front end: which tables a job reads, the job, and what a write hands the
 * host (the outputs prepared once, with the SalesAudit row). The task pane (taskpane/hostActions.ts,
 * computing in a worker) and the command line (cli/pipeline.ts) both run through here, so the same
 * workbook and options give the same tables and the same audit row from either.
 */
import type { Locale } from "../kernel/messages";
import type { ColumnMapping } from "../workbook/headers";
import type { WriteControl } from "../workbook/cancel";
import type { WorkbookHost, WriteOptions, WriteReport } from "../workbook/host";
import { repsSpec, type InputTableSpec } from "../workbook/inputs";
import type { PreparedTable } from "../workbook/outputs";
import type { ParsedTable } from "../workbook/parse";
import { historySpec, seasonalTargetsJob, targetsWithHistory } from "./history";
import { withAudit, type JobResult } from "./job";
import { measureTargetsSpec } from "./measureTargets";
import {
  adjustmentsSpec,
  payoutsJob,
  salesTargetsSpec,
  type PayoutJobResult,
  type PayoutOptions,
} from "./payouts";
import { inquiriesSpec, withInquiries } from "./inquiries";
import { awardsOf, honourRollBackSpec } from "./awards";
import { ledgerLines, ledgerSpec, ledgerView } from "./ledgerView";
import { bookedPaid } from "../engine/ledger";
import { dealsSpec, fxRatesSpec, repCurrencySpec } from "./organisation";
import { planAssignmentsSpec } from "./assignments";
import { modelJob, type ModelJobResult } from "./model";
import { scorecardJob, type ScorecardInputs, type ScorecardOptions } from "./scorecards";
import type { TargetOptions } from "./targets";

/**
 * The payouts run's tables: the job's, and month-end's two — resolved Inquiries become adjustments,
 * and SalesLedger's closed periods are left to the ledger.
 */
export type PayoutRunInputs = Inputs<typeof payoutsJob> & {
  readonly inquiries?: ParsedTable;
  readonly ledger?: ParsedTable;
  /** SalesHonourRoll as read: its cash awards are paid, unless `awards` gives this run's own. */
  readonly honourRoll?: ParsedTable;
};

type Inputs<F extends (inputs: never, options: never) => unknown> = Parameters<F>[0];
type Options<F extends (inputs: never, options: never) => unknown> = Parameters<F>[1];

/** Which job, on which input tables, with which options: what a front end reads, then computes. */
export type JobRequest =
  | {
      readonly job: "targets";
      readonly inputs: Inputs<typeof targetsWithHistory>;
      readonly options: TargetOptions;
    }
  | {
      readonly job: "seasonalTargets";
      readonly inputs: Inputs<typeof seasonalTargetsJob>;
      readonly options: Options<typeof seasonalTargetsJob>;
    }
  | { readonly job: "payouts"; readonly inputs: PayoutRunInputs; readonly options: PayoutOptions }
  | { readonly job: "scorecard"; readonly inputs: ScorecardInputs; readonly options: ScorecardOptions }
  | {
      readonly job: "model";
      readonly inputs: Inputs<typeof modelJob>;
      readonly options: Options<typeof modelJob>;
    };

/** Run the job a request names (pure: no host). */
export function runJob(request: Extract<JobRequest, { readonly job: "payouts" }>): PayoutJobResult;
export function runJob(request: Extract<JobRequest, { readonly job: "model" }>): ModelJobResult;
export function runJob(request: JobRequest): JobResult;
export function runJob(request: JobRequest): JobResult {
  switch (request.job) {
    case "targets":
      return targetsWithHistory(request.inputs, request.options);
    case "seasonalTargets":
      return seasonalTargetsJob(request.inputs, request.options);
    case "payouts":
      return payoutRun(request.inputs, request.options);
    case "scorecard":
      return scorecardJob(request.inputs, request.options);
    case "model":
      return modelJob(request.inputs, request.options);
  }
}

/**
 * The payouts a run writes, the same from every front end: a resolved inquiry with an amount is paid
 * as a manual adjustment quoting it; the honour roll's cash awards are paid as award adjustments
 * (awards.ts); closed periods stay as the ledger booked them, their changes paid as restatement
 * lines in the first open period.
 */
export function payoutRun(inputs: PayoutRunInputs, options: PayoutOptions): PayoutJobResult {
  const { inquiries, ledger, honourRoll, ...tables } = inputs;
  const language = options.language ?? "en";
  const adjustments = inquiries ? withInquiries(tables.adjustments, inquiries, language) : tables.adjustments;
  const awards = tables.awards ?? awardsOf(honourRoll);
  const booked = ledger ? ledgerLines(ledger) : [];
  if (booked.length === 0) return payoutsJob({ ...tables, adjustments, awards }, options);
  // The true-up after the closed periods reads what the ledger booked as paid before.
  const measures = options.plan.measures.map((m) => m.name);
  const job = payoutsJob(
    { ...tables, adjustments, awards },
    { ...options, booked: bookedPaid(booked, measures) },
  );
  return ledgerView(job, booked, language, options.plan);
}

/**
 * The model job's tables besides the plan: Reps, both target tables and SalesHistory (last year's
 * sales), read whole.
 */
export async function readModelTables(read: TableReader) {
  return {
    reps: await read(repsSpec),
    salesTargets: await read(salesTargetsSpec),
    measureTargets: await read(measureTargetsSpec),
    history: await read(historySpec),
  };
}

/** Reads one table; each front end wraps the host's read with its own progress and cancel. */
export type TableReader = (spec: InputTableSpec, mapping?: ColumnMapping) => Promise<ParsedTable>;

/**
 * The payouts run's tables besides Reps and Actuals, read whole: the job picks the months it pays
 * and records what it used in the audit row, so no front end filters them first. Inquiries and
 * SalesLedger (month-end) are read the same way; absent, they change nothing. `known`: tables the
 * front end has already read this run (the CLI's Deals and PlanAssignments), not read again.
 */
export async function readPayoutTables(
  readMany: TablesReader,
  known: Partial<Record<PayoutTableKey, ParsedTable>> = {},
) {
  const missing = PAYOUT_TABLES.filter(([key]) => known[key] === undefined);
  // One batch: inside Excel, ten optional tables cost one round trip, not ten.
  const read = await readMany(missing.map(([, spec]) => spec));
  const tables: Partial<Record<PayoutTableKey, ParsedTable>> = { ...known };
  missing.forEach(([key], i) => (tables[key] = read[i]));
  return tables as Record<PayoutTableKey, ParsedTable>;
}

/** Reads several tables whole, in the order asked (the host's readTables, wrapped by a front end). */
export type TablesReader = (specs: readonly InputTableSpec[]) => Promise<ParsedTable[]>;

/**
 * The tables readPayoutTables reads, in its order; both target tables, when there: their measure
 * rows come before the flat numbers.
 */
export const PAYOUT_TABLES = [
  ["salesTargets", salesTargetsSpec],
  ["measureTargets", measureTargetsSpec],
  ["adjustments", adjustmentsSpec],
  ["inquiries", inquiriesSpec],
  ["ledger", ledgerSpec],
  // Organisations: deals credited into Actuals, each rep's currency and the rates to the plan's.
  ["deals", dealsSpec],
  ["repCurrencies", repCurrencySpec],
  ["fxRates", fxRatesSpec],
  // People: the honour roll's cash awards, paid as adjustments (awards.ts).
  ["honourRoll", honourRollBackSpec],
  // Who is on which plan when; absent, everyone is on the one plan all year.
  ["planAssignments", planAssignmentsSpec],
] as const satisfies readonly (readonly [string, InputTableSpec])[];

export type PayoutTableKey = (typeof PAYOUT_TABLES)[number][0];

/** The run's time and language: its audit row, ownership stamp and totals rows' label. */
export interface RunStamp {
  readonly at: Date;
  readonly language: Locale;
}

/**
 * What a write hands the host: the job's outputs prepared (validated, formatted, within Excel's
 * limits), then its audit row. The only place a run's tables are prepared; hosts write them as
 * they are.
 */
export function prepareRun(result: JobResult, stamp: RunStamp): PreparedTable[] {
  return withAudit(result, stamp.at, stamp.language);
}

/** Write a run's prepared tables, all or nothing, stamped with the run's time (keepUndo: the pane's wizards). */
export function writeRun(
  host: WorkbookHost,
  tables: readonly PreparedTable[],
  stamp: RunStamp,
  control?: WriteControl,
  options?: WriteOptions,
): Promise<WriteReport> {
  return host.writeTables(tables, stamp.at, control, options);
}

/** Prepare and write a job's result in the same thread (the CLI, and small writes like a plan's). */
export function writeJob(
  host: WorkbookHost,
  result: JobResult,
  stamp: RunStamp,
  control?: WriteControl,
): Promise<WriteReport> {
  return writeRun(host, prepareRun(result, stamp), stamp, control);
}
