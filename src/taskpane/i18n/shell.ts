/** The pane around the wizards: language switch, progress, cancel: strings in en-US and zh-CN (zh typed against en, so a missing one fails the build). */
export const en = {
  languageSwitch: "Pane language",
  // Each language by its own name, in both catalogues: a reader finds their language either way.
  languageEn: "English",
  languageZh: "中文",
  progressRead: "Reading table {done} of {total}…",
  progressCompute: "Computing…",
  progressCheck: "Checking the workbook…",
  progressPrepare: "Preparing the tables…",
  progressWrite: "Writing block {done} of {total}…",
  progressCommit: "Replacing the tables…",
  cancel: "Cancel",
  cancelTitle: "Cancelled",
  cancelledNothingChanged: "Nothing in the workbook was changed.",
  cancelTooLate: "Too late to cancel: the tables are being replaced.",
} as const;

export const zh: { readonly [K in keyof typeof en]: string } = {
  languageSwitch: "任务窗格语言",
  languageEn: "English",
  languageZh: "中文",
  progressRead: "正在读取第 {done} 个表，共 {total} 个…",
  progressCompute: "正在计算…",
  progressCheck: "正在检查工作簿…",
  progressPrepare: "正在准备表格…",
  progressWrite: "正在写入第 {done} 块，共 {total} 块…",
  progressCommit: "正在替换表格…",
  cancel: "取消",
  cancelTitle: "已取消",
  cancelledNothingChanged: "工作簿中没有任何改动。",
  cancelTooLate: "已无法取消：正在替换表格。",
};
