/**
 * Form messages, numbers and previews: strings in en-US and zh-CN (zh typed against en, so a
 * missing one fails the build). Keys ending _one/_other are picked by count (see `counted`).
 */
export const en = {
  fixSummaryTitle: "Fields to fix",
  fieldsToFix_one: "{count} field to fix",
  fieldsToFix_other: "{count} fields to fix",
  percentUnit: "%",
  basisUnmapped_one:
    "{list} is not mapped in Reps, so every rep would weigh 0. Map it under Input tables, or weigh by equal shares.",
  basisUnmapped_other:
    "{list} are not mapped in Reps, so every rep would weigh 0. Map them under Input tables, or weigh by equal shares.",
  // Previews
  summaryRep: "Rep",
  summaryAllReps: "All reps",
  summaryTargets: "Targets by fiscal quarter",
  summaryPayouts: "Payouts per rep",
  summaryAll: "{title}: {reps}",
  summaryFirst: "{title}: first {shown} of {reps}",
  summaryMixedCurrency: "Reps are paid in different currencies, so there is no total across them.",
  rowsAsWritten: "Rows as written",
  rowsTableLabel: "First rows of {table}",
  checksAllAddUp_one: "{ok} of {count} check adds up ✓",
  checksAllAddUp_other: "{ok} of {count} checks add up ✓",
  checksSomeOff_one: "{bad} of {count} check does not add up ✗",
  checksSomeOff_other: "{bad} of {count} checks do not add up ✗",
  showChecks: "Show checks",
  hideChecks: "Hide checks",
  showTable: "Show {table} in the workbook",
};

export const zh: typeof en = {
  fixSummaryTitle: "需要修改的字段",
  fieldsToFix_one: "{count} 个字段需要修改",
  fieldsToFix_other: "{count} 个字段需要修改",
  percentUnit: "%",
  basisUnmapped_one:
    "Reps 表中未映射 {list} 列，每名销售代表的权重都将为 0。请在“输入表”中映射，或按平均份额分配。",
  basisUnmapped_other:
    "Reps 表中未映射 {list} 列，每名销售代表的权重都将为 0。请在“输入表”中映射，或按平均份额分配。",
  summaryRep: "销售代表",
  summaryAllReps: "全部销售代表",
  summaryTargets: "按财季的目标",
  summaryPayouts: "每名销售代表的奖金",
  summaryAll: "{title}：{reps}",
  summaryFirst: "{title}：共 {reps}，显示前 {shown} 名",
  summaryMixedCurrency: "销售代表以不同币种支付，因此不汇总合计。",
  rowsAsWritten: "写入的明细行",
  rowsTableLabel: "{table} 的前几行",
  checksAllAddUp_one: "{count} 项核对中 {ok} 项相符 ✓",
  checksAllAddUp_other: "{count} 项核对中 {ok} 项相符 ✓",
  checksSomeOff_one: "{count} 项核对中 {bad} 项不相符 ✗",
  checksSomeOff_other: "{count} 项核对中 {bad} 项不相符 ✗",
  showChecks: "展开核对",
  hideChecks: "收起核对",
  showTable: "在工作簿中查看 {table}",
};
