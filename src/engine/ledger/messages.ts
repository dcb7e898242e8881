import type { MessageTable } from "../../kernel/messages";

/** Messages of the month-end ledger: closing, approving, paying, restating. */
export const ledgerMessages = {
  alreadyClosed: {
    en: "{period} is already closed ({status}): a closed period never changes; a later change to it is paid as a restatement in the first open period",
    zh: "{period} 已关账（{status}）：已关账的期间不再更改；之后对它的更改将作为重述计入第一个未关账期间",
  },
  closeInOrder: {
    en: "{open} is still open: close the periods in order ({open} before {period})",
    zh: "{open} 尚未关账：请按顺序关账（先关 {open}，再关 {period}）",
  },
  notClosed: {
    en: "{period} is not closed: close it before marking it {status}",
    zh: "{period} 尚未关账：请先关账，再标记为{status}",
  },
  skipStatus: {
    en: "{period} is {status}: it must be {needed} before it can be {wanted} (Closed → Approved → Paid)",
    zh: "{period} 当前为{status}：必须先{needed}，才能{wanted}（已关账 → 已审批 → 已发放）",
  },
  backwards: {
    en: "{period} is already {status}: a period's status moves forward only (Closed → Approved → Paid), never back to {wanted}",
    zh: "{period} 已是{status}：期间状态只能向前推进（已关账 → 已审批 → 已发放），不能退回{wanted}",
  },
  badStatus: {
    en: "SalesLedger row {row}: status '{value}' is not Closed, Approved or Paid",
    zh: "SalesLedger 第 {row} 行：状态“{value}”不是 Closed（已关账）、Approved（已审批）或 Paid（已发放）",
  },
  restatedActual: {
    en: "restatement of {period}: {line} actual {old} → {new}: {amount}",
    zh: "{period} 重述：{line} 实际 {old} → {new}：{amount}",
  },
  restatedTarget: {
    en: "restatement of {period}: {line} target {old} → {new}: {amount}",
    zh: "{period} 重述：{line} 目标 {old} → {new}：{amount}",
  },
  restatedAmount: {
    en: "restatement of {period}: {line} {old} → {new}: {amount}",
    zh: "{period} 重述：{line} {old} → {new}：{amount}",
  },
  statusClosed: { en: "Closed", zh: "已关账" },
  statusApproved: { en: "Approved", zh: "已审批" },
  statusPaid: { en: "Paid", zh: "已发放" },
} as const satisfies MessageTable;
