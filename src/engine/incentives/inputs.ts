/**
 * A payout run's inputs laid out for the engine: every payout period found and sorted, actuals and
 * targets summed into one slot per rep, period and known measure, and one-off adjustments checked
 * and grouped by rep and period. Problems are thrown naming the table, row and column.
 */
import { fail } from "../../kernel/errors";
import { commonMessages } from "../../kernel/messages";
import { parseMonthKey } from "../../kernel/calendar";
import { payoutPeriodOf, type PayoutPeriod } from "./calendar";
import { incentiveMessages } from "./messages";
import { knownMeasures, measureKey } from "./plan";
import type { AdjustmentInput, MeasureAmount, PayoutInput } from "./types";

/** The inputs by slot: amounts at (rep * periods + period) * known + k, adjustments at rep * periods + period. */
export interface RunInputs {
  readonly periods: readonly PayoutPeriod[];
  readonly actual: Float64Array;
  readonly target: Float64Array;
  /** Known measures (plan measures, gate measures, SPIFF measures). */
  readonly known: number;
  /** Known-measure index of each plan measure, gate and SPIFF. */
  readonly measureK: readonly number[];
  readonly gateK: readonly number[];
  readonly spiffK: readonly number[];
  readonly adjustmentsAt: Map<number, AdjustmentInput[]>;
}

/** Lay out a run's inputs; the plan is already validated. */
export function runInputs(input: PayoutInput): RunInputs {
  const { plan, reps } = input;
  const measures = plan.measures;
  const gates = plan.gates ?? [];
  const spiffs = plan.spiffs ?? [];
  const names = knownMeasures(plan);
  const nK = names.length;
  const keyIndex = new Map<string, number>();
  names.forEach((name, k) => keyIndex.set(measureKey(name), k));
  const measureK = measures.map((m) => keyIndex.get(measureKey(m.name)) as number);
  const gateK = gates.map((g) => keyIndex.get(measureKey(g.measure)) as number);
  const spiffK = spiffs.map((s) => keyIndex.get(measureKey(s.measure)) as number);

  const repIndex = new Map<string, number>();
  reps.forEach((rep, i) => repIndex.set(rep.id, i));

  // Months to payout periods, memoised: a run has few distinct months and many rows.
  const periodByKey = new Map<string, PayoutPeriod>();
  const monthToPeriod = new Map<string, PayoutPeriod>();
  const periodOf = (text: string, arg: string, row: number, rows: number): PayoutPeriod => {
    let period = monthToPeriod.get(text);
    if (period === undefined) {
      const month = parseMonthKey(String(text));
      if (!month)
        return fail(
          incentiveMessages.badPeriod,
          { arg, value: String(text) },
          { at: { row, column: 1, rows, columns: 4 } },
        );
      period = payoutPeriodOf(month.year, month.month, plan.frequency);
      const existing = periodByKey.get(period.key);
      if (existing) period = existing;
      else periodByKey.set(period.key, period);
      monthToPeriod.set(text, period);
    }
    return period;
  };
  const nameToK = new Map<string, number>();
  const kOf = (name: string, arg: string, row: number, rows: number): number => {
    let k = nameToK.get(name);
    if (k === undefined) {
      k = keyIndex.get(measureKey(String(name)));
      if (k === undefined)
        return fail(
          incentiveMessages.unknownMeasure,
          { arg, measure: String(name), expected: names.join(", ") },
          { at: { row, column: 2, rows, columns: 4 } },
        );
      nameToK.set(name, k);
    }
    return k;
  };
  const repOf = (id: string, arg: string, row: number, rows: number): number => {
    const r = repIndex.get(id);
    if (r === undefined)
      return fail(
        incentiveMessages.unknownRep,
        { arg, rep: String(id) },
        { at: { row, column: 0, rows, columns: 4 } },
      );
    return r;
  };

  // First pass: find every payout period, so each record lands in a fixed slot.
  const records: [readonly MeasureAmount[], string][] = [
    [input.actuals, "actuals"],
    [input.targets, "targets"],
  ];
  for (const [list, arg] of records) {
    let last: string | undefined;
    for (let i = 0; i < list.length; i++)
      if (list[i].period !== last) {
        last = list[i].period;
        periodOf(last, arg, i, list.length);
      }
  }
  const adjustments = input.adjustments ?? [];
  for (let i = 0; i < adjustments.length; i++)
    periodOf(adjustments[i].period, "adjustments", i, adjustments.length);
  const periods = [...periodByKey.values()].sort((a, b) => a.start - b.start);
  const nP = periods.length;
  const slot = new Map<PayoutPeriod, number>();
  periods.forEach((p, i) => slot.set(p, i));

  const nR = reps.length;
  const actual = new Float64Array(nR * nP * nK);
  const target = new Float64Array(nR * nP * nK);
  const fill = (list: readonly MeasureAmount[], into: Float64Array, arg: string) => {
    const rows = list.length;
    // Tables usually come sorted by rep, then month: remembering the last key skips most lookups.
    let lastRep: string | undefined;
    let lastPeriod: string | undefined;
    let r = 0;
    let p = 0;
    for (let i = 0; i < rows; i++) {
      const record = list[i];
      if (record.repId !== lastRep) {
        r = repOf(record.repId, arg, i, rows);
        lastRep = record.repId;
      }
      if (record.period !== lastPeriod) {
        p = slot.get(periodOf(record.period, arg, i, rows)) as number;
        lastPeriod = record.period;
      }
      const k = kOf(record.measure, arg, i, rows);
      const amount = record.amount;
      if (typeof amount !== "number" || !Number.isFinite(amount))
        fail(
          commonMessages.notANumber,
          { arg, value: String(amount) },
          { at: { row: i, column: 3, rows, columns: 4 } },
        );
      into[(r * nP + p) * nK + k] += amount;
    }
  };
  fill(input.actuals, actual, "actuals");
  fill(input.targets, target, "targets");

  // Adjustments by rep and period slot.
  const adjustmentsAt = new Map<number, AdjustmentInput[]>();
  for (let i = 0; i < adjustments.length; i++) {
    const a = adjustments[i];
    const at = { at: { row: i, column: 3, rows: adjustments.length, columns: 4 } };
    const r = repOf(a.repId, "adjustments", i, adjustments.length);
    if (!Number.isFinite(a.amount))
      fail(commonMessages.notANumber, { arg: "adjustments", value: String(a.amount) }, at);
    if (a.kind === "manual" && (a.reason ?? "").trim() === "")
      fail(incentiveMessages.reasonRequired, { rep: a.repId, period: a.period }, at);
    if (a.kind === "clawback" && a.monthsRequired !== undefined) {
      const served = a.monthsServed ?? 0;
      if (!(a.monthsRequired > 0) || served < 0 || served > a.monthsRequired)
        fail(incentiveMessages.monthsServed, { served, required: a.monthsRequired }, at);
    }
    const key = r * nP + (slot.get(periodOf(a.period, "adjustments", i, adjustments.length)) as number);
    const list = adjustmentsAt.get(key);
    if (list) list.push(a);
    else adjustmentsAt.set(key, [a]);
  }
  return { periods, actual, target, known: nK, measureK, gateK, spiffK, adjustmentsAt };
}
