/**
 * The month-end ledger, pure: payout rows into ledger lines, restatements of closed periods into the
 * first open one, and the forward-only status moves. No I/O; the jobs read and write SalesLedger.
 */
export { adjustmentLine, payoutLines, OTHER_ADJUSTMENTS, RESTATEMENT, type PayoutRowLike } from "./lines";
export { bookedPaid, drawBalances, paidInTrueUp } from "./booked";
export { ledgerMessages } from "./messages";
export { restated, restatementLine, restatements, signedMoney } from "./restate";
export { checkClose, firstOpenPeriod, isRestatement, moveStatus, nextPeriod, periodStatuses } from "./status";
export { LEDGER_STATUSES, type LedgerLine, type LedgerStatus, type PeriodLine } from "./types";
