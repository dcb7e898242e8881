import type { MessageTable } from "../kernel/messages";

/**
 * What the pane's review says about notes it cannot save: each names the field (and the action's
 * number) so the manager can fix it where it is.
 */
export const reviewNotesMessages = {
  empty: {
    en: "Nothing to save for {rep} in {period}: write strengths, gaps or an agreed action",
    zh: "{rep} 在 {period} 没有可保存的内容：请填写优势、不足或约定的行动",
  },
  actionMissing: {
    en: "Action {row}: describe the action agreed",
    zh: "行动 {row}：请写明约定的行动",
  },
  ownerMissing: {
    en: "Action {row} ('{action}'): name its owner",
    zh: "行动 {row}（“{action}”）：请填写负责人",
  },
  dueMissing: {
    en: "Action {row} ('{action}'): give a due date, such as 2026-04-30",
    zh: "行动 {row}（“{action}”）：请填写截止日期，例如 2026-04-30",
  },
  dueNotDate: {
    en: "Action {row} ('{action}'): the due date '{value}' is not a date; write it as 2026-04-30",
    zh: "行动 {row}（“{action}”）：截止日期“{value}”不是日期；请写成 2026-04-30 这样的格式",
  },
  // Development items added from the review (jobs/development.ts).
  skillMissing: {
    en: "Development item {row}: name the skill to practise",
    zh: "发展项目 {row}：请写明要练习的技能",
  },
  itemDueMissing: {
    en: "Development item {row} ('{skill}'): give a due date, such as 2026-04-30",
    zh: "发展项目 {row}（“{skill}”）：请填写截止日期，例如 2026-04-30",
  },
  itemDueNotDate: {
    en: "Development item {row} ('{skill}'): the due date '{value}' is not a date; write it as 2026-04-30",
    zh: "发展项目 {row}（“{skill}”）：截止日期“{value}”不是日期；请写成 2026-04-30 这样的格式",
  },
  noItems: {
    en: "No development item chosen for {rep}: tick a proposal to add it",
    zh: "没有为 {rep} 选择发展项目：请勾选要添加的建议",
  },
  badPeriod: {
    en: "The review's period '{value}' is not a month such as 2026-03",
    zh: "面谈的期间“{value}”不是 2026-03 这样的月份",
  },
} as const satisfies MessageTable;
