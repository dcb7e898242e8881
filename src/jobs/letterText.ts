/** Every text a plan letter holds, in English and Chinese (the rules' sentences included). */
import type { MessageTable } from "../kernel/messages";

export const letterText = {
  sheet: { en: "Plan letter", zh: "奖金方案确认书" },
  title: { en: "Incentive plan letter {year}", zh: "{year} 年度奖金方案确认书" },
  rep: { en: "Rep", zh: "销售代表" },
  region: { en: "Region", zh: "区域" },
  plan: { en: "Plan", zh: "方案" },
  currency: { en: "Currency", zh: "币种" },
  issued: { en: "Issued", zh: "出具日期" },
  targetIncentive: { en: "Your annual target incentive", zh: "您的年度目标奖金" },
  targets: { en: "Your targets by month", zh: "您的月度目标" },
  month: { en: "Month", zh: "月份" },
  total: { en: "Total", zh: "合计" },
  noTargets: {
    en: "No targets are set for you in {year} yet (SalesTargets).",
    zh: "{year} 年尚未为您设定目标（SalesTargets）。",
  },
  rules: { en: "How the plan pays", zh: "方案计算规则" },
  examples: { en: "Example payouts for the year", zh: "全年奖金示例" },
  examplesNote: {
    en: "If every measure reaches the same share of your targets in every month, the plan pays you the amounts below for {year}, computed by the same engine as your payouts (no SPIFFs or one-off adjustments).",
    zh: "若每个指标每月都达到目标的同一比例，方案在 {year} 年将向您支付下列金额；金额由与实际奖金相同的引擎计算（不含专项奖励及一次性调整）。",
  },
  ofTarget: { en: "{value} of target", zh: "目标的 {value}" },
  line: { en: "Measure", zh: "指标" },
  adjustments: { en: "Draw, caps and proration", zh: "预支、封顶与折算" },
  paid: { en: "Total paid", zh: "实发合计" },
  drawOwed: { en: "Draw owed at year end", zh: "年末尚欠预支" },
  acknowledgement: { en: "Acknowledgement", zh: "确认" },
  acknowledge: {
    en: "I have received and read this plan letter for {plan} and accept its terms.",
    zh: "本人已收到并阅读 {plan} 的奖金方案确认书，并接受其条款。",
  },
  signature: { en: "Signature", zh: "签名" },
  name: { en: "Name", zh: "姓名" },
  date: { en: "Date", zh: "日期" },
  footer: { en: "Plan letter", zh: "奖金方案确认书" },
  // The rules in words.
  frequency: {
    en: "Paid {frequency} in {currency}.",
    zh: "按{frequency}以 {currency} 发放。",
  },
  monthly: { en: "monthly", zh: "月" },
  quarterly: { en: "quarterly", zh: "季度" },
  annual: { en: "annually", zh: "年度" },
  trueUpCarry: {
    en: "Each period pays what you earned in the year to date less what was paid before (true-up); if that is negative, nothing is paid and the difference is taken from later payouts.",
    zh: "每期发放本年累计应得减去此前已发（追溯调整）；若为负数，本期不发放，差额从以后的奖金中扣回。",
  },
  trueUpClawback: {
    en: "Each period pays what you earned in the year to date less what was paid before (true-up); if that is negative, the difference is taken back in that period.",
    zh: "每期发放本年累计应得减去此前已发（追溯调整）；若为负数，差额在当期扣回。",
  },
  curve: {
    en: "{measure} ({weight} of your target incentive): paid on a curve by attainment ({points}), on a straight line between the points and along the last slope beyond them.",
    zh: "{measure}（占目标奖金的 {weight}）：按达成率的奖金曲线发放（{points}），点之间按直线计算，超出最后一点按最后一段斜率计算。",
  },
  point: { en: "{attainment} pays {payout}", zh: "{attainment} 发放 {payout}" },
  tiersAmount: {
    en: "{measure}: commission on the amount credited, {mode}, by rate table ({tiers}).",
    zh: "{measure}：按计入金额提成，{mode}，费率表（{tiers}）。",
  },
  tiersAttainment: {
    en: "{measure}: commission on the amount credited, {mode}, by a rate table on attainment ({tiers}).",
    zh: "{measure}：按计入金额提成，{mode}，按达成率的费率表（{tiers}）。",
  },
  tiersIncentive: {
    en: "{measure} ({weight} of your target incentive): by a rate table on attainment, each rate a share of the measure's part of your target incentive per 100% attainment, {mode} ({tiers}).",
    zh: "{measure}（占目标奖金的 {weight}）：按达成率的费率表，每档费率为该指标所占目标奖金每 100% 达成率的比例，{mode}（{tiers}）。",
  },
  marginal: {
    en: "each rate on the part within its band",
    zh: "各档费率只适用于该档区间内的部分",
  },
  retro: {
    en: "the rate of the band reached on the whole",
    zh: "达到的档位费率适用于全部",
  },
  tier: { en: "from {from}: {rate}", zh: "{from} 起：{rate}" },
  team: {
    en: "{measure} is judged on your team's {source}: the credited actuals and targets of everyone reporting to you, directly or through others (not your own).",
    zh: "{measure} 按团队的 {source} 计算：所有直接或间接向您汇报的人员的计入实际值与目标（不含您本人）。",
  },
  threshold: {
    en: "{measure} pays nothing below {value} attainment.",
    zh: "{measure} 达成率低于 {value} 时不发放。",
  },
  attainmentCap: {
    en: "{measure}: attainment counts up to {value}.",
    zh: "{measure}：达成率最多按 {value} 计算。",
  },
  measureCap: {
    en: "{measure} pays at most {value} per period.",
    zh: "{measure} 每期最多发放 {value}。",
  },
  gateAttainment: {
    en: "No incentive at all in a period unless {measure} reaches {value} of target{window}.",
    zh: "除非 {measure} 达到目标的 {value}{window}，否则当期不发放任何奖金。",
  },
  gateActual: {
    en: "No incentive at all in a period unless {measure} reaches {value}{window}.",
    zh: "除非 {measure} 达到 {value}{window}，否则当期不发放任何奖金。",
  },
  gateYtd: { en: " in the year to date", zh: "（按本年累计）" },
  planCap: {
    en: "The whole plan pays at most {value} per period.",
    zh: "整个方案每期最多发放 {value}。",
  },
  spiff: {
    en: "SPIFF {name}: {amount} for each unit of {measure}.",
    zh: "专项奖励 {name}：{measure} 每单位 {amount}。",
  },
  spiffDraw: {
    en: "SPIFF money counts towards the draw.",
    zh: "专项奖励计入预支的抵扣。",
  },
  drawRecoverable: {
    en: "Draw: when your earnings in a period fall short of {amount}, the plan pays {amount}; the difference is owed and recovered from later earnings above it.",
    zh: "预支：当期所得不足 {amount} 时按 {amount} 发放；差额记为欠款，从以后超出部分中扣回。",
  },
  drawFixed: {
    en: "Draw: when your earnings in a period fall short of {amount}, the plan pays {amount}; the difference is not recovered.",
    zh: "预支：当期所得不足 {amount} 时按 {amount} 发放；差额不予扣回。",
  },
  proration: {
    en: "If you join or leave during a period, your target incentive and draw for it are prorated by the days employed.",
    zh: "如在期间内入职或离职，该期的目标奖金和预支按在职天数折算。",
  },
} as const satisfies MessageTable;

export type LetterKey = keyof typeof letterText;
