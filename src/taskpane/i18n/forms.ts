/**
 * Form messages, numbers and previews: strings in en-US and zh-CN (zh typed against en, so a
 * missing one fails the build). Keys ending _one/_other are picked by count (see `counted`).
 */
export const en = {
  fixSummaryTitle: "Fields to fix",
  fieldsToFix_one: "{count} field to fix",
  fieldsToFix_other: "{count} fields to fix",
  requiredEmpty: "Required: enter a value",
  percentUnit: "%",
};

export const zh: typeof en = {
  fixSummaryTitle: "需要修改的字段",
  fieldsToFix_one: "{count} 个字段需要修改",
  fieldsToFix_other: "{count} 个字段需要修改",
  requiredEmpty: "必填：请输入数值",
  percentUnit: "%",
};
