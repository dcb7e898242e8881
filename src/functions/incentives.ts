/**
 * SALES.* functions for incentives: thin wrappers that parse Excel's arguments and call the
 * incentives engine (src/engine/incentives). See docs/EXTENDING.md.
 */
import { fail } from "../kernel/errors";
import { drawCore, payoutCurveCore, tieredCore } from "../engine/incentives";
import { incentiveMessages } from "../engine/incentives/messages";
import { type MessageTemplate } from "../kernel/messages";
import { shapeText } from "../engine/messages";
import {
  cellToNumber,
  isBlank,
  matrixArg,
  numberArg,
  numberGridArg,
  optionalBooleanArg,
  optionalChoiceArg,
  optionalNumberArg,
} from "./args";
import { guard } from "./result";

/**
 * A two-column table (e.g. lower bound, rate) as number pairs. Blank rows at the end are dropped, so
 * a range drawn larger than the table still works; any other blank or text cell is an error.
 */
function pairTable(value: unknown, arg: string, columnsText: MessageTemplate): [number, number][] {
  const matrix = matrixArg(value);
  const columns = matrix.length === 0 ? 0 : matrix[0].length;
  if (columns !== 2) fail(incentiveMessages.tableColumns, { arg, expected: columnsText, actual: columns });
  let rows = matrix.length;
  while (rows > 0 && matrix[rows - 1].every(isBlank)) rows--;
  if (rows === 0) fail(incentiveMessages.emptyTable, { arg });
  const pairs: [number, number][] = [];
  for (let r = 0; r < rows; r++) {
    const at = (column: number) => ({ row: r, column, rows: matrix.length, columns: 2 });
    pairs.push([cellToNumber(matrix[r][0], arg, at(0)), cellToNumber(matrix[r][1], arg, at(1))]);
  }
  return pairs;
}

/**
 * Commission on a value from a rate table: marginal pays each slice at its own rate, retro pays the whole value at the rate of the highest tier reached.
 * @customfunction TIERED
 * @param value The amount to pay commission on (e.g. revenue).
 * @param tiers Two columns: lower bound (inclusive), rate; bounds ascending, the first usually 0.
 * @param [mode] "marginal" (default) or "retro".
 * @returns The commission, in the units of value.
 */
export function tiered(value: unknown, tiers: unknown[][], mode?: unknown): number {
  return guard(() =>
    tieredCore(
      numberArg(value, "value"),
      pairTable(tiers, "tiers", shapeText.tierColumns).map(([from, rate]) => ({ from, rate })),
      optionalChoiceArg(mode, "mode", ["marginal", "retro"] as const, "marginal"),
    ),
  );
}

/**
 * The payout for an attainment on a payout curve: linear between points, 0 below the first point, the last slope beyond the last. A curve that falls is refused.
 * @customfunction PAYOUTCURVE
 * @param attainment Attainment as a ratio (1.1 = 110%).
 * @param curve Two columns: attainment, payout ratio; attainments ascending, payouts never falling.
 * @param [target_incentive] What a payout ratio of 1 is worth (default 1).
 * @param [cap] The most the result may be, in the same units as the result.
 * @returns The payout: curve ratio times target_incentive, at most cap.
 */
export function payoutCurve(
  attainment: unknown,
  curve: unknown[][],
  target_incentive?: unknown,
  cap?: unknown,
): number {
  return guard(() => {
    const capValue = optionalNumberArg(cap, "cap", NaN);
    return payoutCurveCore(
      numberArg(attainment, "attainment"),
      pairTable(curve, "curve", shapeText.curveColumns).map(([a, payout]) => ({ attainment: a, payout })),
      optionalNumberArg(target_incentive, "target_incentive", 1),
      Number.isNaN(capValue) ? null : capValue,
    );
  });
}

/**
 * A draw against commission over periods: the pay and the balance owed after each period.
 * @customfunction DRAW
 * @param earnings Commission earned per period: a column (or a row); blanks count as 0.
 * @param draw The draw per period.
 * @param [recoverable] TRUE (default): shortfalls are owed and repaid from later earnings above the draw; FALSE: nothing is owed.
 * @returns Two columns, one row per period: pay, balance owed.
 */
export function draw(earnings: unknown[][], draw: unknown, recoverable?: unknown): number[][] {
  return guard(() => {
    return drawCore(
      Array.from(numberGridArg(earnings, "earnings", { blank: 0 }).cells),
      numberArg(draw, "draw"),
      optionalBooleanArg(recoverable, "recoverable", true),
    ).map((period) => [period.pay, period.balance]);
  });
}
