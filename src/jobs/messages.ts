import type { MessageTable } from "../kernel/messages";

/** Messages of the jobs that turn input tables into output tables (wizards and CLI alike). */
export const jobMessages = {
  endBeforeHire: {
    en: "{cell}: rep {rep} leaves on {end}, before their hire date {hire}",
    zh: "{cell}：销售代表 {rep} 的离职日期 {end} 早于入职日期 {hire}",
  },
  unknownRegion: {
    en: "{cell}: rep {rep} is in region '{value}', which Regions does not list (Regions has: {regions})",
    zh: "{cell}：销售代表 {rep} 所在区域“{value}”不在 Regions 表中（Regions 中有：{regions}）",
  },
  repNotInReps: {
    en: "{cell}: rep '{value}' is not in Reps",
    zh: "{cell}：销售代表“{value}”不在 Reps 表中",
  },
  outsidePlanYear: {
    en: "{cell}: {value} is outside the plan year {year}; {count} {table} row(s) left out (sheet rows {rows})",
    zh: "{cell}：{value} 不在方案年度 {year} 内；已略过 {table} 的 {count} 行（工作表行 {rows}）",
  },
  misspelledMeasure: {
    en: "{cell}: measure '{value}' is not one the plan or scorecard uses; did you mean {near}? {count} row(s) left out (sheet rows {rows})",
    zh: "{cell}：指标“{value}”不是方案或评分卡使用的指标；是否应为 {near}？已略过 {count} 行（工作表行 {rows}）",
  },
  unusedMeasure: {
    en: "{cell}: measure '{value}' is used by no plan measure, gate, SPIFF or scorecard KPI (used: {used}); {count} row(s) left out (sheet rows {rows})",
    zh: "{cell}：指标“{value}”未被任何方案指标、准入门槛、专项奖励或评分卡指标使用（使用的有：{used}）；已略过 {count} 行（工作表行 {rows}）",
  },
  repNoActuals: {
    en: "{cell}: rep {rep} has no Actuals rows in {year} while employed; left out of payouts",
    zh: "{cell}：销售代表 {rep} 在 {year} 年在职期间没有 Actuals 数据；未计算其奖金",
  },
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
  targetRepeated: {
    en: "{table} (sheet {sheet}) row {row}: '{value}' repeats row {first}",
    zh: "{table}（工作表 {sheet}）第 {row} 行：“{value}”与第 {first} 行重复",
  },
  targetUnknownRep: {
    en: "{table} (sheet {sheet}) row {row}: rep '{value}' is not in Reps",
    zh: "{table}（工作表 {sheet}）第 {row} 行：销售代表“{value}”不在 Reps 表中",
  },
  targetUnknownRole: {
    en: "{table} (sheet {sheet}) row {row}: role '{value}' is no rep's Role in Reps",
    zh: "{table}（工作表 {sheet}）第 {row} 行：角色“{value}”不是 Reps 表中任何销售代表的 Role",
  },
  measureTargetsNoWho: {
    en: "{table} (sheet {sheet}): needs a RepID or a Role column",
    zh: "{table}（工作表 {sheet}）：需要 RepID（工号）列或 Role（角色）列",
  },
  measureTargetsNoWhoRow: {
    en: "{table} (sheet {sheet}) row {row}: neither a RepID nor a Role",
    zh: "{table}（工作表 {sheet}）第 {row} 行：既没有 RepID 也没有 Role",
  },
  measureTargetsBothWho: {
    en: "{table} (sheet {sheet}) row {row}: RepID '{rep}' and Role '{role}': give one of them",
    zh: "{table}（工作表 {sheet}）第 {row} 行：同时给出了 RepID“{rep}”和 Role“{role}”：只能给出其一",
  },
  measureNotInActuals: {
    en: "{measure}: no rows in Actuals for this measure of the plan (Actuals has: {measures})",
    zh: "{measure}：Actuals 中没有本方案这一指标的行（Actuals 中有：{measures}）",
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
  reviewNoRep: {
    en: "Rep {rep} has no row in the scorecard",
    zh: "销售代表 {rep} 在绩效评分中没有数据",
  },
  reviewsNoScorecard: {
    en: "Reviews need the scorecard's definition: run the Scorecard wizard, or salesplan run --scorecard FILE, first",
    zh: "绩效面谈需要评分卡定义：请先运行评分卡向导，或 salesplan run --scorecard 文件",
  },
  reviewsNone: {
    en: "No rep has a scorecard row for {period}: no review to write",
    zh: "没有销售代表在 {period} 有评分卡数据：没有可写的面谈",
  },
  reviewNoSheetWrite: {
    en: "This host cannot write the {sheet} sheet: use salesplan reviews for one file per rep",
    zh: "此处无法写入工作表 {sheet}：请使用 salesplan reviews 为每名销售代表生成一个文件",
  },
  reviewNoPeriod: {
    en: "Rep {rep} has no scorecard for period {period}",
    zh: "销售代表 {rep} 在期间 {period} 没有绩效评分",
  },
  planNotFound: {
    en: "No saved plan: the SalesPlan table is missing or empty",
    zh: "没有已保存的方案：SalesPlan 表不存在或为空",
  },
  severalPlansNoAssignments: {
    en: "SalesPlan holds {count} plans ({plans}): add a PlanAssignments table (RepID, Plan, From, To) saying who is on which",
    zh: "SalesPlan 中有 {count} 个方案（{plans}）：请添加 PlanAssignments 表（RepID、Plan、From、To），说明每位销售代表属于哪个方案",
  },
  minimumTooHigh: {
    en: "Minimum per rep {minimum}: a region's target of {total} cannot give each of its {count} reps that much. Enter at most {max}, or 0 for no minimum.",
    zh: "每位销售代表的最低目标 {minimum}：某区域的目标 {total} 不足以给其 {count} 位销售代表每人这么多。请输入不超过 {max} 的值，或输入 0 表示不设最低目标。",
  },
  historyNotFound: {
    en: "Seasonality from history: no SalesHistory table or sheet was found. Add one (RepID, Period, Amount), or choose equal months or a typed profile.",
    zh: "按历史确定季节性：未找到 SalesHistory 表或工作表。请添加一个（RepID、Period、Amount），或选择各月相等或手动输入的季节性。",
  },
  historyNoWholeYear: {
    en: "Seasonality from history: SalesHistory has no calendar year with all 12 months. Add a whole year, or choose equal months or a typed profile.",
    zh: "按历史确定季节性：SalesHistory 中没有包含全部 12 个月的完整日历年。请补全一年的数据，或选择各月相等或手动输入的季节性。",
  },
  targetsNotWritten: {
    en: 'SalesTargets has not been written yet: set the targets and write them first (view "Set targets").',
    zh: "尚未写入 SalesTargets：请先设定目标并写入（“设定目标”视图）。",
  },
  noActualsForMeasure: {
    en: "Actuals has no row for measure '{measure}' in the months of SalesTargets ({first} to {last})",
    zh: "Actuals 中没有指标“{measure}”在 SalesTargets 月份（{first} 至 {last}）内的数据",
  },
  asOfOutsideTargets: {
    en: "As of {month}: SalesTargets covers {first} to {last}; choose a month in that range",
    zh: "截至 {month}：SalesTargets 的范围是 {first} 至 {last}；请选择该范围内的月份",
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

/** Publishing for finance: formulas left in output tables, payouts changed since their run, a refused publish. */
export const publishMessages = {
  formulas: {
    en: "{table} (sheet {sheet}) has {count} formula cell(s): {cells}. Finance reads plain values: copy the cells and paste them as values, or rerun the wizard that writes {table}.",
    zh: "{table}（工作表 {sheet}）中有 {count} 个公式单元格：{cells}。财务只读取数值：请复制这些单元格并粘贴为数值，或重新运行写入 {table} 的向导。",
  },
  formulasMore: {
    en: "{table} (sheet {sheet}) has {count} formula cell(s): {cells} (and {more} more). Finance reads plain values: copy the cells and paste them as values, or rerun the wizard that writes {table}.",
    zh: "{table}（工作表 {sheet}）中有 {count} 个公式单元格：{cells}（另有 {more} 个）。财务只读取数值：请复制这些单元格并粘贴为数值，或重新运行写入 {table} 的向导。",
  },
  payoutsChanged: {
    en: "SalesPayouts was changed after the {action} run of {time}: NetPayout now adds up to {now}, the run wrote {then}. Rerun payouts, or check the edits before publishing.",
    zh: "SalesPayouts 在 {time} 的 {action} 运行之后被修改：净奖金现在合计 {now}，该次运行写入的是 {then}。请重新运行奖金计算，或在发布前核对这些修改。",
  },
  blocked: {
    en: "Not published: the workbook check found {count} error(s); the first: {first}",
    zh: "未发布：工作簿检查发现 {count} 个错误；第一个：{first}",
  },
  ledgerDiffers: {
    en: "SalesLedger {ledger} + open periods in SalesPayouts {open} = {sum}, but the inputs pay {recomputed} now: run payouts again (or check edits to SalesPayouts), then check",
    zh: "SalesLedger {ledger} + SalesPayouts 中未关账期间 {open} = {sum}，但按当前输入应为 {recomputed}：请重新运行奖金计算（或核对对 SalesPayouts 的修改）后再检查",
  },
  noSelect: {
    en: "This workbook cannot show a cell from here: open it in Excel to go to the cell named",
    zh: "此处无法定位单元格：请在 Excel 中打开工作簿，前往所述单元格",
  },
} as const satisfies MessageTable;
