/** What every job returns: output tables to write, the totals that reconcile, and its inputs for the audit. */
import type { Locale } from "../kernel/messages";

import { auditTable } from "../workbook/audit";
import { breakdownPairs, reconcilePayouts } from "./payoutSums";
import { hashInputs } from "../workbook/hash";
import { checkExcelLimits } from "../workbook/limits";
import { prepareOutput, rowLabels, type OutputTable, type PreparedTable } from "../workbook/outputs";
import type { ParsedTable } from "../workbook/parse";
import type { WorkbookProblem } from "../workbook/types";

/** Which total a line shows; front ends phrase it in the user's language. */
export type TotalId =
  | "companyTarget"
  | "targetRows"
  | "regionTarget"
  | "regionsTotal"
  | "quarterTarget"
  | "quartersTotal"
  | "unassigned"
  | "payoutGross"
  | "payoutAdjustments"
  | "payoutAwards"
  | "payoutNet"
  | "payoutNetReporting"
  | "payoutRows"
  | "measurePayout"
  | "scoreAverage"
  | "bandCount"
  | "planMeasures"
  | "planTiers";

export interface JobTotal {
  readonly id: TotalId;
  /** The region, measure or band the line is about. */
  readonly item?: string;
  readonly value: number;
  /** What the value must equal (e.g. the region's target); the line reconciles when they match. */
  readonly expected?: number;
}

export interface JobResult {
  /** The audit's Action: "targets", "payouts", "plan", "scorecards". */
  readonly action: string;
  readonly plan?: string;
  readonly version?: string;
  /** Output tables, main one first, without the audit row. */
  readonly outputs: readonly OutputTable[];
  readonly totals: readonly JobTotal[];
  /** The input tables the job read, for the audit's row counts and hash. */
  readonly inputs: readonly ParsedTable[];
  /** Input rows left out, and why (rows outside the plan year, unused measures, reps with no actuals). */
  readonly warnings?: readonly WorkbookProblem[];
}

/**
 * The job's outputs, prepared (validated and formatted, once: the host writes them as they are),
 * plus its SalesAudit row (appended to earlier runs' rows), its action and the totals rows' label
 * in `language`, the language the run wrote in.
 */
export function withAudit(result: JobResult, now: Date, language: Locale = "en"): PreparedTable[] {
  // Totals rows labelled in the same language.
  const outputs = result.outputs.map((o) => ({ ...o, totalLabel: rowLabels.total[language] }));
  const prepared = outputs.map(prepareOutput);
  // Excel's limits before anything is written (a cell's length, a sheet's rows and columns, names).
  prepared.forEach(checkExcelLimits);
  return [...prepared, prepareOutput(auditOf(result, prepared, now, language))];
}

/** The run's SalesAudit row: its inputs' row counts and hash, and the prepared outputs' rows and totals. */
export function auditOf(
  result: JobResult,
  prepared: readonly PreparedTable[],
  now: Date,
  language: Locale = "en",
): OutputTable {
  const inputRows: Record<string, number> = {};
  for (const t of result.inputs) inputRows[t.name] = t.rows.length;
  const inputHash = hashInputs(
    result.inputs.map((t) => ({
      name: t.name,
      columns: t.columns.map((c) => c.key),
      rows: t.rows.map((r) => t.columns.map((c) => r.values[c.key] ?? null)),
    })),
  );
  return auditTable(
    {
      time: now,
      action: result.action,
      plan: result.plan,
      version: result.version,
      inputRows,
      inputHash,
      language,
      breakdown: payoutsBreakdown(result),
    },
    prepared,
  );
}

/**
 * A payouts run's net per period, region (each rep's in Reps) and measure, as it wrote SalesPayouts:
 * what Publish compares line by line ("run wrote"), so a later edit can be located.
 */
function payoutsBreakdown(result: JobResult): [string, number][] {
  const payouts = result.outputs.find((o) => o.name === "SalesPayouts");
  if (result.action !== "payouts" || !payouts) return [];
  const reps = result.inputs.find((t) => t.name === "Reps");
  const regionOf = new Map((reps?.rows ?? []).map((r) => [text(r.values.RepID), text(r.values.Region)]));
  const amount = (v: unknown) => (typeof v === "number" ? v : 0);
  const records = payouts.rows.map((r) => ({
    repId: text(r.RepID),
    period: text(r.Period),
    measure: text(r.Measure),
    payout: amount(r.Payout),
    adjustments: amount(r.Adjustments),
    net: amount(r.NetPayout),
  }));
  return breakdownPairs(reconcilePayouts(records, regionOf));
}

/** Text of a parsed value; "" for blanks. */
export function text(value: unknown): string {
  return value === null || value === undefined ? "" : String(value);
}

/** A parsed number, or null for blanks. */
export function num(value: unknown): number | null {
  return typeof value === "number" ? value : null;
}
