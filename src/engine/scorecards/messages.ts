import type { MessageTable } from "../../kernel/messages";

/**
 * Messages for scorecards and bands. Scorecard messages name the rep, the KPI and the period,
 * because a manager fixes the input table row by row.
 */
export const scorecardMessages = {
  allWeightsZero: { en: "{arg}: every weight is 0", zh: "{arg}：所有权重均为 0" },
  unknownDirection: {
    en: "directions: unknown direction '{value}'{at} (expected up or down)",
    zh: "directions：未知方向“{value}”{at}（应为 up 或 down）",
  },
  bandsEmpty: { en: "bands: the table has no rows", zh: "bands：分档表没有任何行" },
  bandLabelBlank: { en: "bands: label is blank{at}", zh: "bands：档位名称为空{at}" },
  bandDuplicateMinimum: {
    en: "bands: minimum score {value} appears twice{at}",
    zh: "bands：最低分 {value} 重复出现{at}",
  },
  belowLowestBand: {
    en: "scores: {value} is below the lowest band minimum {minimum}{at}",
    zh: "scores：{value} 低于最低档的最低分 {minimum}{at}",
  },
  noKpis: { en: "scorecard plan: no KPIs defined", zh: "考核方案：未定义任何指标" },
  duplicateKpi: { en: "scorecard plan: KPI '{kpi}' is defined twice", zh: "考核方案：指标“{kpi}”重复定义" },
  kpiBadNumber: {
    en: "scorecard plan: {field} of KPI '{kpi}' must be {expected}, got {value}",
    zh: "考核方案：指标“{kpi}”的 {field} 应为{expected}，实际为 {value}",
  },
  badGroupWeights: {
    en: "scorecard plan: group weights must be non-negative and not both 0, got process {process}, result {result}",
    zh: "考核方案：分组权重不能为负且不能同时为 0，实际为过程 {process}、结果 {result}",
  },
  unknownKpi: {
    en: "unknown KPI '{kpi}' for rep {rep}, period {period} (known: {known})",
    zh: "销售代表 {rep}、期间 {period}：未知指标“{kpi}”（已定义：{known}）",
  },
  unknownRep: {
    en: "rep {rep} (period {period}) is not in the reps list",
    zh: "销售代表 {rep}（期间 {period}）不在销售代表名单中",
  },
  duplicateRep: { en: "rep {rep} is listed twice", zh: "销售代表 {rep} 在名单中出现两次" },
  duplicateRepPeriod: {
    en: "rep {rep} has two rows for period {period}",
    zh: "销售代表 {rep} 在期间 {period} 有两行数据",
  },
  valueNotNumber: {
    en: "rep {rep}, KPI {kpi}, period {period}: expected a number but found '{value}'",
    zh: "销售代表 {rep}、指标 {kpi}、期间 {period}：应为数字，但找到“{value}”",
  },
  valueNegative: {
    en: "rep {rep}, KPI {kpi}, period {period}: must not be negative, got {value}",
    zh: "销售代表 {rep}、指标 {kpi}、期间 {period}：不能为负数，实际为 {value}",
  },
  valueMissing: {
    en: "rep {rep}, KPI {kpi}, period {period}: no value",
    zh: "销售代表 {rep}、指标 {kpi}、期间 {period}：缺少数值",
  },
  // In target messages "*" stands for "every": a target for role AE has rep "*".
  targetNotNumber: {
    en: "target for KPI {kpi} (rep {rep}, role {role}, period {period}): expected a number but found '{value}'",
    zh: "指标 {kpi} 的目标（销售代表 {rep}、岗位 {role}、期间 {period}）：应为数字，但找到“{value}”",
  },
  targetNotPositive: {
    en: "target for KPI {kpi} (rep {rep}, role {role}, period {period}) must be greater than 0, got {value}",
    zh: "指标 {kpi} 的目标（销售代表 {rep}、岗位 {role}、期间 {period}）必须大于 0，实际为 {value}",
  },
  targetDuplicate: {
    en: "target for KPI {kpi} (rep {rep}, role {role}, period {period}) is given twice",
    zh: "指标 {kpi} 的目标（销售代表 {rep}、岗位 {role}、期间 {period}）重复给出",
  },
  targetMissing: {
    en: "rep {rep}, KPI {kpi}, period {period}: no target (none for the rep, its role or everyone)",
    zh: "销售代表 {rep}、指标 {kpi}、期间 {period}：没有目标（个人、岗位和全员均未设置）",
  },
} as const satisfies MessageTable;
