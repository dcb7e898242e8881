import type { MessageTable } from "../../kernel/messages";

/** Messages for target splitting, seasonality, ramp and re-plan. */
export const targetMessages = {
  allZeroWeights: {
    en: "{arg}: every weight is 0 or blank, so there is nothing to split by",
    zh: "{arg}：所有权重都为 0 或空白，无法按权重拆分",
  },
  groupAllZero: {
    en: "{arg}: every member of '{group}' is 0 or blank, so its target cannot be split",
    zh: "{arg}：“{group}”的所有成员都为 0 或空白，无法拆分其目标",
  },
  minimumsExceedTotal: {
    en: "minimum: {count} × {minimum} = {needed} is more than the total {total}",
    zh: "minimum（最低值）：{count} × {minimum} = {needed} 超过了总额 {total}",
  },
  unknownGroup: {
    en: "{arg}: group '{group}' is not in group_totals{at}",
    zh: "{arg}：分组“{group}”不在 group_totals 中{at}",
  },
  duplicateGroup: {
    en: "{arg}: group '{group}' appears more than once{at}",
    zh: "{arg}：分组“{group}”出现了不止一次{at}",
  },
  groupWithoutWeight: {
    en: "{arg}: group '{group}' has a total of {total} but no member with a weight{at}",
    zh: "{arg}：分组“{group}”的总额为 {total}，但没有任何带权重的成员{at}",
  },
  incompleteYear: {
    en: "{arg}: the year{at} has a blank period; fill it or clear the whole year",
    zh: "{arg}：该年度{at}有空白期间；请填写，或清空整个年度",
  },
  zeroYear: {
    en: "{arg}: the year{at} adds up to 0, so it has no seasonal shape",
    zh: "{arg}：该年度{at}合计为 0，无法得出季节性",
  },
  noHistory: {
    en: "{arg}: no year has values",
    zh: "{arg}：没有任何年度包含数值",
  },
  periodEndBeforeStart: {
    en: "period_end: {end} is before period_start {start}",
    zh: "period_end（期间结束）：{end} 早于期间开始 {start}",
  },
  endBeforeHire: {
    en: "end_date: {end} is before hire_date {hire}{at}",
    zh: "end_date（离职日期）：{end} 早于入职日期 {hire}{at}",
  },
  notADate: {
    en: "{arg}: {value} is not an Excel date (1 to 2958465){at}",
    zh: "{arg}：{value} 不是 Excel 日期（1 至 2958465）{at}",
  },
  gapWithoutProfile: {
    en: "profile: the periods still open all have a share of 0, so the gap {gap} has nowhere to go",
    zh: "profile（季节性）：剩余期间的占比都为 0，差额 {gap} 无法分配",
  },
  unknownRegion: {
    en: "{arg}: region '{region}' is not in the regions table{at}",
    zh: "{arg}：区域“{region}”不在区域表中{at}",
  },
  duplicateKey: {
    en: "{arg}: '{value}' appears more than once{at}",
    zh: "{arg}：“{value}”出现了不止一次{at}",
  },
  noTarget: {
    en: "target: give either a company target or a target for each region",
    zh: "target（目标）：请提供公司目标，或每个区域的目标",
  },
  badPeriod: {
    en: "{arg}: '{value}' is not a month like 2026-03{at}",
    zh: "{arg}：“{value}”不是“2026-03”这样的月份{at}",
  },
  periodOutsideYear: {
    en: "{arg}: period {value} is not in the fiscal year {first} to {last}{at}",
    zh: "{arg}：期间 {value} 不在财年 {first} 至 {last} 之内{at}",
  },
  unsortedPeriods: {
    en: "{arg}: period {value} comes after {previous}; periods must be in order{at}",
    zh: "{arg}：期间 {value} 排在 {previous} 之后；期间必须按顺序排列{at}",
  },
  emptyBasis: {
    en: "basis: the blend has no part with a weight above 0",
    zh: "basis（权重基础）：组合中没有权重大于 0 的部分",
  },
  tooManyPeriods: {
    en: "{arg}: {count} periods, but a fiscal year has 12 months",
    zh: "{arg}：共 {count} 个期间，但一个财年有 12 个月",
  },
} as const satisfies MessageTable;
