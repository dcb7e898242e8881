import type { MessageTable } from "../kernel/messages";

/** Messages of the month-end jobs: close, approve, paid, statements, inquiries. */
export const monthEndMessages = {
  checkFailed: {
    en: "{period} cannot be closed: the workbook check found {count} error(s); fix them and close again",
    zh: "无法关账 {period}：工作簿检查发现 {count} 个错误；请修正后再关账",
  },
  noPlan: {
    en: "No incentive plan in this workbook (SalesPlan table): run payouts with a plan before closing or writing statements",
    zh: "此工作簿中没有奖金方案（SalesPlan 表）：请先使用方案运行奖金，再关账或生成对账单",
  },
  noActuals: {
    en: "No Actuals in this workbook: nothing to close or state",
    zh: "此工作簿中没有 Actuals：没有可关账或出具对账单的内容",
  },
  openInquiry: {
    en: "open inquiry: {rep} {period} {measure}: {question}",
    zh: "未解决的疑问：{rep} {period} {measure}：{question}",
  },
  inquiryAdjustment: {
    en: 'inquiry "{question}" resolved: {resolution}',
    zh: "疑问“{question}”已解决：{resolution}",
  },
  auditMove: {
    en: "{action} {period} by {by}",
    zh: "{action} {period}（{by}）",
  },
  nobody: { en: "unnamed", zh: "未署名" },
  noStatements: {
    en: "Nobody is paid in {period}: no statements to write",
    zh: "{period} 没有任何人获得发放：无对账单可写",
  },
  noStatementFor: {
    en: "{rep} is not paid in {period}: no statement to write (a statement is for a rep with a line in that period)",
    zh: "{rep} 在 {period} 没有发放：无对账单可写（对账单只出给该期间有明细的销售代表）",
  },
  noSheetWrite: {
    en: "This host cannot write the {sheet} sheet: use salesplan statements for one file per rep",
    zh: "此处无法写入工作表 {sheet}：请使用 salesplan statements 为每名销售代表生成一个文件",
  },
} as const satisfies MessageTable;
