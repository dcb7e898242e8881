/**
 * Publish for finance: which output tables exist, their totals, the audit trail (summary.ts), a
 * check of the workbook that lists every problem a finance reviewer would trip over (check.ts),
 * the payout reconciliation (reconciliation.ts), and the publish itself: the SalesAudit row and,
 * on request, values-only copies of the output tables, in one all-or-nothing write (write.ts).
 */
export { checkWorkbook, serialText, type WorkbookCheck, type WorkbookCheckResult } from "./check";
export {
  FINANCE_PREFIX,
  FINANCE_TABLES,
  financeName,
  isSalesPlanName,
  PUBLISHED_TABLES,
  type OutputTableName,
} from "./read";
export {
  publishChecklist,
  type Checklist,
  type ChecklistItem,
  type NextStep,
  type TableState,
} from "./checklist";
export {
  auditPairs,
  reconcileCurrencies,
  reconcilePayouts,
  type CurrencyLine,
  type CurrencyReconciliation,
  type PayoutRecord,
  type PayoutSums,
  type Reconciliation,
  type ReconciliationBy,
  type ReconciliationGroup,
  type ReconciliationLine,
  type RecordedPayouts,
} from "./reconciliation";
export {
  PUBLISH_ACTION,
  publishSummary,
  type AuditEntry,
  type OutputSummary,
  type PublishSummary,
} from "./summary";
export { publishWrite, type PublishOptions, type PublishWrite } from "./write";
