/** Several plans in the Incentive plan wizard: strings in en-US and zh-CN (zh typed against en, so a missing one fails the build). */
export const en = {
  planPick: "Plan to edit",
  planPickOption: "{name} {version}",
  planHeld:
    "This workbook holds {count} plans (SalesPlan's Plan column). The wizard edits one at a time: saving writes the one shown and keeps the others as they are; payouts pay each rep by the plans PlanAssignments gives them.",
  planSwitchConfirm: "Open {plan}? The changes you have not saved will be lost.",
  planSwitch: "Open {plan}",
} as const;

export const zh: { readonly [K in keyof typeof en]: string } = {
  planPick: "要编辑的方案",
  planPickOption: "{name} {version}",
  planHeld:
    "此工作簿中有 {count} 个方案（SalesPlan 表的 Plan 列）。向导一次编辑一个方案：保存时只写入当前显示的方案，其他方案保持不变；计算奖金时按 PlanAssignments 为每位销售代表指定的方案支付。",
  planSwitchConfirm: "打开 {plan}？未保存的修改将丢失。",
  planSwitch: "打开 {plan}",
};
