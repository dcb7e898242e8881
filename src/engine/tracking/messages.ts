import type { MessageTable } from "../../kernel/messages";

/** Messages for attainment tracking and pace; they name the rep and the period to fix. */
export const trackingMessages = {
  noPeriods: { en: "periods: the list is empty", zh: "periods：期间列表为空" },
  duplicatePeriod: { en: "periods: {period} appears twice", zh: "periods：期间 {period} 重复出现" },
  badPeriod: {
    en: "{arg}: '{value}' is not a {granularity} (expected e.g. {example}, or a date)",
    zh: "{arg}：“{value}”不是有效的{granularity}（应为例如 {example}，或日期）",
  },
  asOfOutside: {
    en: "as of: period {period} is not one of the tracked periods {first}..{last}",
    zh: "截至期间：{period} 不在跟踪期间 {first}..{last} 之内",
  },
  duplicateRep: { en: "rep {rep} is listed twice", zh: "销售代表 {rep} 在名单中出现两次" },
  unknownRep: {
    en: "rep {rep} (period {period}) is not in the reps list",
    zh: "销售代表 {rep}（期间 {period}）不在名单中",
  },
  amountNotNumber: {
    en: "rep {rep}, period {period}: amount must be a number, found '{value}'",
    zh: "销售代表 {rep}、期间 {period}：金额应为数字，但找到“{value}”",
  },
  amountBlank: {
    en: "rep {rep}, period {period}: amount is blank (not counted)",
    zh: "销售代表 {rep}、期间 {period}：金额为空（未计入）",
  },
  outsidePeriods: {
    en: "rep {rep}: period {period} is outside the tracked periods {first}..{last} (not counted)",
    zh: "销售代表 {rep}：期间 {period} 不在跟踪期间 {first}..{last} 之内（未计入）",
  },
  afterAsOf: {
    en: "rep {rep}: period {period} is after the as-of period {asOf} (not counted)",
    zh: "销售代表 {rep}：期间 {period} 晚于截至期间 {asOf}（未计入）",
  },
  negativeToDate: {
    en: "rep {rep}: actual to date is negative ({value}) as of {period}",
    zh: "销售代表 {rep}：截至 {period} 的累计实际为负数（{value}）",
  },
  targetNotNumber: {
    en: "target for rep {rep} (period {period}): expected a number but found '{value}'",
    zh: "销售代表 {rep}（期间 {period}）的目标：应为数字，但找到“{value}”",
  },
  targetNegative: {
    en: "target for rep {rep} (period {period}) must not be negative, got {value}",
    zh: "销售代表 {rep}（期间 {period}）的目标不能为负数，实际为 {value}",
  },
  targetZero: {
    en: "rep {rep}: the target over {first}..{last} is 0, so attainment has no meaning",
    zh: "销售代表 {rep}：{first}..{last} 的目标为 0，无法计算达成率",
  },
  targetMissing: { en: "rep {rep}: no target", zh: "销售代表 {rep}：没有目标" },
  targetDuplicate: {
    en: "target for rep {rep} (period {period}) is given twice",
    zh: "销售代表 {rep}（期间 {period}）的目标重复给出",
  },
  targetMixed: {
    en: "rep {rep}: give one target for all periods or one per period, not both",
    zh: "销售代表 {rep}：目标应为全期一个或每期一个，不能混用",
  },
} as const satisfies MessageTable;
