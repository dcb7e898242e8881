/**
 * The compute stage of a run (targets, payouts, scorecard) behind one small interface with two
 * implementations that run the same code (`compute` below): in a Web Worker, so the pane stays
 * responsive while 100,000 rows are computed and prepared, and in the pane's own thread where there
 * is no Worker (jsdom tests, a host that refuses workers). Cancel terminates the worker, or ignores
 * the in-thread result; nothing here touches the workbook, so a cancelled compute changes nothing.
 */
import { SalesPlanError, type CellPosition, type ExcelErrorKind, type MessageParams } from "../kernel/errors";
import type { MessageTemplate } from "../kernel/messages";
import {
  localize,
  plannedWrites,
  prepareRun,
  runJob,
  templateOf,
  throwIfCancelled,
  yieldToEventLoop,
  type JobRequest,
  type JobResult,
  type JobTotal,
  type ModelJobResult,
  type ModelLine,
  type PlannedWrite,
  type RunStamp,
} from "../jobs";
import type { OutputRow, PreparedTable } from "../workbook/outputs";
import type { ParsedTable } from "../workbook/parse";
import type { WorkbookProblem } from "../workbook/types";
import { PREVIEW_ROWS, type JobPreview, type RunWarning } from "./actions";
import { packTables, unpackTables, type PackedTables } from "./packed";
import { payoutsByRep, targetsByQuarter, type RepSummary } from "./previewSummary";

/** Which job, on which input tables, with which options: the pane's jobs of the shared run (jobs/run.ts). */
export type ComputeJob = Extract<JobRequest, { readonly job: "targets" | "payouts" | "scorecard" | "model" }>;

export interface ComputeRequest {
  readonly run: ComputeJob;
  /**
   * For a write: the run's time and the pane's language (its audit row and totals labels); the
   * answer then holds the prepared tables.
   */
  readonly write?: RunStamp;
}

export interface ComputeAnswer {
  readonly preview: JobPreview;
  readonly totals: readonly JobTotal[];
  /** What the job left out, localised here: a structured clone would lose the SalesPlanError. */
  readonly warnings: readonly RunWarning[];
  /** The tables a write of this run replaces, their rows and periods (for the confirmation). */
  readonly writes: readonly PlannedWrite[];
  /** The tables to write, prepared, with the audit row (writes only). */
  readonly tables?: readonly PreparedTable[];
  /** A plan cost model: every SalesPlanModel row and the pay of each modelled rep per row. */
  readonly model?: ModelAnswer;
}

export interface ModelAnswer {
  readonly rows: readonly OutputRow[];
  readonly lines: readonly ModelLine[];
  readonly year: number;
}

/** Runs a compute request; rejects with the job's SalesPlanError, or a cancel when `signal` aborts. */
export interface ComputeRunner {
  run(request: ComputeRequest, signal?: AbortSignal): Promise<ComputeAnswer>;
}

function runWarning(w: WorkbookProblem): RunWarning {
  const count = w.error.params.count;
  return {
    ...(w.table !== undefined ? { table: w.table } : {}),
    ...(w.cell !== undefined ? { cell: w.cell } : {}),
    rows: typeof count === "number" ? count : 1,
    message: localize(w.error),
  };
}

/** What a manager checks, from every row: targets by rep and quarter, payouts by rep. */
function summaryOf(run: ComputeJob, rows: JobResult["outputs"][number]["rows"]): RepSummary | undefined {
  if (run.job === "targets")
    return targetsByQuarter(rows, run.options.fiscalYear, run.options.fiscalStartMonth, run.options.decimals);
  if (run.job === "payouts") return payoutsByRep(rows);
  return undefined;
}

function preview(result: JobResult, warnings: readonly RunWarning[], run: ComputeJob): JobPreview {
  const main = result.outputs[0];
  const summary = summaryOf(run, main.rows);
  return {
    ...(summary ? { summary } : {}),
    table: {
      name: main.name,
      columns: main.columns.map((c) => ({ key: c.key, header: c.header, kind: c.kind })),
      rows: main.rows.slice(0, PREVIEW_ROWS),
      rowCount: main.rows.length,
    },
    totals: result.totals,
    warnings,
  };
}

