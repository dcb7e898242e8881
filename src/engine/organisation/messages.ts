import type { MessageTable } from "../../kernel/messages";

/** Messages and explanation sentences of deal crediting, team roll-ups and currencies (PRODUCT.md "Organisations"). */
export const organisationMessages = {
  splitsNotWhole: {
    en: "Deals: the splits of deal {deal} add up to {sum} apart from overlay rows, not 100% (sheet rows {rows})",
    zh: "Deals：交易 {deal} 的分成比例（叠加行除外）合计为 {sum}，而不是 100%（工作表行 {rows}）",
  },
  dealRepUnknown: {
    en: "Deals row {row}: rep '{rep}' of deal {deal} is not in Reps",
    zh: "Deals 第 {row} 行：交易 {deal} 的销售代表“{rep}”不在 Reps 表中",
  },
  reportingLoop: {
    en: "Reps Manager: a reporting loop, each rep reporting to the next and the last to the first: {reps}",
    zh: "Reps 经理列存在汇报循环（每人向下一人汇报，最后一人向第一人汇报）：{reps}",
  },
  missingFxRate: {
    en: "FxRates has no rate for {currency} in {period} (rep {rep} is paid in {currency}; reporting currency {reporting})",
    zh: "FxRates 中没有 {currency} 在 {period} 的汇率（销售代表 {rep} 以 {currency} 支付；报告币种 {reporting}）",
  },
  badFxRate: {
    en: "FxRates row {row}: the rate for {currency} in {period} must be a number above 0, not {value}",
    zh: "FxRates 第 {row} 行：{currency} 在 {period} 的汇率必须是大于 0 的数字，而不是 {value}",
  },
  duplicateFxRate: {
    en: "FxRates rows {rows}: two rates for {currency} in {period}",
    zh: "FxRates 第 {rows} 行：{currency} 在 {period} 有两个汇率",
  },
  dealsBehind: {
    en: "Actual from {count} deal(s): {list}.",
    zh: "实际值来自 {count} 笔交易：{list}。",
  },
  dealItem: {
    en: "{deal} {split} of {amount}",
    zh: "{deal} 占 {amount} 的 {split}",
  },
  dealOverlay: {
    en: "{deal} overlay {split} of {amount}",
    zh: "{deal} 叠加 {amount} 的 {split}",
  },
  moreDeals: {
    en: "and {count} more",
    zh: "另有 {count} 笔",
  },
  inReporting: {
    en: "In {reporting} at {rate} per {currency} ({period}): {net} {currency} = {converted} {reporting}.",
    zh: "按 {period} 汇率 1 {currency} = {rate} {reporting} 折算：{net} {currency} = {converted} {reporting}。",
  },
  teamOf: {
    en: "Team of {count} rep(s) reporting to {manager}: {measure} {actual} against {target}.",
    zh: "向 {manager} 汇报的 {count} 名销售代表的团队：{measure} 实际 {actual}，目标 {target}。",
  },
  assignmentRepUnknown: {
    en: "PlanAssignments row {row}: rep '{rep}' is not in Reps",
    zh: "PlanAssignments 第 {row} 行：销售代表“{rep}”不在 Reps 表中",
  },
  assignmentPlanUnknown: {
    en: "PlanAssignments row {row}: plan '{plan}' of rep {rep} is not in SalesPlan (it holds: {plans})",
    zh: "PlanAssignments 第 {row} 行：销售代表 {rep} 的方案“{plan}”不在 SalesPlan 中（其中有：{plans}）",
  },
  assignmentEndsBeforeStart: {
    en: "PlanAssignments row {row}: rep {rep}'s assignment ends on {to}, before it starts on {from}",
    zh: "PlanAssignments 第 {row} 行：销售代表 {rep} 的分配结束于 {to}，早于开始日期 {from}",
  },
  assignmentsOverlap: {
    en: "PlanAssignments rows {rows}: rep {rep} is on {first} and on {second} on {day}; a rep's assignments may not overlap",
    zh: "PlanAssignments 第 {rows} 行：销售代表 {rep} 在 {day} 同时属于 {first} 和 {second}；同一销售代表的分配不能重叠",
  },
  assignmentRegionUnknown: {
    en: "PlanAssignments row {row}: region '{region}' of rep {rep} is not in Regions ({regions})",
    zh: "PlanAssignments 第 {row} 行：销售代表 {rep} 的区域“{region}”不在 Regions 表中（{regions}）",
  },
  notAssigned: {
    en: "{table}: rep {rep} has figures in {period}, but no PlanAssignments row covers a day of that month",
    zh: "{table}：销售代表 {rep} 在 {period} 有数据，但 PlanAssignments 中没有任何一行覆盖该月的任何一天",
  },
  onPlanDays: {
    en: "On {plan} for {days} of the {covered} days of {period} counted: actual and target are that share of the month's.",
    zh: "{period} 计入的 {covered} 天中有 {days} 天属于 {plan}：实际值和目标按该比例折算。",
  },
} as const satisfies MessageTable;
