import type { MessageTable } from "../../kernel/messages";

/** Messages for incentive plans and payouts. */
export const incentiveMessages = {
  emptyTable: { en: "{arg}: the table has no rows", zh: "{arg}：表格没有数据行" },
  tableColumns: {
    en: "{arg}: expected 2 columns ({expected}), got {actual}",
    zh: "{arg}：应为 2 列（{expected}），实际为 {actual} 列",
  },
  unsortedBounds: {
    en: "{arg}: bounds must be ascending, but {value} follows {previous}{at}",
    zh: "{arg}：下限必须递增，但 {value} 排在 {previous} 之后{at}",
  },
  overlappingBounds: {
    en: "{arg}: bound {value} appears twice, so two tiers overlap{at}",
    zh: "{arg}：下限 {value} 出现两次，两个档位重叠{at}",
  },
  negativeRate: {
    en: "{arg}: rate must not be negative, got {value}{at}",
    zh: "{arg}：费率不能为负数，实际为 {value}{at}",
  },
  curveDecreasing: {
    en: "{arg}: the payout falls from {previous} to {value}{at}, so more attainment would pay less",
    zh: "{arg}：奖金比例从 {previous} 降到 {value}{at}，达成越高反而奖金越少",
  },
  weightsNotWhole: {
    en: "plan '{plan}': the weights of the measures paid on the target incentive ({measures}) add up to {value}%, not 100%",
    zh: "方案“{plan}”：按目标奖金计发的指标（{measures}）权重合计为 {value}%，而不是 100%",
  },
  incentiveTiersBasis: {
    en: "measure '{measure}': a tier table paid on the target incentive needs bounds in attainment",
    zh: "指标“{measure}”：按目标奖金计发的费率表，其下限必须是达成率",
  },
  noMeasures: { en: "plan '{plan}': no measures", zh: "方案“{plan}”：没有任何指标" },
  duplicateMeasure: {
    en: "plan '{plan}': measure '{measure}' is defined twice",
    zh: "方案“{plan}”：指标“{measure}”定义了两次",
  },
  capUnderThreshold: {
    en: "measure '{measure}': attainment cap {cap} is not above the threshold {threshold}",
    zh: "指标“{measure}”：达成率封顶 {cap} 不高于起付线 {threshold}",
  },
  unknownMeasure: {
    en: "{arg}: unknown measure '{measure}' (the plan has {expected}){at}",
    zh: "{arg}：未知指标“{measure}”（方案中的指标为 {expected}）{at}",
  },
  unknownGateMeasure: {
    en: "plan '{plan}': the gate refers to unknown measure '{measure}'",
    zh: "方案“{plan}”：准入门槛引用了未知指标“{measure}”",
  },
  unknownRep: {
    en: "{arg}: unknown rep '{rep}'{at}",
    zh: "{arg}：未知销售代表“{rep}”{at}",
  },
  badPeriod: {
    en: "{arg}: period '{value}' is not a month like 2026-03{at}",
    zh: "{arg}：期间“{value}”不是形如 2026-03 的月份{at}",
  },
  missingTargetIncentive: {
    en: "rep '{rep}': no target incentive (none on the rep, for role '{role}', or as the plan default)",
    zh: "销售代表“{rep}”：没有目标奖金（代表、角色“{role}”和方案默认值均未设置）",
  },
  reasonRequired: {
    en: "adjustments: a manual adjustment for rep '{rep}' in {period} needs a reason{at}",
    zh: "adjustments：销售代表“{rep}”在 {period} 的手工调整必须填写原因{at}",
  },
  monthsServed: {
    en: "adjustments: clawback months served {served} must be between 0 and {required}{at}",
    zh: "adjustments：追回的已服务月数 {served} 必须在 0 到 {required} 之间{at}",
  },
  endBeforeHire: {
    en: "rep '{rep}': end date comes before hire date",
    zh: "销售代表“{rep}”：离职日期早于入职日期",
  },
  badPlanRow: {
    en: "SalesPlan: unknown parameter '{value}'{at}",
    zh: "SalesPlan：未知参数“{value}”{at}",
  },
  badPlanValue: {
    en: "SalesPlan: parameter '{parameter}' has value '{value}' (expected {expected}){at}",
    zh: "SalesPlan：参数“{parameter}”的值为“{value}”（应为 {expected}）{at}",
  },
} as const satisfies MessageTable;
