/** Payouts: Reps, Actuals (and SalesTargets) in, the payout engine, SalesPayouts beside the plan out. */
import { SalesPlanError } from "../engine/errors";
import { computePayouts, measureKey, type MeasureAmount, type Plan } from "../engine/incentives";
import type { InputTableSpec } from "../workbook/inputs";
import { payoutColumns, type OutputRow } from "../workbook/outputs";
import type { ParsedTable } from "../workbook/parse";
import { isNotFound, requireClean } from "./inputs";
import { num, sumMoney, text, type JobResult, type JobTotal } from "./job";
import { jobMessages } from "./messages";
import { planTables } from "./plan";
import { UNASSIGNED } from "./targets";

/** SalesTargets read back as the revenue target of each rep and month. */
export const salesTargetsSpec: InputTableSpec = {
  name: "SalesTargets",
  columns: [
    { key: "RepID", aliases: ["RepID"], kind: "text", required: true },
    { key: "Period", aliases: ["Period"], kind: "month", required: true },
    { key: "Target", aliases: ["Target"], kind: "number", required: true },
  ],
};

export interface PayoutOptions {
  readonly plan: Plan;
  /**
   * Monthly target per rep by measure name; a measure left out (or null) takes its targets from
   * SalesTargets (each rep's months, summed over products).
   */
  readonly measureTargets: Readonly<Record<string, number | null>>;
}

/** Label of the row that carries a rep's plan-level adjustments (SPIFF, draw, plan cap). */
export const ADJUSTMENTS_ROW = "Adjustments";

export function payoutsJob(
  inputs: {
    readonly reps?: ParsedTable;
    readonly actuals?: ParsedTable;
    readonly salesTargets?: ParsedTable;
  },
  options: PayoutOptions,
): JobResult {
  const reps = requireClean(inputs.reps, "Reps");
  const actuals = requireClean(inputs.actuals, "Actuals");
  const { plan } = options;
  const planOutputs = planTables(plan);

  const repIds = reps.rows.map((r) => text(r.values.RepID));
  const paid = new Set(actuals.rows.map((r) => text(r.values.Period)));
  const months = [...paid].sort();
  const targets: MeasureAmount[] = [];
  let fromTable: ParsedTable | undefined;
  for (const measure of plan.measures) {
    const fixed = options.measureTargets[measure.name] ?? null;
    if (fixed !== null) {
      for (const repId of repIds)
        for (const period of months) targets.push({ repId, period, measure: measure.name, amount: fixed });
      continue;
    }
    if (!inputs.salesTargets || isNotFound(inputs.salesTargets))
      throw new SalesPlanError(jobMessages.noMeasureTarget, { measure: measure.name });
    fromTable = requireClean(inputs.salesTargets, "SalesTargets");
    const sums = new Map<string, number>();
    for (const r of fromTable.rows) {
      const repId = text(r.values.RepID);
      // Pay only the months that have actuals: SalesTargets runs the whole year ahead.
      if (repId === UNASSIGNED || !paid.has(text(r.values.Period))) continue;
      const key = `${repId}\u0000${text(r.values.Period)}`;
      sums.set(key, (sums.get(key) ?? 0) + (num(r.values.Target) ?? 0));
    }
    for (const [key, amount] of sums) {
      const [repId, period] = key.split("\u0000");
      targets.push({ repId, period, measure: measure.name, amount });
    }
  }

  const result = computePayouts({
    plan,
    reps: reps.rows.map((r) => ({
      id: text(r.values.RepID),
      name: text(r.values.Name),
      targetIncentive: num(r.values.TargetIncentive),
      hireDate: num(r.values.HireDate),
      endDate: num(r.values.EndDate),
    })),
    targets,
    actuals: actuals.rows.map((r) => ({
      repId: text(r.values.RepID),
      period: text(r.values.Period),
      measure: text(r.values.Measure),
      amount: num(r.values.Amount) ?? 0,
    })),
  });

  const rows: OutputRow[] = [];
  for (const row of result.rows) {
    if (row.kind === "measure") {
      rows.push({
        RepID: row.repId,
        Name: row.name,
        Period: row.period,
        Measure: row.measure,
        Actual: row.actual,
        Target: row.target,
        Attainment: row.attainment,
        Rate: row.point,
        Payout: row.gross,
        Adjustments: row.adjustments,
        NetPayout: row.net,
        Explanation: row.explanation,
      });
    } else if (row.adjustments !== 0) {
      // The total row's own adjustments; its gross is the measure rows above, not repeated.
      rows.push({
        RepID: row.repId,
        Name: row.name,
        Period: row.period,
        Measure: ADJUSTMENTS_ROW,
        Payout: 0,
        Adjustments: row.adjustments,
        NetPayout: row.adjustments,
        Explanation: row.explanation,
      });
    }
  }
  const totals: JobTotal[] = [
    { id: "payoutRows", value: rows.length },
    { id: "payoutGross", value: sumMoney(rows.map((r) => r.Payout)) },
    { id: "payoutAdjustments", value: sumMoney(rows.map((r) => r.Adjustments)) },
    { id: "payoutNet", value: sumMoney(rows.map((r) => r.NetPayout)), expected: result.totals.net },
    ...plan.measures.map((m): JobTotal => ({
      id: "measurePayout",
      item: m.name,
      value: sumMoney(
        rows.filter((r) => measureKey(String(r.Measure)) === measureKey(m.name)).map((r) => r.NetPayout),
      ),
    })),
  ];
  return {
    action: "payouts",
    plan: plan.name,
    version: plan.version,
    outputs: [{ name: "SalesPayouts", columns: payoutColumns, rows }, ...planOutputs],
    totals,
    inputs: fromTable ? [reps, actuals, fromTable] : [reps, actuals],
  };
}
