import { fail, SalesPlanError } from "../kernel/errors";
import { commonMessages } from "../kernel/messages";
import { shapeText } from "../engine/messages";
import {
  bandCore,
  DEFAULT_CAP,
  parseDirection,
  scoreCore,
  scorecardMessages,
  type BandRow,
  type Direction,
} from "../engine/scorecards";
import {
  cellToNumber,
  isBlank,
  matrixArg,
  numberMatrixArg,
  numberOrBlankMatrixArg,
  optionalNumberArg,
  type CellValue,
} from "./args";
import { guard, toExcelError } from "./result";

/**
 * One score per rep (0..100*cap): KPI achievements (value/target; target/value if "down"), capped, weight-averaged, x100.
 * @customfunction SCORE
 * @param values KPI values: one row per rep, one column per KPI.
 * @param targets KPI targets: the same shape as values, or one row for every rep.
 * @param weights One weight per KPI (a row).
 * @param [directions] "up" (more is better, the default) or "down" per KPI (a row).
 * @param [cap] Highest achievement credited per KPI (default 1.2 = 120%).
 * @returns One score per row of values.
 */
export function score(
  values: unknown[][],
  targets: unknown[][],
  weights: unknown[][],
  directions?: unknown[][],
  cap?: unknown,
): number[][] {
  return guard(() =>
    scoreCore(
      numberMatrixArg(values, "values"),
      numberMatrixArg(targets, "targets"),
      rowArg(numberMatrixArg(weights, "weights"), "weights"),
      directionsArg(directions),
      optionalNumberArg(cap, "cap", DEFAULT_CAP),
    ).map((s) => [s]),
  );
}

/**
 * The band label per score from a table of (minimum score, label), e.g. A/B/C/D.
 * @customfunction BAND
 * @param scores Scores (a cell, a row, a column or a block); blank cells stay blank.
 * @param bands Two columns: minimum score and label; a score takes the highest band it reaches.
 * @returns The label per score, shaped like scores.
 */
export function band(
  scores: unknown[][],
  bands: unknown[][],
): Array<Array<string | number | CustomFunctions.Error>> {
  // Array<Array<…>>: the metadata generator reads a union inside Array<> as "any" but rejects (a | b)[][].
  return guard(() => {
    // Blank score cells (a rep with no score yet) stay blank rather than failing the whole range.
    const numbers = numberOrBlankMatrixArg(scores, "scores").map((row) => row.map((cell) => cell ?? NaN));
    return bandCore(numbers, bandsArg(bands)).map((row) =>
      row.map((cell) => (cell instanceof SalesPlanError ? toExcelError(cell) : cell)),
    );
  });
}

/** A range that must be one row (a single column of one cell is a row too). */
function rowArg(matrix: number[][], arg: string): number[] {
  if (matrix.length !== 1) {
    const columns = matrix[0]?.length ?? 0;
    fail(commonMessages.wrongShape, {
      arg,
      expected: shapeText.oneRow,
      actual: `${matrix.length} x ${columns}`,
    });
  }
  return matrix[0];
}

function directionsArg(value: unknown): Direction[] | null {
  if (isBlank(value)) return null;
  const matrix = matrixArg(value);
  if (matrix.length !== 1) {
    fail(commonMessages.wrongShape, {
      arg: "directions",
      expected: shapeText.oneRow,
      actual: `${matrix.length} x ${matrix[0]?.length ?? 0}`,
    });
  }
  const cells = matrix[0];
  return cells.map((cell, c) => {
    const direction = isBlank(cell) ? "up" : parseDirection(String(cell));
    if (direction === undefined) {
      fail(
        scorecardMessages.unknownDirection,
        { value: String(cell) },
        { at: { row: 0, column: c, rows: 1, columns: cells.length } },
      );
    }
    return direction;
  });
}

/** The (minimum, label) table; rows blank in both columns are skipped (ranges are often drawn long). */
function bandsArg(value: unknown): BandRow[] {
  const matrix = matrixArg(value);
  const rows = matrix.length;
  const columns = rows === 0 ? 0 : matrix[0].length;
  if (columns !== 2)
    fail(commonMessages.wrongShape, {
      arg: "bands",
      expected: shapeText.twoColumns,
      actual: `${rows} x ${columns}`,
    });
  const out: BandRow[] = [];
  matrix.forEach(([minimum, label]: CellValue[], r) => {
    if (isBlank(minimum) && isBlank(label)) return;
    const at = { row: r, column: 0, rows, columns };
    const min = cellToNumber(minimum, "bands", at);
    if (isBlank(label)) fail(scorecardMessages.bandLabelBlank, {}, { at: { ...at, column: 1 } });
    out.push({ minimum: min, label: typeof label === "number" ? label : String(label) });
  });
  if (out.length === 0) fail(scorecardMessages.bandsEmpty);
  return out;
}
