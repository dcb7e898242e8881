/** Plan letters in the Incentive plan wizard: strings in en-US and zh-CN (zh typed against en, so a missing one fails the build). */
export const en = {
  letterTitle: "Plan letters",
  letterIntro:
    "Each rep's letter from the saved plan: their targets by month, the plan's rules in words and example payouts for the year at 80%, 100% and 120% of target. Written as the PlanLetter sheet, values only and set up to print on one page; writing another rep's letter replaces it.",
  letterLoad: "Show reps",
  letterRep: "Rep",
  letterRepOption: "{name} ({rep})",
  letterPreview: "Preview letter",
  letterWrite: "Write PlanLetter sheet",
  letterPreviewLabel: "Plan letter for {rep}",
  letterWritten:
    "Wrote {rep}'s letter to the PlanLetter sheet ({rows} rows, {how}). Print it or save it as PDF from Excel (File > Print).",
  letterAckTitle: "Acknowledgements of {plan}",
  letterAckNoTable:
    "No Acknowledgements table yet: record each signed letter there (RepID, Plan, Version, Date) to see who has not acknowledged.",
  letterAckAll: "Every rep has acknowledged {plan}.",
  letterAckMissing: "Not yet acknowledged by {reps} ({plan}):",
  letterAckListLabel: "Reps who have not acknowledged",
} as const;

export const zh: { readonly [K in keyof typeof en]: string } = {
  letterTitle: "奖金方案确认书",
  letterIntro:
    "按已保存的方案为每位销售生成确认书：月度目标、方案规则说明，以及目标 80%、100% 和 120% 时的全年奖金示例。写入 PlanLetter 工作表，只含数值，页面设置为一页打印；为另一位销售写入时会替换该工作表。",
  letterLoad: "显示销售代表",
  letterRep: "销售代表",
  letterRepOption: "{name}（{rep}）",
  letterPreview: "预览确认书",
  letterWrite: "写入 PlanLetter 工作表",
  letterPreviewLabel: "{rep}的奖金方案确认书",
  letterWritten:
    "已将 {rep}的确认书写入 PlanLetter 工作表（{rows} 行，{how}）。可在 Excel 中打印或另存为 PDF（文件 > 打印）。",
  letterAckTitle: "{plan} 的确认情况",
  letterAckNoTable:
    "尚无 Acknowledgements 表：请在其中记录每份已签署的确认书（RepID、Plan、Version、Date），即可查看尚未确认的销售。",
  letterAckAll: "所有销售代表均已确认 {plan}。",
  letterAckMissing: "{reps}尚未确认 {plan}：",
  letterAckListLabel: "尚未确认的销售代表",
};
