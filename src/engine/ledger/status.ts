/**
 * Where each period stands in the ledger, and the moves allowed: a period is closed once, in order,
 * then moves Closed -> Approved -> Paid, one step at a time, never back.
 */
import { nextMonthKey } from "../../kernel/calendar";
import { SalesPlanError } from "../../kernel/errors";
import type { MessageTemplate } from "../../kernel/messages";
import { ledgerMessages } from "./messages";
import { restated } from "./restate";
import { LEDGER_STATUSES, type LedgerLine, type LedgerStatus } from "./types";

export const statusText: Readonly<Record<LedgerStatus, MessageTemplate>> = {
  Closed: ledgerMessages.statusClosed,
  Approved: ledgerMessages.statusApproved,
  Paid: ledgerMessages.statusPaid,
};

const rank = (s: LedgerStatus): number => LEDGER_STATUSES.indexOf(s);

/** Each closed period's status: the least advanced of its lines (they move together). */
export function periodStatuses(ledger: readonly LedgerLine[]): Map<string, LedgerStatus> {
  const out = new Map<string, LedgerStatus>();
  for (const l of ledger) {
    const was = out.get(l.period);
    if (was === undefined || rank(l.status) < rank(was)) out.set(l.period, l.status);
  }
  return out;
}

/** The period after a payout period key: "2026-12" -> "2027-01", "2026-Q4" -> "2027-Q1", "2026" -> "2027". */
export function nextPeriod(period: string): string {
  if (/^\d{4}-\d{2}$/.test(period)) return nextMonthKey(period);
  const m = /^(\d{4})-Q([1-4])$/.exec(period);
  if (m) return m[2] === "4" ? `${Number(m[1]) + 1}-Q1` : `${m[1]}-Q${Number(m[2]) + 1}`;
  if (/^\d{4}$/.test(period)) return String(Number(period) + 1);
  return period;
}

/**
 * The first open period: the first of `periods` (the run's payout periods, in order) after every
 * closed one; when the run pays none, the period after the last closed one.
 */
export function firstOpenPeriod(periods: readonly string[], closed: Iterable<string>): string | null {
  const last = [...closed].sort().pop();
  if (last === undefined) return periods[0] ?? null;
  return periods.find((p) => p > last) ?? nextPeriod(last);
}

/**
 * Refuses to close `period` when it is closed already or an earlier period of the run is still open.
 * `periods` are the run's payout periods in order.
 */
export function checkClose(ledger: readonly LedgerLine[], periods: readonly string[], period: string): void {
  const statuses = periodStatuses(ledger);
  const status = statuses.get(period);
  if (status !== undefined)
    throw new SalesPlanError(ledgerMessages.alreadyClosed, { period, status: statusText[status] });
  const open = periods.find((p) => p < period && !statuses.has(p));
  if (open !== undefined) throw new SalesPlanError(ledgerMessages.closeInOrder, { open, period });
}

/** A closed period moved one step forward: its lines with the new status, who and when; the rest as they were. */
export function moveStatus(
  ledger: readonly LedgerLine[],
  period: string,
  to: "Approved" | "Paid",
  by: string | null,
  at: number,
): LedgerLine[] {
  const status = periodStatuses(ledger).get(period);
  if (status === undefined)
    throw new SalesPlanError(ledgerMessages.notClosed, { period, status: statusText[to] });
  const needed = LEDGER_STATUSES[rank(to) - 1];
  if (rank(status) >= rank(to))
    throw new SalesPlanError(ledgerMessages.backwards, {
      period,
      status: statusText[status],
      wanted: statusText[to],
    });
  if (status !== needed)
    throw new SalesPlanError(ledgerMessages.skipStatus, {
      period,
      status: statusText[status],
      needed: statusText[needed],
      wanted: statusText[to],
    });
  return ledger.map((l) => {
    if (l.period !== period) return l;
    return to === "Approved"
      ? { ...l, status: to, approvedAt: at, approvedBy: by }
      : { ...l, status: to, paidAt: at };
  });
}

/** Lines of the ledger that restate another period, for statements and summaries. */
export const isRestatement = (l: { readonly line: string }): boolean => restated(l.line) !== null;
