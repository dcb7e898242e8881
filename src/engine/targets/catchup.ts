import { fail } from "../../kernel/errors";
import { commonMessages } from "../../kernel/messages";
import { fromScaledUnits, toScaledUnits } from "../../kernel/money";
import { checkDecimals, prepareWeights, splitUnits, unitsToNumbers } from "./apportion";
import { targetMessages } from "./messages";

/**
 * The re-plan rule on flat lists: periods with an actual (not null) keep it; the gap
 * ROUND(target - SUM(actuals), decimals) is split over the other periods by `profile` with the
 * largest-remainder method; when the target is already met or exceeded they get 0.
 * `shape` only phrases positions in messages.
 */
export function catchupList(
  target: number,
  actuals: ReadonlyArray<number | null>,
  profile: ReadonlyArray<number | null>,
  decimals = 0,
  shape: { rows: number; columns: number } = { rows: actuals.length, columns: 1 },
): number[] {
  checkDecimals(decimals);
  if (!Number.isFinite(target)) fail(commonMessages.notFinite, { arg: "target", value: String(target) });
  if (profile.length !== actuals.length) {
    fail(commonMessages.shapeMismatch, {
      arg: "profile",
      other: "actuals",
      expected: `${actuals.length} cells`,
      actual: `${profile.length} cells`,
    });
  }
  const position = (i: number) => ({
    row: Math.floor(i / shape.columns),
    column: i % shape.columns,
    rows: shape.rows,
    columns: shape.columns,
  });
  let done = 0;
  const open: (number | null)[] = [];
  actuals.forEach((actual, i) => {
    const share = profile[i];
    if (share !== null && !Number.isFinite(share))
      fail(commonMessages.notFinite, { arg: "profile", value: String(share) }, { at: position(i) });
    if (share !== null && share < 0)
      fail(commonMessages.negative, { arg: "profile", value: share }, { at: position(i) });
    if (actual !== null && !Number.isFinite(actual))
      fail(commonMessages.notFinite, { arg: "actuals", value: String(actual) }, { at: position(i) });
    if (actual !== null) done += actual;
    open.push(actual === null ? share : 0);
  });
  const result = actuals.map((a) => (a === null ? 0 : a));
  const gap = toScaledUnits(target - done, decimals);
  if (gap <= 0n || actuals.every((a) => a !== null)) return result;
  if (open.every((s) => s === null || s === 0))
    fail(targetMessages.gapWithoutProfile, { gap: fromScaledUnits(gap, decimals) });
  const parts = unitsToNumbers(splitUnits(gap, prepareWeights(open, { arg: "profile", ...shape })), decimals);
  actuals.forEach((a, i) => {
    if (a === null) result[i] = parts[i];
  });
  return result;
}

/** SALES.CATCHUP over ranges: the result has the shape of `actuals` (blank = no actual yet). */
export function catchupCore(
  target: number,
  actuals: ReadonlyArray<ReadonlyArray<number | null>>,
  profile: ReadonlyArray<ReadonlyArray<number | null>>,
  decimals = 0,
): number[][] {
  const rows = actuals.length;
  const columns = rows === 0 ? 0 : actuals[0].length;
  const flat = actuals.flat();
  const result = catchupList(target, flat, profile.flat(), decimals, { rows, columns });
  return actuals.map((row, r) => row.map((_, c) => result[r * columns + c]));
}

/** One rep's actuals for the re-plan: a number per period, null where the period is still open. */
export interface ReplanMember {
  readonly id: string;
  readonly actuals: ReadonlyArray<number | null>;
  /** How the region's open periods are shared between members (e.g. their original targets). */
  readonly weight: number;
}

/** The region re-plan: per member, the actuals kept and the open periods' new targets. */
export interface RegionReplan {
  /** The region's new target per period (actuals summed where closed). */
  readonly periods: number[];
  /** One row per member, in the order given. */
  readonly members: { readonly id: string; readonly targets: number[] }[];
  /** The gap still to make, ROUND(target - all actuals), 0 when already met. */
  readonly gap: number;
}

/**
 * Re-plan at region level: a period is closed when any member has an actual for it. The region's
 * gap is spread over the open periods by `profile` (CATCHUP's rule), and each open period's
 * amount is split across the members by weight, so members' rows add up to the region's row.
 */
export function replanRegion(
  target: number,
  members: readonly ReplanMember[],
  profile: readonly number[],
  decimals = 0,
): RegionReplan {
  const count = profile.length;
  members.forEach((m, r) => {
    if (m.actuals.length !== count)
      fail(commonMessages.shapeMismatch, {
        arg: "actuals",
        other: "profile",
        expected: `${count} periods`,
        actual: `${m.actuals.length} periods (row ${r + 1})`,
      });
  });
  const closed = profile.map((_, p) => members.some((m) => m.actuals[p] !== null));
  const regionActuals = closed.map((isClosed, p) =>
    isClosed ? members.reduce((sum, m) => sum + (m.actuals[p] ?? 0), 0) : null,
  );
  const periods = catchupList(target, regionActuals, profile, decimals);
  const done = regionActuals.reduce<number>((sum, a) => sum + (a ?? 0), 0);
  const gapUnits = toScaledUnits(target - done, decimals);
  const targets = members.map((m) => m.actuals.map((a) => a ?? 0));
  if (members.length > 0) {
    const weights = prepareWeights(
      members.map((m) => m.weight),
      { arg: "weight" },
    );
    closed.forEach((isClosed, p) => {
      if (isClosed) return;
      const parts = unitsToNumbers(splitUnits(toScaledUnits(periods[p], decimals), weights), decimals);
      parts.forEach((v, r) => (targets[r][p] = v));
    });
  }
  return {
    periods,
    members: members.map((m, r) => ({ id: m.id, targets: targets[r] })),
    gap: gapUnits > 0n ? fromScaledUnits(gapUnits, decimals) : 0,
  };
}
