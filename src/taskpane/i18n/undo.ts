/**
 * Undo last write (the wizards' sticky footer): strings in en-US and zh-CN (zh typed against en, so
 * a missing one fails the build).
 */
export const en = {
  undoButton: "Undo last write",
  undoBusy: "Undoing…",
  undoDone: "Undone: {list}. SalesAudit records the undo.",
  undoBack: "{name} back to {rows}",
  undoRemoved: "{name} removed",
};

export const zh: typeof en = {
  undoButton: "撤销上次写入",
  undoBusy: "正在撤销…",
  undoDone: "已撤销：{list}。SalesAudit 已记录此次撤销。",
  undoBack: "{name} 恢复为 {rows}",
  undoRemoved: "{name} 已删除",
};