/** The job, its preview, and for a write its tables prepared once with the audit row. */
export function compute(request: ComputeRequest): ComputeAnswer {
  const result = runJob(request.run);
  const tables = request.write ? prepareRun(result, request.write) : undefined;
  const warnings = (result.warnings ?? []).map(runWarning);
  const model =
    "lines" in result
      ? {
          rows: result.outputs[0].rows,
          lines: (result as ModelJobResult).lines,
          year: (result as ModelJobResult).year,
        }
      : undefined;
  return {
    preview: preview(result, warnings, request.run),
    totals: result.totals,
    warnings,
    writes: plannedWrites(result),
    ...(tables ? { tables } : {}),
    ...(model ? { model } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// Errors across the worker boundary: a structured clone keeps an Error's message only, so a
// SalesPlanError travels as its parts and is rebuilt with the catalogue's own template (code such
// as isNotFound compares templates by identity).

export interface WireError {
  readonly template: MessageTemplate;
  readonly params: MessageParams;
  readonly at?: CellPosition;
  readonly kind: ExcelErrorKind;
}

export function toWire(error: SalesPlanError): WireError {
  return { template: error.template, params: error.params, at: error.at, kind: error.kind };
}

export function fromWire(wire: WireError): SalesPlanError {
  return new SalesPlanError(templateOf(wire.template), wire.params, { at: wire.at, kind: wire.kind });
}

function mapTable(table: ParsedTable | undefined, map: (e: SalesPlanError) => SalesPlanError) {
  return table && { ...table, problems: table.problems.map((p) => ({ ...p, error: map(p.error) })) };
}

/** The request with every input table's problems mapped (to or from their wire form). */
export function mapRequest(request: ComputeRequest, map: (e: never) => unknown): ComputeRequest {
  const inputs = Object.fromEntries(
    Object.entries(request.run.inputs).map(([key, table]) => [
      key,
      mapTable(table as ParsedTable | undefined, map as (e: SalesPlanError) => SalesPlanError),
    ]),
  );
  return { ...request, run: { ...request.run, inputs } as ComputeJob };
}

/** An answer as it crosses from the worker: the prepared tables packed (packed.ts). */
export interface WireAnswer extends Omit<ComputeAnswer, "tables"> {
  readonly packed?: PackedTables;
}

/** What the worker posts back. */
export type WorkerAnswer =
  { readonly answer: WireAnswer } | { readonly error: WireError } | { readonly failure: string };

/**
 * Run a request as the worker does: the answer, or the failure in a form that survives the trip;
 * `transfer` lists the packed tables' buffers, to hand over rather than copy.
 */
export function answerOf(request: ComputeRequest): { message: WorkerAnswer; transfer: ArrayBuffer[] } {
  try {
    const { tables, ...rest } = compute(mapRequest(request, fromWire));
    if (!tables) return { message: { answer: rest }, transfer: [] };
    const { packed, transfer } = packTables(tables);
    return { message: { answer: { ...rest, packed } }, transfer };
  } catch (error) {
    const message: WorkerAnswer =
      error instanceof SalesPlanError
        ? { error: toWire(error) }
        : { failure: error instanceof Error ? error.message : String(error) };
    return { message, transfer: [] };
  }
}

/** The answer with its tables unpacked, a slice at a time, stopping if `signal` aborts meanwhile. */
export async function fromWireAnswer(wire: WireAnswer, signal?: AbortSignal): Promise<ComputeAnswer> {
  const { packed, ...rest } = wire;
  if (!packed) return rest;
  const tables = await unpackTables(packed, () => throwIfCancelled(signal));
  throwIfCancelled(signal);
  return { ...rest, tables };
}

// ---------------------------------------------------------------------------------------------
// The two runners.

/** In the pane's thread: a turn of the event loop first (paint, Cancel), the result ignored if cancelled. */
export const inThreadRunner: ComputeRunner = {
  async run(request, signal) {
    await yieldToEventLoop();
    throwIfCancelled(signal);
    const answer = compute(request);
    throwIfCancelled(signal);
    return answer;
  },
};

/**
 * In a Web Worker made by `create` for each run and terminated after it (or at once on cancel).
 * When the worker cannot start (its script fails to load), the run falls back to the pane's thread.
 */
export function workerRunner(create: () => Worker): ComputeRunner {
  return {
    run(request, signal) {
      throwIfCancelled(signal);
      return new Promise<ComputeAnswer>((resolve, reject) => {
        const worker = create();
        const done = () => {
          worker.terminate();
          signal?.removeEventListener("abort", onAbort);
        };
        const onAbort = () => {
          done();
          try {
            throwIfCancelled(signal);
          } catch (error) {
            reject(error);
          }
        };
        signal?.addEventListener("abort", onAbort);
        worker.onmessage = (event: MessageEvent<WorkerAnswer>) => {
          done();
          const data = event.data;
          if ("answer" in data) fromWireAnswer(data.answer, signal).then(resolve, reject);
          else if ("error" in data) reject(fromWire(data.error));
          else reject(new Error(data.failure));
        };
        worker.onerror = (event: Event) => {
          event.preventDefault?.();
          done();
          inThreadRunner.run(request, signal).then(resolve, reject);
        };
        worker.postMessage(mapRequest(request, toWire));
      });
    },
  };
}

/** A worker where the page can make one (`scriptUrl`: the built jobs.worker.js), else the pane's thread. */
export function defaultComputeRunner(scriptUrl?: string): ComputeRunner {
  if (!scriptUrl || typeof Worker === "undefined") return inThreadRunner;
  return workerRunner(() => new Worker(scriptUrl));
}
