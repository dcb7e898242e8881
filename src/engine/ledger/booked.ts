/**
 * What a true-up reads from the ledger: the cents booked for each rep's measure in the closed periods
 * of a year (restatements counted for the period they restate), and which restatements that true-up
 * then pays itself, so they are not written again as restatement lines; and the draw balance the
 * ledger booked.
 */
import { bookedKey, type BookedPaid } from "../incentives";
import { fromCents, toCents } from "../../kernel/money";
import { adjustmentLine } from "./lines";
import { restated } from "./restate";
import type { PeriodLine } from "./types";

/** The ledger's booked cents per rep, measure and year, and its closed periods, for the payout engine. */
export function bookedPaid(ledger: readonly PeriodLine[], measures: readonly string[]): BookedPaid {
  const names = new Set(measures);
  const closed = new Set<string>();
  const cents = new Map<string, number>();
  for (const l of ledger) {
    closed.add(l.period);
    const target = restated(l.line) ?? { period: l.period, line: l.line };
    closed.add(target.period);
    if (!names.has(target.line)) continue;
    const k = bookedKey(l.repId, target.line, target.period.slice(0, 4));
    cents.set(k, (cents.get(k) ?? 0) + Number(toCents(l.amount)));
  }
  return { closed, cents };
}

/**
 * Which restatements a true-up pays in `into` (the first open period, one the run pays): a measure
 * line of a closed period of the same year, for a rep the run pays. Its true-up subtracts what the
 * ledger booked, so the difference is already in that period's measure line.
 */
export function paidInTrueUp(
  into: string,
  reps: ReadonlySet<string>,
  measures: readonly string[],
): (repId: string, period: string, line: string) => boolean {
  const names = new Set(measures);
  const year = into.slice(0, 4);
  return (repId, period, line) => reps.has(repId) && names.has(line) && period.slice(0, 4) === year;
}

const DRAW_LINES = new Set([adjustmentLine("draw", 1), adjustmentLine("draw", -1)]);

/**
 * The draw each rep owes after `period` as the ledger booked it (a recoverable draw): the opening
 * balance plus the draw top-ups less the repayments booked in periods up to `period`, restatements
 * of draw lines included. Cents are exact: every top-up adds to the balance, every repayment takes
 * from it.
 */
export function drawBalances(
  ledger: readonly PeriodLine[],
  period: string,
  opening: ReadonlyMap<string, number>,
): Map<string, number> {
  const cents = new Map<string, bigint>();
  for (const [repId, amount] of opening) cents.set(repId, toCents(amount));
  for (const l of ledger) {
    if (l.period > period) continue;
    const line = restated(l.line)?.line ?? l.line;
    if (!DRAW_LINES.has(line)) continue;
    cents.set(l.repId, (cents.get(l.repId) ?? 0n) + toCents(l.amount));
  }
  return new Map([...cents].map(([repId, c]) => [repId, fromCents(c)]));
}
