/**
 * Deal crediting: a deal's rows credit Amount x Split to each rep in the deal's month and measure.
 * A deal's non-overlay splits add up to 100%; overlay rows (a specialist, a manager's overlay)
 * credit on top without counting toward it. Pure: rows in, monthly amounts out.
 */
import { fail } from "../../kernel/errors";
import { exactSpelling, foldedSpelling, numberCombined, numberRows } from "./intern";
import { organisationMessages } from "./messages";

/** One Deals row, already checked cell by cell. */
export interface DealCredit {
  readonly dealId: string;
  /** Month of the deal's date, "2026-03". */
  readonly period: string;
  readonly repId: string;
  readonly amount: number;
  /** Share credited, 0.6 = 60%. */
  readonly split: number;
  readonly measure: string;
  readonly overlay: boolean;
  /** Sheet row, for messages. */
  readonly row: number;
}

/** A rep's credited amount for a measure in a month, and the deal rows behind it (indexes into the input). */
export interface CreditedAmount {
  readonly repId: string;
  readonly period: string;
  readonly measure: string;
  amount: number;
  readonly deals: number[];
}

const SPLIT_TOLERANCE = 1e-9;
const SEP = "\u0001";

/** The key a credited amount is found under: rep, month and measure (case- and space-insensitive). */
export function creditKey(repId: string, period: string, measure: string): string {
  return repSpelling(repId) + SEP + period + SEP + measureSpelling(measure);
}

/** Stop naming a deal whose non-overlay splits do not add up to 100%. */
function failSplits(deals: readonly DealCredit[], dealId: string, sum: number): never {
  const rows = deals.filter((d) => d.dealId === dealId).map((d) => d.row);
  fail(organisationMessages.splitsNotWhole, {
    deal: dealId,
    sum: `${Number((sum * 100).toPrecision(12))}%`,
    rows: rows.slice(0, 10).join(", ") + (rows.length > 10 ? ", ..." : ""),
  });
}

/** Stop at the first deal (in first-seen order) whose non-overlay splits do not add up to 100%, naming it and the sum. */
export function checkSplits(deals: readonly DealCredit[]): void {
  const { ids, count, first } = numberRows(deals.length, (i) => deals[i].dealId, exactSpelling);
  const sums = new Float64Array(count);
  for (let i = 0; i < deals.length; i++) if (!deals[i].overlay) sums[ids[i]] += deals[i].split;
  for (let id = 0; id < count; id++)
    if (Math.abs(sums[id] - 1) > SPLIT_TOLERANCE) failSplits(deals, deals[first[id]].dealId, sums[id]);
}

function repSpelling(repId: string): string {
  return repId.toLowerCase();
}
function measureSpelling(measure: string): string {
  return measure.replace(/\s+/g, "").toLowerCase();
}

/** Credit every deal row (splits checked first): one amount per rep, month and measure, in first-seen order. */
export function creditDeals(deals: readonly DealCredit[]): Map<string, CreditedAmount> {
  checkSplits(deals);
  // Each row's (rep, month, measure) cell, keyed as creditKey keys it, without building the key.
  const cells = numberCombined(
    [
      numberRows(deals.length, (i) => deals[i].repId, foldedSpelling(repSpelling, false)),
      numberRows(deals.length, (i) => deals[i].period, exactSpelling),
      numberRows(deals.length, (i) => deals[i].measure, foldedSpelling(measureSpelling, true)),
    ],
    deals.length,
  );
  const amounts = new Float64Array(cells.count);
  const starts = new Int32Array(cells.count + 1);
  for (let i = 0; i < deals.length; i++) {
    amounts[cells.ids[i]] += deals[i].amount * deals[i].split;
    starts[cells.ids[i] + 1]++;
  }
  // Rows of each cell in input order (a counting sort): cell c's rows sit at starts[c]..starts[c+1].
  for (let c = 1; c < starts.length; c++) starts[c] += starts[c - 1];
  const next = starts.slice();
  const rowsInCell = new Int32Array(deals.length);
  for (let i = 0; i < deals.length; i++) rowsInCell[next[cells.ids[i]]++] = i;
  const out = new Map<string, CreditedAmount>();
  for (let c = 0; c < cells.count; c++) {
    const d = deals[cells.first[c]];
    out.set(creditKey(d.repId, d.period, d.measure), {
      repId: d.repId,
      period: d.period,
      measure: d.measure,
      amount: amounts[c],
      deals: Array.from(rowsInCell.subarray(starts[c], starts[c + 1])),
    });
  }
  return out;
}
