/**
 * The sentences of SalesPayouts' Explanation column, in en-US and zh-CN, as templates over the
 * figures the run stored. Both languages quote the same figures with the same arithmetic signs
 * (x / ×, +, -, =), so a reviewer (or a test) can redo the sums from either; zh uses full-width
 * punctuation around them. Reasons people typed are quoted “like this”.
 */
import type { MessageTable } from "../../kernel/messages";

export const explainText = {
  // A measure row: its head, then what it earned.
  head: {
    en: "{measure} {actual} vs target {target} ({attainment})",
    zh: "{measure} {actual}，目标 {target}（{attainment}）",
  },
  noTargetAttainment: { en: "no target", zh: "无目标" },
  yearToDate: { en: "Year to date: {head}", zh: "年初至今：{head}" },
  body: { en: "{head}: {parts}", zh: "{head}：{parts}" },
  partSeparator: { en: "; ", zh: "；" },
  notEmployed: {
    en: "{measure}: not employed in {period}, so 0",
    zh: "{measure}：{period} 不在职，因此为 0",
  },
  notOnPlan: {
    en: "{measure}: not on {plan} in {period}, so 0",
    zh: "{measure}：{period} 不属于 {plan}，因此为 0",
  },
  gate: { en: "{measure} {value} < {minimum}", zh: "{measure} {value} < {minimum}" },
  gateClosed: { en: "plan gate not met ({gate}), so 0", zh: "未达到方案准入门槛（{gate}），因此为 0" },
  gateWithheld: {
    en: "plan gate not met this period ({gate}), so {amount} withheld",
    zh: "本期未达到方案准入门槛（{gate}），因此暂扣 {amount}",
  },
  belowThreshold: { en: "below the threshold of {threshold}, so 0", zh: "低于起付线 {threshold}，因此为 0" },
  noTarget: { en: "no target, so 0", zh: "无目标，因此为 0" },
  // Commission rate tables: rate x amount.
  creditedAmount: {
    en: "credited up to the attainment cap {cap} × {target} = {credited}",
    zh: "按达成率封顶计入 {cap} × {target} = {credited}",
  },
  belowFirstTier: { en: "below the first tier ({bound}), so 0", zh: "低于第一档（{bound}），因此为 0" },
  slice: { en: "{amount} × {rate}", zh: "{amount} × {rate}" },
  slices: { en: "{slices} = {raw}", zh: "{slices} = {raw}" },
  retro: {
    en: "{amount} × {rate} (whole amount at tier {tier}, from {bound}) = {raw}",
    zh: "{amount} × {rate}（全额按第 {tier} 档，起点 {bound}） = {raw}",
  },
  capped: { en: "capped at {cap}", zh: "封顶为 {cap}" },
  capNotReached: { en: "cap {cap} not reached", zh: "未达封顶 {cap}" },
  // Measures paid on the target incentive: curve or tier ratio x the measure's share of it.
  creditedRatio: { en: "credited up to the attainment cap {cap}", zh: "按达成率封顶 {cap} 计入" },
  curveBelow: { en: "below the first curve point {point}", zh: "低于曲线第一个点 {point}" },
  curveAt: { en: "at curve point {point}", zh: "位于曲线点 {point}" },
  curveBetween: {
    en: "on the curve between {a1} → {p1} and {a2} → {p2}",
    zh: "位于曲线 {a1} → {p1} 与 {a2} → {p2} 之间",
  },
  tierBelow: { en: "below the first tier {bound}", zh: "低于第一档 {bound}" },
  tierMarginal: {
    en: "attainment up to tier {tier} (from {bound})",
    zh: "达成率累进至第 {tier} 档（起点 {bound}）",
  },
  tierRetro: {
    en: "whole attainment at tier {tier} (from {bound})",
    zh: "全部达成率按第 {tier} 档（起点 {bound}）",
  },
  incentivePay: {
    en: "{where}: payout {ratio} × target incentive {incentive} (weight {weight}) = {raw}",
    zh: "{where}：奖金比例 {ratio} × 目标奖金 {incentive}（权重 {weight}） = {raw}",
  },
  prorated: {
    en: "prorated for the days employed: payout {ratio} × target incentive {incentive} = {prorated}",
    zh: "按在职天数折算：奖金比例 {ratio} × 目标奖金 {incentive} = {prorated}",
  },
  proratedOnPlan: {
    en: "prorated for the days on {plan}: payout {ratio} × target incentive {incentive} = {prorated}",
    zh: "按属于 {plan} 的天数折算：奖金比例 {ratio} × 目标奖金 {incentive} = {prorated}",
  },
  // Under a year-to-date true-up: what this period adds.
  thisPeriod: {
    en: "{text}. This period: earned to date {earned}{withheld} - paid before {paid} = {net}",
    zh: "{text}。本期：年初至今应得 {earned}{withheld} - 此前已付 {paid} = {net}",
  },
  // The first open period after closed ones: paid before is what SalesLedger booked.
  thisPeriodBooked: {
    en: "{text}. This period: earned to date {earned}{withheld} - paid before as booked in SalesLedger {paid} = {net}",
    zh: "{text}。本期：年初至今应得 {earned}{withheld} - SalesLedger 已入账的此前已付 {paid} = {net}",
  },
  withheldEarlier: { en: " - withheld earlier {amount}", zh: " - 此前暂扣 {amount}" },
  withheldNow: { en: " - withheld now {amount}", zh: " - 本期暂扣 {amount}" },
  // A rep's total and its adjustments.
  total: {
    en: "Total {period}: measures {gross} = {net}",
    zh: "{period} 合计：指标 {gross} = {net}",
  },
  totalWithAdjustments: {
    en: "Total {period}: measures {gross} + adjustments {adjustments} = {net}. Adjustments: {items} = {adjustments}",
    zh: "{period} 合计：指标 {gross} + 调整 {adjustments} = {net}。调整：{items} = {adjustments}",
  },
  drawOwed: { en: "{text}; draw balance owed {amount}", zh: "{text}；尚欠预支 {amount}" },
  carried: {
    en: "{text}; negative balance carried to later periods {amount}",
    zh: "{text}；结转以后各期抵扣的负数余额 {amount}",
  },
  item: { en: "{note} {amount}", zh: "{note} {amount}" },
  // Adjustment notes (a SPIFF's note is its own arithmetic; the others are followed by the amount).
  proration: {
    en: "proration ({employed} of {days} days employed)",
    zh: "按在职天数折算（在职 {employed}/{days} 天）",
  },
  prorationOnPlan: {
    en: "proration ({employed} of {days} days on {plan})",
    zh: "按天数折算（{employed}/{days} 天属于 {plan}）",
  },
  planCap: { en: "plan cap ({cap})", zh: "方案封顶（{cap}）" },
  trueUpRecovered: { en: "earlier negative true-up recovered", zh: "收回此前的负数追溯调整" },
  trueUpCarried: { en: "negative true-up carried forward", zh: "负数追溯调整结转下期" },
  drawTopUp: { en: "draw top-up (to {draw})", zh: "预支补足（至 {draw}）" },
  drawRepayment: { en: "draw repayment", zh: "偿还预支" },
  spiff: { en: "SPIFF {name} {units} × {amount}", zh: "专项奖励 {name} {units} × {amount}" },
  spiffOneOff: { en: "SPIFF{reason}", zh: "专项奖励{reason}" },
  spiffOneOffCount: { en: "SPIFF{reason} {count} × {amount}", zh: "专项奖励{reason} {count} × {amount}" },
  clawbackPart: {
    en: "clawback{reason} {original} × {unserved}/{required} months not served",
    zh: "追回{reason} {original} × {unserved}/{required} 个月未服务",
  },
  clawbackFull: { en: "clawback{reason} in full", zh: "全额追回{reason}" },
  manual: { en: "manual adjustment{reason}", zh: "手工调整{reason}" },
  award: { en: "honour roll award{reason}", zh: "荣誉榜奖金{reason}" },
  reason: { en: " “{reason}”", zh: "“{reason}”" },
} as const satisfies MessageTable;
