/** The ledger's records: the lines a period pays, and those lines once closed. */

/** Where a closed period stands: it moves forward only. */
export type LedgerStatus = "Closed" | "Approved" | "Paid";
export const LEDGER_STATUSES: readonly LedgerStatus[] = ["Closed", "Approved", "Paid"];

/**
 * One line a payout period pays a rep: a measure, a SPIFF, a draw top-up or repayment, a clawback,
 * a manual adjustment or a restatement of a closed period. `actual` and `target` are the figures
 * the line was computed on (null where none applies), kept so a later restatement can quote them.
 */
export interface PeriodLine {
  readonly repId: string;
  readonly name: string;
  readonly period: string;
  readonly line: string;
  /** Money, rounded to the cent. */
  readonly amount: number;
  readonly actual: number | null;
  readonly target: number | null;
  /** The payout row's sentence, kept as it was written. */
  readonly explanation: string;
}

/** A line of SalesLedger. Times are Excel date serials. */
export interface LedgerLine extends PeriodLine {
  readonly currency: string | null;
  readonly status: LedgerStatus;
  readonly closedAt: number | null;
  readonly closedBy: string | null;
  readonly approvedAt: number | null;
  readonly approvedBy: string | null;
  readonly paidAt: number | null;
  /** Which close wrote the line (matches its SalesAudit row). */
  readonly run: string | null;
}
