/**
 * Deal crediting: a deal's rows credit Amount x Split to each rep in the deal's month and measure.
 * A deal's non-overlay splits add up to 100%; overlay rows (a specialist, a manager's overlay)
 * credit on top without counting toward it. Pure: rows in, monthly amounts out.
 */
import { fail } from "../../kernel/errors";
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
  return repId.toLowerCase() + SEP + period + SEP + measure.replace(/\s+/g, "").toLowerCase();
}

/** Stop at the first deal whose non-overlay splits do not add up to 100%, naming it and the sum. */
export function checkSplits(deals: readonly DealCredit[]): void {
  const sums = new Map<string, number>();
  for (const d of deals) {
    const before = sums.get(d.dealId) ?? 0;
    sums.set(d.dealId, d.overlay ? before : before + d.split);
  }
  for (const [dealId, sum] of sums) {
    if (Math.abs(sum - 1) <= SPLIT_TOLERANCE) continue;
    const rows = deals.filter((d) => d.dealId === dealId).map((d) => d.row);
    fail(organisationMessages.splitsNotWhole, {
      deal: dealId,
      sum: `${Number((sum * 100).toPrecision(12))}%`,
      rows: rows.slice(0, 10).join(", ") + (rows.length > 10 ? ", ..." : ""),
    });
  }
}

/** Credit every deal row (splits checked first): one amount per rep, month and measure, in first-seen order. */
export function creditDeals(deals: readonly DealCredit[]): Map<string, CreditedAmount> {
  checkSplits(deals);
  const out = new Map<string, CreditedAmount>();
  for (let i = 0; i < deals.length; i++) {
    const d = deals[i];
    const key = creditKey(d.repId, d.period, d.measure);
    let credited = out.get(key);
    if (!credited) {
      credited = { repId: d.repId, period: d.period, measure: d.measure, amount: 0, deals: [] };
      out.set(key, credited);
    }
    credited.amount += d.amount * d.split;
    credited.deals.push(i);
  }
  return out;
}
