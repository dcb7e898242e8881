import type { MessageTable } from "../engine/messages";

/** Messages of the jobs that turn input tables into output tables (wizards and CLI alike). */
export const jobMessages = {
  inputProblems: {
    en: "{table} has {count} problem(s); the first: {first}",
    zh: "{table} 有 {count} 个问题；第一个：{first}",
  },
  noRows: {
    en: "{table} has no usable rows",
    zh: "{table} 没有可用的行",
  },
  noTargetGiven: {
    en: "Enter the company target, or choose region targets from the Regions table",
    zh: "请输入公司目标，或选择使用 Regions 表中的区域目标",
  },
  blendOutOfRange: {
    en: "blend: the share of last year's sales must be between 0 and 100, got {value}",
    zh: "混合：去年销售额的占比必须在 0 到 100 之间，实际为 {value}",
  },
  unknownAdjustmentKind: {
    en: "Adjustments row {row}: kind '{value}' is not spiff, clawback or manual",
    zh: "Adjustments 第 {row} 行：调整类型“{value}”不是 spiff（专项奖励）、clawback（追回）或 manual（手工调整）",
  },
  noSuchPayoutPeriod: {
    en: "Payout period {period} has no actuals; the periods are {periods}",
    zh: "发放期间 {period} 没有实际数据；可选期间为 {periods}",
  },
  noMeasureTarget: {
    en: "{measure}: no target: enter a monthly target for it, or write SalesTargets first",
    zh: "{measure}：没有目标：请为其输入月目标，或先写入 SalesTargets",
  },
  noKpis: {
    en: "The scorecard needs at least one KPI",
    zh: "绩效评分至少需要一个指标",
  },
  kpiNoValues: {
    en: "KPI '{kpi}' is neither an Activities column nor an Actuals measure",
    zh: "指标“{kpi}”既不是 Activities 的列，也不是 Actuals 中的指标",
  },
  kpiNoTarget: {
    en: "KPI '{kpi}': enter a target greater than 0",
    zh: "指标“{kpi}”：请输入大于 0 的目标",
  },
  planNotFound: {
    en: "No saved plan: the SalesPlan table is missing or empty",
    zh: "没有已保存的方案：SalesPlan 表不存在或为空",
  },
} as const satisfies MessageTable;

/** What "check the workbook" can find, before the workbook goes to finance. */
export const checkMessages = {
  foreignTable: {
    en: "'{table}' exists but SalesPlan did not create it: runs that write it will stop. Rename it or remove it.",
    zh: "“{table}”已存在但不是 SalesPlan 创建的：写入它的运行将会停止。请重命名或删除它。",
  },
  rowDoesNotAddUp: {
    en: "SalesPayouts row {row}: Payout {payout} + Adjustments {adjustments} is not NetPayout {net}",
    zh: "SalesPayouts 第 {row} 行：奖金 {payout} + 调整 {adjustments} 不等于净奖金 {net}",
  },
  payoutsWithoutPlan: {
    en: "SalesPayouts has no SalesPlan beside it: save the plan so finance can check the payouts",
    zh: "SalesPayouts 旁边没有 SalesPlan：请保存方案，以便财务核对奖金",
  },
  regionTargetDiffers: {
    en: "SalesTargets for region {region} add up to {value}, but Regions says {expected}",
    zh: "SalesTargets 中区域 {region} 的合计为 {value}，但 Regions 表为 {expected}",
  },
  unknownRep: {
    en: "{table} names rep {rep}, who is not in Reps",
    zh: "{table} 中的销售代表 {rep} 不在 Reps 表中",
  },
  noAudit: {
    en: "Output tables exist but SalesAudit has no row: rerun a wizard so the run is recorded",
    zh: "已有输出表，但 SalesAudit 没有记录：请重新运行向导以记录本次运行",
  },
  moreProblems: {
    en: "{table}: {count} more problem(s)",
    zh: "{table}：另有 {count} 个问题",
  },
} as const satisfies MessageTable;

/** Messages of the task pane's workbook actions. */
export const actionMessages = {
  noExcel: {
    en: "Excel is not available: open SalesPlan from Excel's Home tab to read and write this workbook",
    zh: "无法连接 Excel：请从 Excel 的“开始”选项卡打开 SalesPlan，以读写此工作簿",
  },
} as const satisfies MessageTable;
