/** Month-end in the Publish wizard: strings in en-US and zh-CN (zh typed against en). */
export const en = {
  meTitle: "Month-end: close, approve, pay",
  meIntro:
    "Closing a period books its payout lines in SalesLedger; later runs leave them as they are and pay any change as a restatement in the first open period. A period moves Closed → Approved → Paid, never back; each move adds a SalesAudit row with who and when.",
  mePeriod: "Payout period",
  meNoPeriods: "No payout periods yet: run payouts first.",
  meOpen: "open",
  meStatus_Closed: "Closed",
  meStatus_Approved: "Approved",
  meStatus_Paid: "Paid",
  meBy: "By (recorded in the ledger and SalesAudit)",
  meClose: "Close period",
  meApprove: "Approve",
  mePaid: "Mark paid",
  meClosed: "Closed {period}: {lines} for {reps}, total {total}; {restatements}.",
  meMoved: "{period} is now {status}: {lines}, total {total}.",
  meInquiriesNone: "Open inquiries for {period}: none.",
  meInquiries: "Open inquiries for {period} ({count}):",
  meWarnings: "The workbook check warned:",
  meStatementTitle: "Statement",
  meStatementIntro:
    "One rep's statement for the chosen period: the plan summary, the period's and the year-to-date lines with their explanations, SPIFFs and adjustments, and the draw balance. Written as the Statement sheet, values only and set up to print on one page; writing another rep's statement replaces it.",
  meStatementRep: "Rep",
  meStatementRepOption: "{name} ({rep})",
  meStatementWrite: "Write Statement sheet",
  meStatementWritten:
    "Wrote {rep}'s statement for {period} to the Statement sheet ({rows}, {how}): net pay {total}. Print it or save it as PDF from Excel (File > Print).",
};

export const zh: { readonly [K in keyof typeof en]: string } = {
  meTitle: "月末：关账、审批、发放",
  meIntro:
    "关账会把该期间的奖金明细记入 SalesLedger；之后的运行不再更改这些明细，任何变动都作为重述计入第一个未关账期间。期间依次为 已关账 → 已审批 → 已发放，不能退回；每一步都在 SalesAudit 中记录操作人和时间。",
  mePeriod: "发放期间",
  meNoPeriods: "尚无发放期间：请先计算奖金。",
  meOpen: "未关账",
  meStatus_Closed: "已关账",
  meStatus_Approved: "已审批",
  meStatus_Paid: "已发放",
  meBy: "操作人（记入台账和 SalesAudit）",
  meClose: "关账",
  meApprove: "审批",
  mePaid: "标记为已发放",
  meClosed: "已关账 {period}：{reps}共 {lines}，合计 {total}；其中 {restatements}。",
  meMoved: "{period} 现为{status}：{lines}，合计 {total}。",
  meInquiriesNone: "{period} 的未解决疑问：无。",
  meInquiries: "{period} 的未解决疑问（{count} 条）：",
  meWarnings: "工作簿检查的警告：",
  meStatementTitle: "对账单",
  meStatementIntro:
    "所选期间某位销售代表的对账单：方案概要、本期及本年累计的明细与说明、专项奖励与调整，以及预支余额。写入 Statement 工作表，只含数值，页面设置为一页打印；为另一位销售代表写入时会替换该工作表。",
  meStatementRep: "销售代表",
  meStatementRepOption: "{name}（{rep}）",
  meStatementWrite: "写入 Statement 工作表",
  meStatementWritten:
    "已将 {rep}的 {period} 对账单写入 Statement 工作表（{rows}，{how}）：净发放 {total}。可在 Excel 中打印或另存为 PDF（文件 > 打印）。",
};
