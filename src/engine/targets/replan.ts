/**
 * Re-planning a whole plan from an Actuals table: the CLI's and task pane's view of CATCHUP, at
 * rep level (each rep's gap over their own open months) and at region level (the region's gap
 * over its open months, then shared by the reps).
 */
import { fail } from "../../kernel/errors";
import { commonMessages } from "../../kernel/messages";
import { fromScaledUnits, toScaledUnits } from "../../kernel/money";
import { catchupList, replanRegion } from "./catchup";
import type { TargetPlan, TargetRow } from "./hierarchy";
import { targetMessages } from "./messages";
import type { FiscalPeriod } from "../../kernel/calendar";
import { parsePeriod } from "./periods";

/** A row of the Actuals table (already filtered to one measure). */
export interface ActualRecord {
  readonly repId: string;
  /** "2026-03", or a date serial of any day in the month. */
  readonly period: unknown;
  readonly amount: number;
}

/**
 * Actuals per rep and fiscal month, null where a month has no row yet. Several rows for the same
 * rep and month (deals, products) add up. Errors name the column and row.
 */
export function actualsByRep(
  records: readonly ActualRecord[],
  periods: readonly FiscalPeriod[],
  arg = "actuals",
): Map<string, (number | null)[]> {
  const index = new Map(periods.map((p, i) => [p.label, i]));
  const byRep = new Map<string, (number | null)[]>();
  records.forEach((record, row) => {
    const at = { row, column: 0, rows: records.length, columns: 1 };
    const label = parsePeriod(record.period, `${arg}.Period`, at);
    const month = index.get(label);
    if (month === undefined) {
      fail(
        targetMessages.periodOutsideYear,
        {
          arg: `${arg}.Period`,
          value: label,
          first: periods[0].label,
          last: periods[periods.length - 1].label,
        },
        { at },
      );
    }
    if (!Number.isFinite(record.amount))
      fail(commonMessages.notFinite, { arg: `${arg}.Amount`, value: String(record.amount) }, { at });
    let months = byRep.get(record.repId);
    if (!months) {
      months = new Array<number | null>(periods.length).fill(null);
      byRep.set(record.repId, months);
    }
    months[month] = (months[month] ?? 0) + record.amount;
  });
  return byRep;
}

/** The re-plan of one rep: actuals kept, open months re-targeted. */
export interface RepReplan {
  readonly repId: string;
  readonly name: string;
  readonly region: string;
  readonly annual: number;
  readonly actuals: (number | null)[];
  /** Actual where there is one, else the new target. */
  readonly months: number[];
  /** Gap that no open month could take (every open month had a target of 0, e.g. a leaver). */
  readonly unplaced: number;
}

/**
 * Rep-level re-plan: each rep's gap (annual target - actuals so far) is spread over their open
 * months in proportion to the months' original targets, which carry seasonality and ramp.
 * Returns the reps and SalesTargets rows (product blank) with the new targets.
 */
export function replanReps(
  plan: TargetPlan,
  actuals: ReadonlyMap<string, ReadonlyArray<number | null>>,
  decimals = 0,
): { reps: RepReplan[]; rows: TargetRow[] } {
  const empty = plan.periods.map(() => null);
  const reps = plan.reps.map((rep): RepReplan => {
    const done = actuals.get(rep.repId) ?? empty;
    const open = rep.months.map((m, i) => (done[i] === null ? m : 0));
    const hasShape = open.some((m) => m > 0);
    const gapUnits = toScaledUnits(rep.annual - done.reduce<number>((s, a) => s + (a ?? 0), 0), decimals);
    const months = hasShape ? catchupList(rep.annual, done, rep.months, decimals) : done.map((a) => a ?? 0);
    const unplaced =
      !hasShape && gapUnits > 0n && done.some((a) => a === null) ? fromScaledUnits(gapUnits, decimals) : 0;
    return {
      repId: rep.repId,
      name: rep.name,
      region: rep.region,
      annual: rep.annual,
      actuals: [...done],
      months,
      unplaced,
    };
  });
  const rows = reps.flatMap((rep) =>
    rep.months.map((target, i): TargetRow => ({
      kind: "rep",
      repId: rep.repId,
      name: rep.name,
      region: rep.region,
      product: "",
      period: plan.periods[i].label,
      target,
    })),
  );
  return { reps, rows };
}

/**
 * Region-level re-plan: each region's gap over its open months by the region's original monthly
 * targets, then each open month shared by the region's reps in proportion to their annual
 * targets ({@link replanRegion}).
 */
export function replanRegions(
  plan: TargetPlan,
  actuals: ReadonlyMap<string, ReadonlyArray<number | null>>,
  decimals = 0,
): { region: string; periods: number[]; gap: number; reps: { repId: string; months: number[] }[] }[] {
  const empty = plan.periods.map(() => null);
  return plan.regions.map((region) => {
    const members = plan.reps
      .filter((rep) => rep.region === region.region)
      .map((rep) => ({ id: rep.repId, actuals: actuals.get(rep.repId) ?? empty, weight: rep.annual }));
    const result = replanRegion(region.target, members, region.months, decimals);
    return {
      region: region.region,
      periods: result.periods,
      gap: result.gap,
      reps: result.members.map((m) => ({ repId: m.id, months: m.targets })),
    };
  });
}
