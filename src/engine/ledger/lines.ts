/**
 * Payout rows into ledger lines: each measure row is one line (its net, proration included); a
 * rep's total row is split into one line per adjustment (SPIFF, draw top-up or repayment, clawback,
 * manual adjustment, plan cap, true-up carry), so finance books each on its own.
 */
import type { PayoutRow } from "../incentives";
import { fromCents, toCents } from "../../kernel/money";
import type { PeriodLine } from "./types";

/** The parts of a payout engine row the ledger reads. */
export type PayoutRowLike = Pick<
  PayoutRow,
  | "repId"
  | "name"
  | "period"
  | "measure"
  | "kind"
  | "actual"
  | "target"
  | "net"
  | "adjustments"
  | "adjustmentItems"
  | "explanation"
  | "plan"
>;

/** The ledger's name for each adjustment kind; draws split by direction. */
export function adjustmentLine(kind: string, amount: number): string {
  switch (kind) {
    case "spiff":
      return "SPIFF";
    case "draw":
      return amount > 0 ? "draw top-up" : "draw repayment";
    case "manual":
      return "manual adjustment";
    case "award":
      return "honour roll award";
    case "planCap":
      return "plan cap";
    case "trueUpCarry":
      return "true-up carry";
    default:
      return kind;
  }
}

/** Prefix of a restatement line: "restatement 2026-01 Revenue". */
export const RESTATEMENT = "restatement";
/** What an adjustment line that does not add up to its total row is called (never expected). */
export const OTHER_ADJUSTMENTS = "adjustments";

/** The ledger lines of payout rows, in row order; lines of equal name on a rep's period are summed. */
export function payoutLines(rows: Iterable<PayoutRowLike>): PeriodLine[] {
  const out: PeriodLine[] = [];
  for (const row of rows) {
    const base = { repId: row.repId, name: row.name, period: row.period };
    if (row.kind === "measure") {
      out.push({
        ...base,
        // Over several plans a measure may be paid by two plans in one month: the line names its plan.
        line: row.plan ? `${row.measure} (${row.plan})` : row.measure,
        amount: fromCents(toCents(row.net)),
        actual: row.actual,
        target: row.target,
        explanation: row.explanation,
      });
      continue;
    }
    const byLine = new Map<string, { amount: bigint; notes: string[] }>();
    let itemized = 0n;
    for (const item of row.adjustmentItems) {
      const line = adjustmentLine(item.kind, item.amount);
      const entry = byLine.get(line) ?? { amount: 0n, notes: [] };
      entry.amount += toCents(item.amount);
      entry.notes.push(item.note);
      byLine.set(line, entry);
      itemized += toCents(item.amount);
    }
    // The total row's adjustments are the items' sum; should they ever differ, the rest is booked
    // on its own line rather than lost, so the ledger still adds up to what the run pays.
    const rest = toCents(row.adjustments) - itemized;
    if (rest !== 0n) byLine.set(OTHER_ADJUSTMENTS, { amount: rest, notes: [row.explanation] });
    for (const [line, entry] of byLine) {
      if (entry.amount === 0n) continue;
      out.push({
        ...base,
        line,
        amount: fromCents(entry.amount),
        actual: null,
        target: null,
        explanation: entry.notes.join("; "),
      });
    }
  }
  return out;
}
