import type { MessageTable } from "../../kernel/messages";

/**
 * Messages of the people side: recognition rules and reasons, team health. Rule problems name
 * the award and the row, because a manager fixes the Recognition table row by row.
 */
export const peopleMessages = {
  unknownRule: {
    en: "Recognition row {row}, award '{award}': unknown rule '{value}' (expected top score, most improved, rookie or club)",
    zh: "Recognition 第 {row} 行，奖项“{award}”：未知规则“{value}”（应为 最高得分、进步最大、最佳新人 或 俱乐部）",
  },
  badCount: {
    en: "Recognition row {row}, award '{award}': Count must be a positive whole number, got {value}",
    zh: "Recognition 第 {row} 行，奖项“{award}”：Count（人数）必须是正整数，实际为 {value}",
  },
  blankAward: {
    en: "Recognition row {row}: the Award name is blank",
    zh: "Recognition 第 {row} 行：奖项名称为空",
  },
  duplicateAward: {
    en: "Recognition row {row}: award '{award}' is defined twice",
    zh: "Recognition 第 {row} 行：奖项“{award}”重复定义",
  },
  badAmount: {
    en: "Recognition row {row}, award '{award}': {field} must not be negative, got {value}",
    zh: "Recognition 第 {row} 行，奖项“{award}”：{field} 不能为负数，实际为 {value}",
  },
  unknownRep: {
    en: "{table} row {row}: rep {rep} is not in the Reps table",
    zh: "{table} 第 {row} 行：销售代表 {rep} 不在 Reps 表中",
  },
  unknownMentor: {
    en: "Reps: mentor {mentor} of rep {rep} is not in the Reps table",
    zh: "Reps：销售代表 {rep} 的导师 {mentor} 不在 Reps 表中",
  },
  unknownCoachingKpi: {
    en: "CoachingLibrary row {row}: KPI '{value}' is neither a scorecard KPI nor an Activities column ({known})",
    zh: "CoachingLibrary 第 {row} 行：指标“{value}”既不是评分卡指标，也不是 Activities 的列（{known}）",
  },
  badCoachingLanguage: {
    en: "CoachingLibrary row {row}, KPI '{kpi}': Language '{value}' is neither en nor zh",
    zh: "CoachingLibrary 第 {row} 行，指标“{kpi}”：语言“{value}”既不是 en 也不是 zh",
  },
  blankSuggestion: {
    en: "CoachingLibrary row {row}, KPI '{kpi}': the Suggestion is blank",
    zh: "CoachingLibrary 第 {row} 行，指标“{kpi}”：建议内容为空",
  },
  // Default awards when there is no Recognition table.
  awardTopScore: { en: "Top score", zh: "最高得分" },
  awardMostImproved: { en: "Most improved", zh: "进步之星" },
  awardRookie: { en: "Rookie of the period", zh: "最佳新人" },
  awardClub: { en: "President's Club", zh: "总裁俱乐部" },
  // Reasons written into SalesHonourRoll.
  reasonTop: {
    en: "score {value} in {period}, rank {rank}{tie} of {of} scored reps",
    zh: "{period} 得分 {value}，{of} 名有得分的代表中排名第 {rank}{tie}",
  },
  reasonImproved: {
    en: "score up {delta} points, from {previous} in {from} to {value} in {period}{tie}",
    zh: "得分提高 {delta} 分，由 {from} 的 {previous} 升至 {period} 的 {value}{tie}",
  },
  reasonRookie: {
    en: "month {tenure} since hire, {value} attainment in {period}{tie}",
    zh: "入职第 {tenure} 个月，{period} 达成率 {value}{tie}",
  },
  reasonClub: {
    en: "{value} attainment year to date, {gap} above the club line of {line}{tie}",
    zh: "年初至今达成率 {value}，高于俱乐部线 {line} {gap}{tie}",
  },
  reasonBelowClub: {
    en: "not yet in the club: {value} attainment year to date, {gap} short of the club line of {line}",
    zh: "尚未入选俱乐部：年初至今达成率 {value}，距俱乐部线 {line} 还差 {gap}",
  },
  reasonSkipped: {
    en: "skipped although placed ({value}): {why}",
    zh: "虽排名在列（{value}）但未入选：{why}",
  },
  whyGate: { en: "the plan gate was not met in {period}", zh: "{period} 未达到方案准入门槛" },
  whyClawback: { en: "an open clawback in {period}", zh: "{period} 有未结的奖金追回" },
  whyTenure: {
    en: "{tenure} months of tenure, under the minimum of {minimum}",
    zh: "司龄 {tenure} 个月，低于最低要求 {minimum} 个月",
  },
  tied: { en: " (tied)", zh: "（并列）" },
  cashAward: { en: "; cash award {cash}", zh: "；现金奖励 {cash}" },
  // Cash awards paid through SalesPayouts (jobs/awards.ts).
  awardReason: { en: "{award}, rank {rank} in {period}", zh: "{award}，第 {rank} 名（{period}）" },
  awardRepUnpaid: {
    en: "SalesHonourRoll: the cash of award '{award}' to rep {rep} in {period} is not paid: the payouts run does not pay {rep}",
    zh: "SalesHonourRoll：奖项“{award}”给销售代表 {rep} 的 {period} 现金奖励未发放：本次奖金计算不包括 {rep}",
  },
  awardMonthUnpaid: {
    en: "SalesHonourRoll: the cash of award '{award}' to rep {rep} in {period} is not paid: the payouts run does not pay {period}",
    zh: "SalesHonourRoll：奖项“{award}”给销售代表 {rep} 的 {period} 现金奖励未发放：本次奖金计算不包括 {period}",
  },
  practice: { en: "team medians: {list}", zh: "团队中位数：{list}" },
  practiceJoin: { en: ", ", zh: "，" },
  healthNote: {
    en: "Indicators for the conversation, not a verdict on people",
    zh: "供沟通参考的指标，不是对人的评判",
  },
} as const satisfies MessageTable;
