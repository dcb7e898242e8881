import { fail, SalesPlanError } from "../../kernel/errors";
import { commonMessages } from "../../kernel/messages";
import { scorecardMessages } from "./messages";

/** One row of a bands table: scores at or above `minimum` (and below the next band) get `label`. */
export interface BandRow {
  readonly minimum: number;
  /** Text (A, B, 优秀) or a number (1..4), returned as given. */
  readonly label: string | number;
}

/** The bands scorecards use when the plan gives none. */
export const DEFAULT_BANDS: readonly BandRow[] = [
  { minimum: 100, label: "A" },
  { minimum: 85, label: "B" },
  { minimum: 70, label: "C" },
  { minimum: 0, label: "D" },
];

/**
 * A bands table checked and sorted from the highest minimum down, ready for `bandOf`.
 * The table may come in any order; a blank label or a minimum given twice is an error.
 */
export function prepareBands(bands: readonly BandRow[]): readonly BandRow[] {
  if (bands.length === 0) fail(scorecardMessages.bandsEmpty);
  const seen = new Set<number>();
  bands.forEach((band, row) => {
    const where = { at: { row, column: 0, rows: bands.length, columns: 2 } };
    if (!Number.isFinite(band.minimum))
      fail(commonMessages.notFinite, { arg: "bands", value: String(band.minimum) }, where);
    if (typeof band.label === "string" && band.label.trim() === "")
      fail(scorecardMessages.bandLabelBlank, {}, { at: { ...where.at, column: 1 } });
    if (seen.has(band.minimum)) fail(scorecardMessages.bandDuplicateMinimum, { value: band.minimum }, where);
    seen.add(band.minimum);
  });
  return [...bands].sort((a, b) => b.minimum - a.minimum);
}

/** The label of the highest band whose minimum the score reaches, or undefined below every band. */
export function bandOf(score: number, sortedBands: readonly BandRow[]): string | number | undefined {
  for (const band of sortedBands) if (score >= band.minimum) return band.label;
  return undefined;
}

/** A band label, "" for a blank score, or the #N/A of a score below every band. */
export type BandCell = string | number | SalesPlanError;

/**
 * SALES.BAND's maths: the label per score from a (minimum score, label) table. A blank score (NaN)
 * stays blank. A score below the lowest minimum has no band: that cell alone is #N/A with a message,
 * like a lookup that finds nothing, so one rep without a band does not hide everyone else's.
 */
export function bandCore(scores: readonly (readonly number[])[], bands: readonly BandRow[]): BandCell[][] {
  const sorted = prepareBands(bands);
  const lowest = sorted[sorted.length - 1].minimum;
  const rows = scores.length;
  return scores.map((row, r) =>
    row.map((score, c) => {
      if (Number.isNaN(score)) return "";
      const label = bandOf(score, sorted);
      if (label !== undefined) return label;
      return new SalesPlanError(
        scorecardMessages.belowLowestBand,
        { value: score, minimum: lowest },
        { at: { row: r, column: c, rows, columns: row.length }, kind: "na" },
      );
    }),
  );
}
