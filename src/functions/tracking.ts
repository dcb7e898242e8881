import { paceCore } from "../engine/tracking/pace";
import { numberArg } from "./args";
import { guard } from "./result";

/**
 * Projected attainment at the current run rate, as a ratio (1.07 = 107%): actual / elapsed * total / target.
 * @customfunction PACE
 * @param actual_to_date Sales achieved so far in the period.
 * @param target The target for the whole period.
 * @param elapsed Time elapsed so far (days, weeks or months).
 * @param total Length of the whole period, in the same unit as elapsed.
 * @returns Projected attainment as a ratio of target.
 */
export function pace(actual_to_date: unknown, target: unknown, elapsed: unknown, total: unknown): number {
  return guard(() =>
    paceCore(
      numberArg(actual_to_date, "actual_to_date"),
      numberArg(target, "target"),
      numberArg(elapsed, "elapsed"),
      numberArg(total, "total"),
    ),
  );
}
