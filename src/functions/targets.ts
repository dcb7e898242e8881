/**
 * SALES.* functions for targets: thin wrappers that parse Excel's arguments and call the targets
 * engine (src/engine/targets). See docs/EXTENDING.md.
 */
import { fail } from "../kernel/errors";
import { commonMessages } from "../kernel/messages";
import { shapeText } from "../engine/messages";
import { catchupCore, groupSplitCore, rampCore, seasonalityCore, splitTotal } from "../engine/targets";
import {
  cellToNumber,
  excelErrorOf,
  isBlank,
  matrixArg,
  numberArg,
  numberGridArg,
  numberOrBlankMatrixArg,
  optionalChoiceArg,
  optionalIntegerArg,
  optionalNumberArg,
} from "./args";
import { columnResult, gridResult, guard } from "./result";

/** A cell naming a group: text or a number, as the user typed it. */
function groupName(
  cell: unknown,
  arg: string,
  at: { row: number; column: number; rows: number; columns: number },
) {
  const error = excelErrorOf(cell);
  if (error !== undefined) fail(commonMessages.excelError, { arg, value: error }, { at });
  return isBlank(cell) ? null : String(cell);
}

const decimalsArg = (decimals: unknown): number => optionalIntegerArg(decimals, "decimals", 0, -15, 15);

/**
 * Splits a total across weights by the largest-remainder method, so the parts add up exactly to the rounded total.
 * @customfunction TARGETSPLIT
 * @param total The total to split.
 * @param weights The weights: a row, a column or a block; blanks and zeros get 0.
 * @param [decimals] Decimals to round to (default 0; -3 rounds to thousands).
 * @param [minimum] What every non-zero weight gets first (default 0); the rest is split by weight.
 * @returns The parts, in the shape of weights, adding up exactly to ROUND(total, decimals).
 */
export function targetSplit(
  total: unknown,
  weights: unknown[][],
  decimals?: unknown,
  minimum?: unknown,
): number[][] {
  return guard(() => {
    const sum = numberArg(total, "total");
    // Flat in, flat out: the engine splits the cells row by row and knows the shape for messages.
    const { cells, rows, columns } = numberGridArg(weights, "weights", { blank: 0 });
    const parts = splitTotal(sum, cells, {
      arg: "weights",
      rows,
      columns,
      decimals: decimalsArg(decimals),
      minimum: optionalNumberArg(minimum, "minimum", 0),
    });
    return gridResult(parts, rows, columns);
  });
}

/**
 * Splits each group's total across the members of that group by weight (regions to reps in one formula).
 * @customfunction GROUPSPLIT
 * @param group_totals Two columns: group, total.
 * @param member_groups Each member's group, one per row.
 * @param member_weights Each member's weight, one per row; blanks and zeros get 0.
 * @param [decimals] Decimals to round to (default 0).
 * @returns One column, one row per member; each group's members add up exactly to its rounded total.
 */
export function groupSplit(
  group_totals: unknown[][],
  member_groups: unknown[][],
  member_weights: unknown[][],
  decimals?: unknown,
): number[][] {
  return guard(() => {
    const table = matrixArg(group_totals);
    const rows = table.length;
    const columns = rows === 0 ? 0 : table[0].length;
    if (columns !== 2)
      fail(commonMessages.wrongShape, {
        arg: "group_totals",
        expected: shapeText.groupTotalColumns,
        actual: `${rows} x ${columns}`,
      });
    const groups = table.map((row, r): [string, number] => {
      const at = { row: r, column: 0, rows, columns };
      const name = groupName(row[0], "group_totals", at);
      if (name === null) fail(commonMessages.blank, { arg: "group_totals" }, { at });
      return [name, cellToNumber(row[1], "group_totals", { ...at, column: 1 })];
    });
    const names = matrixArg(member_groups);
    const nameRows = names.length;
    const nameColumns = nameRows === 0 ? 0 : names[0].length;
    const memberNames = names.flatMap((row, r) =>
      row.map((cell, c) =>
        groupName(cell, "member_groups", { row: r, column: c, rows: nameRows, columns: nameColumns }),
      ),
    );
    const weights = numberGridArg(member_weights, "member_weights", { blank: 0 }).cells;
    return columnResult(groupSplitCore(groups, memberNames, Array.from(weights), decimalsArg(decimals)));
  });
}

/**
 * The share profile of the periods (sums to 1) from history laid out one year per row, one period per column.
 * @customfunction SEASONALITY
 * @param history Past sales, one year per row (oldest first), one period per column; blank years are skipped.
 * @param [basis] "average" weighs the years equally (default); "recent" weighs them 1, 2, ..., n from the oldest.
 * @returns One row: each period's share.
 */
export function seasonality(history: unknown[][], basis?: unknown): number[][] {
  return guard(() => [
    seasonalityCore(
      numberOrBlankMatrixArg(history, "history"),
      optionalChoiceArg(basis, "basis", ["average", "recent"] as const, "average"),
    ),
  ]);
}

/**
 * Re-plans the rest of the year: periods with an actual keep it, the remaining gap is split over the other periods by profile.
 * @customfunction CATCHUP
 * @param target The target for all the periods.
 * @param actuals Actuals so far; a blank cell is a period still to come.
 * @param profile Each period's share or weight, in the same shape as actuals.
 * @param [decimals] Decimals to round to (default 0).
 * @returns The actuals kept and the new targets of the open periods, in the shape of actuals.
 */
export function catchup(
  target: unknown,
  actuals: unknown[][],
  profile: unknown[][],
  decimals?: unknown,
): number[][] {
  return guard(() =>
    catchupCore(
      numberArg(target, "target"),
      numberOrBlankMatrixArg(actuals, "actuals"),
      numberOrBlankMatrixArg(profile, "profile"),
      decimalsArg(decimals),
    ),
  );
}

/**
 * A joiner's or leaver's quota for one period: quota times the average over the period's days of each day's employed, ramped factor.
 * @customfunction RAMP
 * @param quota The full quota for the period.
 * @param hire_date The hire date.
 * @param period_start The period's first day.
 * @param period_end The period's last day (inclusive).
 * @param [ramp] Factors by month of tenure, e.g. {0.25,0.5,0.75,1}; the hire month is month 1; after the ramp, 1.
 * @param [end_date] The last day employed, for a leaver.
 * @returns The prorated, ramped quota.
 */
export function ramp(
  quota: unknown,
  hire_date: unknown,
  period_start: unknown,
  period_end: unknown,
  ramp?: unknown[][],
  end_date?: unknown,
): number {
  return guard(() => {
    const factors = isBlank(ramp) ? [] : Array.from(numberGridArg(ramp, "ramp").cells);
    const leave = isBlank(Array.isArray(end_date) ? end_date[0]?.[0] : end_date)
      ? null
      : numberArg(end_date, "end_date");
    return rampCore(
      numberArg(quota, "quota"),
      numberArg(hire_date, "hire_date"),
      numberArg(period_start, "period_start"),
      numberArg(period_end, "period_end"),
      factors,
      leave,
    );
  });
}
