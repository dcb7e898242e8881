import { fail } from "../../kernel/errors";
import { commonMessages } from "../../kernel/messages";
import { targetMessages } from "./messages";

/** How SEASONALITY weighs the years: equally, or 1, 2, ..., n from the oldest to the latest. */
export type SeasonalityBasis = "average" | "recent";

/**
 * SALES.SEASONALITY: the share profile (sums to 1) of the periods, from history laid out one year
 * per row (oldest first), one period per column. Each year is normalised to shares first, so a
 * growing business does not tilt the profile toward the later years' months. Years that are
 * entirely blank (null) are skipped; a year with some blanks is an error, because reading its
 * blanks as 0 would bend the profile without anyone noticing.
 */
export function seasonalityCore(
  history: ReadonlyArray<ReadonlyArray<number | null>>,
  basis: SeasonalityBasis = "average",
  arg = "history",
): number[] {
  const rows = history.length;
  const columns = rows === 0 ? 0 : history[0].length;
  const profile = new Array<number>(columns).fill(0);
  const used: number[][] = [];
  history.forEach((year, r) => {
    if (year.every((v) => v === null)) return;
    // Shares are taken of the year scaled by its largest value, so years near the largest
    // double do not overflow to a total of Infinity (and shares of 0).
    let largest = 0;
    year.forEach((v, c) => {
      const at = { row: r, column: c, rows, columns };
      if (v === null) fail(targetMessages.incompleteYear, { arg }, { at: { ...at, columns: 1 } });
      if (!Number.isFinite(v)) fail(commonMessages.notFinite, { arg, value: String(v) }, { at });
      if (v < 0) fail(commonMessages.negative, { arg, value: v }, { at });
      largest = Math.max(largest, v);
    });
    if (largest === 0)
      fail(targetMessages.zeroYear, { arg }, { at: { row: r, column: 0, rows, columns: 1 } });
    const scaled = year.map((v) => (v as number) / largest);
    const total = scaled.reduce((s, v) => s + v, 0);
    used.push(scaled.map((v) => v / total));
  });
  if (used.length === 0) fail(targetMessages.noHistory, { arg });
  let weightSum = 0;
  used.forEach((shares, i) => {
    const weight = basis === "recent" ? i + 1 : 1;
    weightSum += weight;
    shares.forEach((s, c) => (profile[c] += weight * s));
  });
  return profile.map((v) => v / weightSum);
}
