/**
 * Guarded writes and the publish checklist: strings in en-US and zh-CN (zh typed against en, so a
 * missing one fails the build). Keys ending _one/_other are picked by count (see `counted`).
 */
export const en = {
  writeNeedsPreview: "Preview first: Write is enabled once the preview shows these options.",
  confirmTitle: "Before writing",
  confirmIntro: "This write will change:",
  impactNew_one: "{name}: new table, {after} row",
  impactNew_other: "{name}: new table, {after} rows",
  impactReplace_one: "{name}: {before} → {after} row, replaced",
  impactReplace_other: "{name}: {before} → {after} rows, replaced",
  impactAppend_one: "{name}: {count} row added",
  impactAppend_other: "{name}: {count} rows added",
  impactRemoved_one: "{list} will be removed",
  impactRemoved_other: "{list} will be removed",
  listAnd: "{list} and {last}",
  listSep: ", ",
  confirmWrite: "Replace and write",
  confirmCancel: "Cancel",
};

export const zh: typeof en = {
  writeNeedsPreview: "请先预览：预览显示当前选项后才能写入。",
  confirmTitle: "写入前请确认",
  confirmIntro: "这次写入将更改：",
  impactNew_one: "{name}：新建表，{after} 行",
  impactNew_other: "{name}：新建表，{after} 行",
  impactReplace_one: "{name}：{before} → {after} 行，整表替换",
  impactReplace_other: "{name}：{before} → {after} 行，整表替换",
  impactAppend_one: "{name}：追加 {count} 行",
  impactAppend_other: "{name}：追加 {count} 行",
  impactRemoved_one: "{list} 将被删除",
  impactRemoved_other: "{list} 将被删除",
  listAnd: "{list}和{last}",
  listSep: "、",
  confirmWrite: "确认写入",
  confirmCancel: "取消",
};
