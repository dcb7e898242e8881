import { fail } from "../../kernel/errors";
import { commonMessages } from "../../kernel/messages";

/**
 * Projected attainment at the current run rate: actual / elapsed * total / target, as a ratio
 * (1.07 = 107%). Elapsed and total are in the same unit (days, weeks, months).
 */
export function paceCore(actualToDate: number, target: number, elapsed: number, total: number): number {
  if (actualToDate < 0) fail(commonMessages.negative, { arg: "actual_to_date", value: actualToDate });
  if (total <= 0) fail(commonMessages.notPositive, { arg: "total", value: total });
  if (elapsed < 0) fail(commonMessages.negative, { arg: "elapsed", value: elapsed });
  if (elapsed > total) fail(commonMessages.elapsedBeyondTotal, { elapsed, total });
  // Excel's own ratio functions return #DIV/0! on a zero divisor; a zero target or an empty elapsed
  // period has no run rate to project.
  if (target === 0 || elapsed === 0)
    fail(commonMessages.divideByZero, { arg: target === 0 ? "target" : "elapsed" }, { kind: "div0" });
  if (target < 0) fail(commonMessages.negative, { arg: "target", value: target });
  return ((actualToDate / elapsed) * total) / target;
}
