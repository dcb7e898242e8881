/** Incentive plan wizard: strings in en-US and zh-CN (zh typed against en, so a missing one fails the build). */
export const en = {
  examplePlanName: "Sales incentive",
  exampleSpiffName: "New logo",
  // Validation
  versionExpected: "Enter a version, e.g. v1",
  planCurrency: "Currency",
  noTargetsTitle: "No targets to pay against",
  noTargetsBody:
    "This workbook has no SalesTargets, and the plan gives {measure} no monthly target. Write the targets in the Targets wizard first, or type a monthly target per rep for {measure} above.",
  noTargetsGo: "Go to Targets",
  currencyExpected: "Enter a three-letter currency code, e.g. CNY",
  measureTwice: "This measure is already in the plan",
  pointsAscending: "Must be above the row before ({previous})",
  curveFalls: "Must not be below the row before ({previous}): more attainment would pay less",
  gateMeasureUnknown: "Choose one of the plan's measures",
  // New plan
  newPlan: "New plan",
  newPlanConfirm: "Start a new plan? The changes you have not saved will be lost.",
  discardAndStart: "Discard changes",
  keepEditing: "Keep editing",
  unsavedChanges: "Not saved yet",
  // Weights: only measures paid on the target incentive carry one
  weightsOver: "Weights of the measures paid on the target incentive ({measures}) add up to {value}%",
  weightsOverMustBe100:
    "Weights of the measures paid on the target incentive ({measures}) must add up to 100%, now {value}%",
  noWeights:
    "No measure is paid on the target incentive, so there are no weights: rate tables pay on the amount.",
  tierPayOn: "Rates are",
  payOnAmount: "% of the amount (commission, no weight)",
  payOnIncentive: "% of target incentive per 100% attainment",
  spiffRepaysDraw: "SPIFF money repays the draw",
  // What-if
  whatIf: "What if…",
  whatIfIntro:
    "One rep's payout at the attainment you enter, by this plan as it stands now. Other measures count at 100%; plan cap, SPIFFs and draw apply to the rep's total and are left out.",
  whatIfAttainment: "Attainment",
  whatIfTarget: "Target for one pay period",
  whatIfIncentive: "Target incentive per year (blank: the plan's)",
  whatIfPayout: "Payout: {value}",
  whatIfResult: "What-if result",
  whatIfFixPlan: "Fix “{field}” first: {message}",
  whatIfFixPlanWhole: "Fix the plan first: {message}",
  // Chart
  curveChartDescription:
    "Nothing is paid below {first}% attainment; between points the payout follows a straight line; beyond the last point it keeps the last slope.",
  curveChartMarker: "What-if: {attainment}% attainment pays {payout}%.",
  rateChart: "Rate table of {measure}: {points}",
  rateChartDescription:
    "Each tier's rate applies from its lower bound up to the next one; below {first} the rate is 0; the last rate holds beyond the last bound.",
  rateChartMarker: "What-if: {attainment}% attainment reaches the tier at {payout}%.",
  chartMarkerLabel: "{attainment}% → {payout}% · {net}",
  chartSlider: "What-if attainment for {measure}: {value}%",
  // Run payouts for a period
  payPeriod: "Run payouts for",
  allPeriods: "All periods",
  payPeriodCaption:
    "Every period in Actuals is still computed, so draw balances and true-up carried forward are as in a full run; only the chosen period's rows are written, replacing SalesPayouts.",
} as const;

export const zh: { readonly [K in keyof typeof en]: string } = {
  examplePlanName: "销售激励方案",
  exampleSpiffName: "新客户奖",
  versionExpected: "请输入版本，例如 v1",
  planCurrency: "币种",
  noTargetsTitle: "没有可对照的目标",
  noTargetsBody:
    "本工作簿没有 SalesTargets，方案也没有为 {measure} 设定月目标。请先在“目标分解”向导中写入目标，或在上方为 {measure} 输入每位销售代表的月目标。",
  noTargetsGo: "前往目标分解",
  currencyExpected: "请输入三个字母的币种代码，例如 CNY",
  measureTwice: "方案中已有此指标",
  pointsAscending: "必须大于上一行（{previous}）",
  curveFalls: "不得低于上一行（{previous}）：达成越高奖金反而越少",
  gateMeasureUnknown: "请选择方案中的一个指标",
  newPlan: "新建方案",
  newPlanConfirm: "新建方案？尚未保存的修改将会丢失。",
  discardAndStart: "放弃修改",
  keepEditing: "继续编辑",
  unsavedChanges: "尚未保存",
  weightsOver: "按目标奖金计发的指标（{measures}）权重合计 {value}%",
  weightsOverMustBe100: "按目标奖金计发的指标（{measures}）权重合计必须为 100%，当前为 {value}%",
  noWeights: "没有按目标奖金计发的指标，因此没有权重：费率表按金额计发。",
  tierPayOn: "费率基数",
  payOnAmount: "金额的 %（佣金，无权重）",
  payOnIncentive: "每 100% 达成对应目标奖金的 %",
  spiffRepaysDraw: "专项奖励用于偿还预支",
  whatIf: "假设分析…",
  whatIfIntro:
    "按当前编辑中的方案，计算一位销售代表在输入的达成率下的奖金。其他指标按 100% 计；方案封顶、专项奖励和预支作用于代表的合计，不包括在内。",
  whatIfAttainment: "达成率",
  whatIfTarget: "一个发放期的目标",
  whatIfIncentive: "年度目标奖金（留空：取方案的）",
  whatIfPayout: "奖金：{value}",
  whatIfResult: "假设分析结果",
  whatIfFixPlan: "请先修正“{field}”：{message}",
  whatIfFixPlanWhole: "请先修正方案：{message}",
  curveChartDescription:
    "达成率低于 {first}% 不发奖金；两点之间按直线计算；超过最后一点后沿最后一段的斜率延伸。",
  curveChartMarker: "假设分析：达成率 {attainment}% 时奖金比例为 {payout}%。",
  rateChart: "{measure} 的费率表：{points}",
  rateChartDescription:
    "每档费率从该档起点适用到下一档起点；低于 {first} 时费率为 0；超过最后一档起点后沿用最后一档费率。",
  rateChartMarker: "假设分析：达成率 {attainment}% 时达到费率为 {payout}% 的一档。",
  chartMarkerLabel: "{attainment}% → {payout}% · {net}",
  chartSlider: "{measure} 的假设达成率：{value}%",
  payPeriod: "计算奖金的期间",
  allPeriods: "全部期间",
  payPeriodCaption:
    "Actuals 中的每个期间仍会全部计算，因此预支余额和结转的负数追溯调整与完整运行一致；只写入所选期间的行，并替换 SalesPayouts。",
};
